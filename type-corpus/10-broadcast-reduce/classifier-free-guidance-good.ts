// cause: 10 broadcast/reduce (new family): classifier-free guidance: the conditional and unconditional batches
// run as one doubled batch, split back on axis 0, and combined as uncond + w * (cond - uncond).
// expect: ok
import * as st from '../../src/index.js';

const w = 7.5;
export function guidedEps(model: (x: st.Tensor<[8, 4, 64, 64]>, c: st.Tensor<[8, 77, 768]>) => st.Tensor<[8, 4, 64, 64]>,
  latents: st.Tensor<[4, 4, 64, 64]>, cond: st.Tensor<[4, 77, 768]>, uncond: st.Tensor<[4, 77, 768]>) {
  const both = model(st.concat([latents, latents], 0), st.concat([uncond, cond], 0));
  const [epsU, epsC] = st.split(both, 2, 0);
  return st.add(epsU, st.mul(st.sub(epsC, epsU), w));
}
