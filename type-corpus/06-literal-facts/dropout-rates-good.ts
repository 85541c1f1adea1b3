// cause: 6 literal facts. Dropout rates in [0, 1), a rate from a config (a number), and attention dropout 0.1 compile.
// expect: ok
import * as st from '../../src/index.js';

declare const config: { dropout: number };
const x = st.randomNormal([4, 16, 64]);
export const a = st.dropout(x, 0);
export const b = st.dropout(x, 0.1, 7);
export const c = st.dropout(x, config.dropout);
const q = st.randomNormal([4, 8, 16, 8]);
export const att = st.scaledDotProductAttention(q, q, q, { repeats: 1, dropout: 0.1, seed: 3 });
export const normed = st.rmsNorm(x, st.ones([64]), 1e-6);
export const clipped = st.clipByValue(x, -1.5, 1.5);
