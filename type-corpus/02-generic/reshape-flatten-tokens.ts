// cause: 2 generic code. Flattening [B, T, D] to [-1, D] before a projection, as nanoGPT's loss does.
// expect: ok
import * as st from '../../src/index.js';

function flattenTokens<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, dim: D) {
  return st.reshape(x, [-1, dim]);
}
function project<B extends number, T extends number, D extends number, V extends number>(
  x: st.Tensor<[B, T, D]>, w: st.Tensor<[D, V]>,
): st.Tensor<[number, V]> {
  const [, , d] = x.shape;
  return st.matMul(flattenTokens(x, d), w);
}
export const logits = project(st.randomNormal([4, 16, 64]), st.randomNormal([64, 65]));
