// cause: 2 generic code. RoPE's rotate-half (HF's form): split the head dim in two halves, swap them, negate one.
// expect: ok
import * as st from '../../src/index.js';

function rotateHalf<B extends number, H extends number, T extends number, Dh extends number>(x: st.Tensor<[B, H, T, Dh]>) {
  const [x1, x2] = st.split(x, 2, -1);
  return st.concat([st.neg(x2), x1], -1);
}
function applyRope<B extends number, H extends number, T extends number, Dh extends number>(
  x: st.Tensor<[B, H, T, Dh]>, cos: st.Tensor<[T, Dh]>, sin: st.Tensor<[T, Dh]>,
) {
  return st.add(st.mul(x, cos), st.mul(rotateHalf(x), sin));
}
const q = st.randomNormal([2, 8, 16, 64]);
const rotated = applyRope(q, st.ones([16, 64]), st.zeros([16, 64]));
export const scores = st.matMul(rotated, q, false, true);
