// cause: 2 generic code. The user's rotary embedding with cos/sin tables built over the full head dim [T, Dh]
// (the interleaved form's tables) but applied to the rotate-half form's halves [B, H, T, Dh/2].
// expect: mul: shapes
// expect: do not broadcast
import * as st from '../../src/index.js';

function rope<B extends number, H extends number, T extends number, Dh extends number>(
  x: st.Tensor<[B, H, T, Dh]>, cos: st.Tensor<[T, Dh]>, sin: st.Tensor<[T, Dh]>,
) {
  const [x1, x2] = st.split(x, 2, -1);
  const r1 = st.sub(st.mul(x1, cos), st.mul(x2, sin)); // error
  return r1;
}
export const q = rope(st.randomNormal([2, 8, 16, 64]), st.zeros([16, 64]), st.zeros([16, 64]));
