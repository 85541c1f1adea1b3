// named dims. A generic layer called with named dims keeps the names in its result.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
type Batch = st.Named<'Batch', 16>;
type Feat = st.Named<'Feat', 32>;
type Out = st.Named<'Out', 10>;
function dense<B extends number, I extends number, O extends number>(x: st.Tensor<[B, I]>, w: st.Tensor<[I, O]>, b: st.Tensor<[O]>) {
  return st.add(st.matMul(x, w), b);
}
declare const x: st.Tensor<[Batch, Feat]>;
declare const w: st.Tensor<[Feat, Out]>;
const y = dense(x, w, st.zeros([10]));
export const ok: Eq<typeof y.shape, [Batch, Out]> = true;
