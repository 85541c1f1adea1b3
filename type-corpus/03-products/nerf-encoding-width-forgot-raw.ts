// cause: 3 products (new family): NeRF's positional encoding fed to a first layer sized for the input with
// the raw coordinates (63 = 3 + 3 * 2 * 10) although only the sin/cos features (60) were kept.
// expect: matMul: inner dimensions differ (60 vs 63)
import * as st from '../../src/index.js';

const freqs = st.mul(st.exp(st.mul(st.range(0, 10), Math.log(2))), Math.PI);
const w1 = st.randomNormal([63, 256]);

export function encode(x: st.Tensor<[4096, 3]>) {
  const angles = st.mul(st.expandDims(x, -1), freqs);
  const enc = st.reshape(st.concat([st.sin(angles), st.cos(angles)], -1), [4096, -1]);
  return st.relu(st.matMul(enc, w1)); // error
}
