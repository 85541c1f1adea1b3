// cause: 2 generic code. rotate-half with the return type a user writes: the halves join back to Dh.
// expect: ok
import * as st from '../../src/index.js';

function rotateHalf<B extends number, H extends number, T extends number, Dh extends number>(x: st.Tensor<[B, H, T, Dh]>): st.Tensor<[B, H, T, Dh]> {
  const [x1, x2] = st.split(x, 2, -1);
  return st.concat([st.neg(x2), x1], -1);
}
export const r: st.Tensor<[2, 8, 16, 64]> = rotateHalf(st.randomNormal([2, 8, 16, 64]));
