// cause: 10 broadcast/reduce. Switch-transformer load-balancing loss: the mean router probability per expert
// must be taken over the tokens (axis 0, giving [E]); the user took it over the experts (axis 1, giving [N]),
// which then meets the per-expert routed fraction [E].
// expect: mul: shapes [8] and [64] do not broadcast (8 vs 64)
import * as st from '../../src/index.js';

function loadBalance(probs: st.Probabilities<[64, 8]>, picks: st.Tensor<[64, 2], 'int32'>) {
  const routed = st.mean(st.sum(st.oneHot(picks, 8, 1, 0, 'float32'), 1), 0);
  const meanProb = st.mean(probs, 1);
  return st.mul(st.sum(st.mul(routed, meanProb)), 8); // error
}
const probs = st.softmax(st.randomNormal([64, 8]));
export const aux = loadBalance(probs, st.topk(probs, 2).indices);
