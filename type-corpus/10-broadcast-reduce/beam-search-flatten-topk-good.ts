// cause: 10 broadcast/reduce. One step of beam search over [B, K] beams: log-probs of the next token [B, K, V]
// plus each beam's running score [B, K, 1], flattened per example to [B, K * V] with reshape([b, -1]), the best
// K candidates by topk, and the beam index / token id recovered by integer arithmetic on the flat index.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function beamStep<B extends number, K extends number, V extends number>(
  logits: st.Tensor<[B, K, V]>, beamScores: st.Tensor<[B, K]>, beams: K,
) {
  const [b, , v] = logits.shape;
  const cand = st.add(st.logSoftmax(logits, -1), st.expandDims(beamScores, -1));
  const flat = st.reshape(cand, [b, -1]);
  const { values, indices } = st.topk(flat, beams);
  const beamIdx = st.cast(st.div(st.cast(indices, 'float32'), v), 'int32');
  const tokenIds = st.sub(indices, st.mul(beamIdx, v));
  return { scores: values, beamIdx, tokenIds };
}
const step = beamStep(st.randomNormal([2, 4, 65]), st.zeros([2, 4]), 4);
export const ok: Eq<[typeof step.scores.shape, typeof step.tokenIds.shape, typeof step.tokenIds.dtype], [[2, 4], [2, 4], 'int32']> = true;
