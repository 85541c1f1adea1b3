// cause: 13 Llama configs (new family): YaRN tables built for Llama-3-8B's 8 key/value heads' width
// (8 x 128 = 1024 wide, the k_proj output) instead of one head's 128: rotating a [1, 8, 1024, 128] key.
// expect: mul: shapes [1, 8, 1024, 128] and [1024, 1024] do not broadcast (128 vs 1024)
import * as st from '../../src/index.js';

const T = 1024;
const invFreq = st.exp(st.mul(st.range(0, 512), -Math.log(500000) / 512));
const angles = st.mul(st.reshape(st.range(0, T), [T, 1]), st.reshape(invFreq, [1, 512]));
const cos = st.cos(st.concat([angles, angles], -1));

export function rotateKeys(k: st.Tensor<[1, 8, 1024, 128]>) {
  return st.mul(k, cos); // error
}
