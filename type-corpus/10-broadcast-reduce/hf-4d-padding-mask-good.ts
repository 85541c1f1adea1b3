// cause: 10 broadcast (where), good. The same mask given its head axis too ([B, 1, 1, T]), generic over batch,
// heads and time, combined with the causal [T, T] mask by a second where.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function maskedScores<B extends number, H extends number, T extends number>(scores: st.Tensor<[B, H, T, T]>, attentionMask: st.Tensor<[B, T], 'int32'>) {
  const [, , t] = scores.shape;
  const pad = st.expandDims(st.expandDims(st.equal(attentionMask, 1), 1), 1);
  return st.where(st.causalMask(t), st.where(pad, scores, -1e9), -1e9);
}
const s = maskedScores(st.zeros([2, 8, 16, 16]), st.ones([2, 16], 'int32'));
export const shape: Eq<typeof s.shape, [2, 8, 16, 16]> = true;
