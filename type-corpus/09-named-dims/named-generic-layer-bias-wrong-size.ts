// named dims. The same generic dense layer with a bias of the wrong width: the named output dim
// `Out` (10) meets a plain 12, which is refused whether or not the helper writes NoInfer.
// expect: Type '12' is not assignable to type 'Out'
import * as st from '../../src/index.js';

type Batch = st.Named<'Batch', 16>;
type Feat = st.Named<'Feat', 32>;
type Out = st.Named<'Out', 10>;
function denseInferredTwice<B extends number, I extends number, O extends number>(
  x: st.Tensor<[B, I]>, w: st.Tensor<[I, O]>, b: st.Tensor<[O]>,
) {
  return st.add(st.matMul(x, w), b);
}
declare const x: st.Tensor<[Batch, Feat]>;
declare const w: st.Tensor<[Feat, Out]>;
export const y = denseInferredTwice(x, w, st.zeros([12])); // error
