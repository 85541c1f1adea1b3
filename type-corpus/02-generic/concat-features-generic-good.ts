// cause: 2 generic code. Two feature maps of a generic [B, T, D] joined along the features (a gated MLP's input):
// the leading dims are one type (found by the corpus: `[...NoInfer<L>, Z]` did not match a fixed-length generic shape).
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function joinFeatures<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, y: st.Tensor<[B, T, D]>) {
  return st.concat([st.relu(x), st.neg(y)], -1);
}
const j = joinFeatures(st.zeros([2, 8, 16]), st.ones([2, 8, 16]));
export const ok: Eq<typeof j.shape, [2, 8, 32]> = true;
