// cause: 2 generic code (reshape). A small CNN's classifier, generic over the batch: the [B, 64, 7, 7] feature
// map flattened with `reshape([-1, 3136])` (PyTorch's `x.view(-1, 64 * 7 * 7)`, with the product written out)
// before the dense layer; the -1 is the batch. `[b, -1]` and `[b, 3136]` compile.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function classify<B extends number>(features: st.Tensor<[B, 64, 7, 7]>, w: st.Tensor<[3136, 10]>) {
  const flat = features.reshape([-1, 3136]);
  return st.matMul(flat, w);
}
const logits = classify(st.zeros([32, 64, 7, 7]), st.zeros([3136, 10]));
export const shape: Eq<typeof logits.shape, [32, 10]> = true;
