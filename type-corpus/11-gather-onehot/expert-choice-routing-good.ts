// cause: 11 gather/one-hot (new family): expert-choice routing: each expert picks its top-C tokens, so the
// router's [N, E] scores are transposed to [E, N] before topk; the picked tokens are gathered per expert
// through a flattened index and the expert outputs weighted by their gate values.
// expect: ok
import * as st from '../../src/index.js';

const N = 64, E = 8, C = 16, D = 32;
export function expertChoice(x: st.Tensor<[64, 32]>, router: st.Tensor<[32, 8]>, experts: st.Tensor<[8, 32, 32]>) {
  const scores = st.softmax(st.matMul(x, router), -1);                    // [N, E]
  const { values: gates, indices } = st.topk(st.transpose(scores), C);    // [E, C]
  const picked = st.reshape(st.gather(x, st.reshape(indices, [E * C]), 0), [E, C, D]);
  const out = st.matMul(picked, experts);                                 // [E, C, D]
  return st.mul(out, st.expandDims(gates, -1));
}
export const routed: st.Tensor<[8, 16, 32]> = expertChoice(st.randomNormal([N, D]), st.randomNormal([D, E]), st.randomNormal([E, D, D]));
