// cause: 10 broadcast/reduce. Masked mean pooling with the padding mask [B, T] multiplied straight into the
// token states [B, T, D]: it lines up with [T, D], not [B, T].
// expect: mul: shapes [${B}, ${T}, ${D}] and [${B}, ${T}] do not broadcast
import * as st from '../../src/index.js';

function meanPool<B extends number, T extends number, D extends number>(h: st.Tensor<[B, T, D]>, pad: st.Tensor<[B, T], 'bool'>) {
  const m = st.cast(pad, 'float32');
  const summed = st.sum(st.mul(h, m), 1); // error
  return summed;
}
export const e = meanPool(st.randomNormal([8, 32, 384]), st.ones([8, 32], 'bool'));
