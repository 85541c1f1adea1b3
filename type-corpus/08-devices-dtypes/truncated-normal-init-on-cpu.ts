// cause: 8 devices (truncatedNormal). A ViT patch embedding initialised as timm does (trunc_normal_, std 0.02),
// with the position table created on the cpu (the staging device of a checkpoint loader);
// the positions are added to patches made on the default device.
// expect: add: tensors are on different devices (default vs cpu)
import * as st from '../../src/index.js';

const staging = 'cpu';
const projection = st.variable(st.randomNormal([768, 768], 0, 0.02));
const positions = st.variable(st.truncatedNormal([1, 197, 768], 0, 0.02, 'float32', 1, staging));

export function embed<B extends number>(patches: st.Tensor<[B, 197, 768]>) {
  return st.add(st.matMul(patches, projection), positions); // error
}
