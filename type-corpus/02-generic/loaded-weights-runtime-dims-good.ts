// cause: 2 generic code. A generic layer over weights loaded without sizes (`number` dims, or a shape of unknown rank): accepted, checked at run time.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function loadedBlock<L extends st.Shape, D extends number>(
  x: st.Tensor<[...L, D]>, norm: st.Tensor<[number]>, up: st.Tensor<[number, 64]>, down: st.Tensor<st.Shape>,
) {
  const h = st.rmsNorm(x, norm, 1e-5);
  const u = st.gelu(st.linear(h, up));
  const y = st.linear(u, down);
  const checks: [Eq<typeof h, st.Tensor<[...L, D]>>, Eq<typeof u, st.Tensor<[...L, 64]>>, Eq<typeof y, st.Tensor<[...L, number]>>] = [true, true, true];
  return { y, checks };
}
export const out = loadedBlock(st.zeros([2, 8, 32]), st.ones([32]), st.zeros([32, 64]), st.zeros([64, 32]));
