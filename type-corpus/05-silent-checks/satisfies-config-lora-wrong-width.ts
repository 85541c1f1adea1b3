// cause: 5 silent checks. A config declared `as const satisfies st.LlamaConfig` (checked against the
// library's type, literals kept): a LoRA adapter on the SwiGLU's up projection built 11000 wide instead of
// the config's 11008 is caught.
// expect: add: shapes [1, 16, 11008] and [1, 16, 11000] do not broadcast (11008 vs 11000)
import * as st from '../../src/index.js';

const config = {
  vocabSize: 32000, dim: 4096, nLayers: 1, nHeads: 32, nKvHeads: 32, hiddenDim: 11008, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
} as const satisfies st.LlamaConfig;
const model = st.createLlama(config);
const seeds = new st.SeedSequence(0);
const loraA = new st.Linear(4096, 8, seeds, 'default');
const loraB = new st.Linear(8, 11000, seeds, 'default');
const x = st.zeros([1, 16, 4096]);
const up = model.model.layers[0].mlp.up_proj.forward(x);
export const adapted = st.add(up, loraB.forward(loraA.forward(x))); // error
