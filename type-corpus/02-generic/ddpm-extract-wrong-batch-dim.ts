// cause: 2 generic. DDPM's extract written for images [B, C, H, W]: the gathered alphas [B] are reshaped with the
// channel count where the batch belongs. Only the tensor's own dims followed by 1s are a generic form.
// expect: reshape: [${B}] to [${C}, 1, 1, 1] cannot be checked over generic dims
import * as st from '../../src/index.js';

export function extract<B extends number, C extends number, H extends number, W extends number>(
  alphaBar: st.Tensor<[1000]>, t: st.Tensor<[B], 'int32'>, x: st.Tensor<[B, C, H, W]>,
) {
  const [, c] = x.shape;
  return st.gather(alphaBar, t).reshape([c, 1, 1, 1]); // error
}
