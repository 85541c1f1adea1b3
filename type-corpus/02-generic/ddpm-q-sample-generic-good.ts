// cause: 2 generic (new family): DDPM's q_sample in a generic helper over the batch: the gathered cumulative
// alphas [B] reshaped to [b, 1, 1, 1] with the caller's batch size, then the noisy images.
// expect: ok
import * as st from '../../src/index.js';

export function qSample<B extends number, C extends number, H extends number, W extends number>(
  alphaBar: st.Tensor<[1000]>, x0: st.Tensor<[B, C, H, W]>, t: st.Tensor<[B], 'int32'>, noise: st.Tensor<[B, C, H, W]>, b: B,
): st.Tensor<[B, C, H, W]> {
  const ab = st.reshape(st.gather(alphaBar, t), [b, 1, 1, 1]);
  return st.add(st.mul(x0, st.sqrt(ab)), st.mul(noise, st.sqrt(st.sub(1, ab))));
}
