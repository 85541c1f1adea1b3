// cause: 10 broadcast/reduce. DQN's target computed with max(..., keepDims) ([32, 1]) and added to the [32]
// rewards: PyTorch broadcasts to [32, 32] and trains on nonsense; here the shapes do not reach the loss
// because the helper's return type says [32].
// expect: Tensor<[32, 32]
import * as st from '../../src/index.js';

function tdTarget(r: st.Tensor<[32]>, qNext: st.Tensor<[32, 4]>, gamma: number): st.Tensor<[32]> {
  const best = st.max(qNext, -1, true);
  return st.add(r, st.mul(best, gamma)); // error
}
export const target = tdTarget(st.randomNormal([32]), st.randomNormal([32, 4]), 0.99);
