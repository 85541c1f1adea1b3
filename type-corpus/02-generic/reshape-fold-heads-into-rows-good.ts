// cause: 2 generic code. A per-token, per-head projection: the batch and time dims folded into rows and the
// heads into features, written out with st.dimMul as a user reads x.view(B * T, H * Dh), and unfolded back.
// expect: ok
import * as st from '../../src/index.js';

function perToken<B extends number, T extends number, H extends number, Dh extends number, O extends number>(
  x: st.Tensor<[B, T, H, Dh]>, w: st.Tensor<[st.Mul<H, Dh>, O]>,
): st.Tensor<[B, T, O]> {
  const [b, t, h, dh] = x.shape;
  const rows = st.reshape(x, [st.dimMul(b, t), st.dimMul(h, dh)]);
  const y = st.matMul(rows, w);
  const [, o] = w.shape;
  return st.reshape(y, [b, t, o]);
}
export const y: st.Tensor<[2, 8, 10]> = perToken(st.randomNormal([2, 8, 4, 16]), st.randomNormal([64, 10]));
