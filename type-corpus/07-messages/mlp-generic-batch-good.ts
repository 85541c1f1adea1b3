// cause: 7 messages, good. The MNIST MLP with matching widths, generic over the batch, a PyTorch-layout
// [out, in] head multiplied with transposeB, and a batch of number size (read from data, checked at run time).
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const w1 = st.variable(st.randomNormal([784, 256], 0, 0.05));
const w2 = st.variable(st.randomNormal([10, 256], 0, 0.05));

function logits<B extends number>(pixels: st.Tensor<[B, 784]>) {
  return st.matMul(st.relu(st.matMul(pixels, w1)), w2, false, true);
}
export const fixed: Eq<typeof logits<32>, (pixels: st.Tensor<[32, 784]>) => st.Tensor<[32, 10]>> = true;
declare const batch: st.Tensor<[number, 784]>;
export const dynamic = st.sparseSoftmaxCrossEntropy(logits(batch), st.zeros([batch.shape[0]], 'int32'));
