// cause: 2 generic code. NeRF's embedder over points of any leading dims [...L, 3] (rays x samples, or a flat
// batch): the raw input, its sine and its cosine concatenated on the last axis as a tuple of three, [...L, 9].
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function embed<L extends st.Shape, D extends number>(x: st.Tensor<[...L, D]>) {
  return st.concat([x, st.sin(x), st.cos(x)], -1);
}
const rays = embed(st.randomUniform([4, 64, 3]));
const flat = embed(st.randomUniform([1024, 3]));
export const ok: Eq<[typeof rays.shape, typeof flat.shape], [[4, 64, 9], [1024, 9]]> = true;
