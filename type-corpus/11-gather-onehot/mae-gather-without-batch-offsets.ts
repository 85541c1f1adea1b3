// cause: 11 gather/one-hot (new family): MAE's kept patches gathered from the [B, L, D] patches along axis 1
// with the [B, 49] indices: the result is [B, B, 49, D] (every example's indices applied to every example),
// so the encoder's [B, 49, D] input is refused.
// expect: [8, 8, 49, 768]
import * as st from '../../src/index.js';

declare function encoder(x: st.Tensor<[8, 49, 768]>): st.Tensor<[8, 49, 768]>;
export function encodeKept(patches: st.Tensor<[8, 196, 768]>, noise: st.Tensor<[8, 196]>) {
  const { indices } = st.topk(st.neg(noise), 49);
  const kept = st.gather(patches, indices, 1);
  return encoder(kept); // error
}
