// cause: 3 products. A generic token-level head: flatten [B, T, D] to [B x T, D] rows, project, and fold back.
// expect: ok
import * as st from '../../src/index.js';

function tokenLogits<B extends number, T extends number, D extends number, V extends number>(
  h: st.Tensor<[B, T, D]>, w: st.Tensor<[D, V]>,
): st.Tensor<[B, T, V]> {
  const [b, t, d] = h.shape;
  const rows = st.reshape(h, [st.dimMul(b, t), d]);
  const logits = st.matMul(rows, w);
  return st.reshape(logits, [b, t, w.shape[1]]);
}
export const logits: st.Tensor<[2, 16, 65]> = tokenLogits(st.zeros([2, 16, 64]), st.randomNormal([64, 65]));
