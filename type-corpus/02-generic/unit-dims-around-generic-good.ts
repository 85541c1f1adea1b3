// cause: 2 generic code (reshape to size-1 dims). Size-1 dims put before, between and after a generic dim and taken
// away again, as broadcasting code writes them: a per-head gain [H] viewed as [1, H, 1, 1] against [B, H, T, T]
// scores, a [T] position row as [1, T] and a column [T, 1], a [B, 1, D] pooled token back to [B, D].
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function gate<B extends number, H extends number, T extends number, D extends number>(
  scores: st.Tensor<[B, H, T, T]>, gain: st.Tensor<[H]>, pooled: st.Tensor<[B, 1, D]>,
) {
  const [b, h, t] = scores.shape;
  const [, , d] = pooled.shape;
  const scaled = st.mul(scores, st.reshape(gain, [1, h, 1, 1]));
  const pos = st.range(0, t, 1, 'int32');
  const causal = st.lessEqual(st.reshape(pos, [1, t]), st.reshape(pos, [t, 1]));
  const flat = st.reshape(pooled, [b, d]);
  const back = st.reshape(flat, [b, 1, d, 1]);
  const ok: Eq<typeof back, st.Tensor<[B, 1, D, 1]>> = true;
  return { scaled, causal, flat, ok };
}
export const out = gate(st.zeros([2, 4, 8, 8]), st.ones([4]), st.zeros([2, 1, 16]));
