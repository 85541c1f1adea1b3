// cause: 10 broadcast/reduce (new family): DDPM's q_sample with the gathered cumulative alphas [B] left
// unreshaped: [8] broadcasts against the image's last axis (32), not the batch.
// expect: mul: shapes [8] and [8, 3, 32, 32] do not broadcast (8 vs 32)
import * as st from '../../src/index.js';

const alphaBar = st.exp(st.cumsum(st.log(st.sub(1, st.fill([1000], 0.01)))));
export function qSample(x0: st.Tensor<[8, 3, 32, 32]>, t: st.Tensor<[8], 'int32'>, noise: st.Tensor<[8, 3, 32, 32]>) {
  const ab = st.gather(alphaBar, t);
  return st.add(st.mul(st.sqrt(ab), x0), st.mul(st.sqrt(st.sub(1, ab)), noise)); // error
}
