// cause: 10 broadcast/reduce (new family): NeRF's positional encoding: each of the 3 coordinates times
// 2^k * pi for k < 10 (x[..., None] * freqs), sin and cos concatenated on the last axis and flattened to
// [N, 3 * 2 * 10], with the raw coordinates in front (63 features), then the first MLP layer.
// expect: ok
import * as st from '../../src/index.js';

const L = 10;
const freqs = st.mul(st.exp(st.mul(st.range(0, L), Math.log(2))), Math.PI);     // [L]
const w1 = st.randomNormal([63, 256]);

export function encode(x: st.Tensor<[4096, 3]>) {
  const angles = st.mul(st.expandDims(x, -1), freqs);                              // [N, 3, L]
  const enc = st.reshape(st.concat([st.sin(angles), st.cos(angles)], -1), [4096, 60]);
  const features = st.concat([x, enc], -1);                                       // [N, 63]
  return st.relu(st.matMul(features, w1));
}
export const h: st.Tensor<[4096, 256]> = encode(st.randomUniform([4096, 3], -1, 1));
