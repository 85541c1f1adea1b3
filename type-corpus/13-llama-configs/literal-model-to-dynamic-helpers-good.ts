// configs. A model built from a literal config (every dim a literal in its type) goes to code written for any
// model: the library's evaluate, a user's report over `LlamaOf<LlamaConfig>`, and a user's helper over any
// `Linear<number, number>` (the layers are covariant in their dims: literal dims widen to `number`).
// expect: ok
import * as st from '../../src/index.js';

const config = {
  vocabSize: 65, dim: 128, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
} as const;
const model = st.createLlama(config, 1);

function headNorm(layer: st.Linear<number, number>): number {
  return st.tidy(() => st.sqrt(st.sum(st.square(layer.weight))).dataSync()[0]);
}
function report(m: st.LlamaOf<st.LlamaConfig>, tokens: Int32Array): string {
  const loss = st.evaluate(m, tokens, [0, 64], 2, 32);
  return `loss ${loss.toFixed(3)}, lm_head norm ${headNorm(m.lm_head).toFixed(3)}, ${m.parameterCount()} parameters`;
}
export const line = report(model, new Int32Array(200));
export const qNorm = headNorm(model.model.layers[0].self_attn.q_proj);
