// cause: 1 union inference. A model width picked from two literal configs by a flag: a layer built on
// `cfg.dim` (256 | 512) fed a 512-wide batch.
// expect: a dim was inferred as
// expect: 256
// expect: 512
import * as st from '../../src/index.js';

const small = { dim: 256, classes: 10 } as const;
const large = { dim: 512, classes: 10 } as const;
const cfg = process.argv.includes('--large') ? large : small;
const head = new st.Linear(cfg.dim, cfg.classes, new st.SeedSequence(0), 'default');
const features = st.randomNormal([8, 512]);
export const logits = head.forward(features); // error
