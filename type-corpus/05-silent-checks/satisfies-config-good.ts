// cause: 5 silent checks. The same config `as const satisfies st.LlamaConfig`, with the adapter the right width:
// the up projection's output is typed 11008 wide, so the LoRA sum and the down projection compile.
// expect: ok
import * as st from '../../src/index.js';

const config = {
  vocabSize: 32000, dim: 4096, nLayers: 1, nHeads: 32, nKvHeads: 32, hiddenDim: 11008, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
} as const satisfies st.LlamaConfig;
const model = st.createLlama(config);
const seeds = new st.SeedSequence(0);
const loraA = new st.Linear(4096, 8, seeds, 'default');
const loraB = new st.Linear(8, 11008, seeds, 'default');
const x = st.zeros([1, 16, 4096]);
const mlp = model.model.layers[0].mlp;
const up = st.add(mlp.up_proj.forward(x), st.mul(loraB.forward(loraA.forward(x)), 2));
export const out: st.Tensor<[1, 16, 4096]> = mlp.down_proj.forward(st.mul(st.silu(mlp.gate_proj.forward(x)), up));
