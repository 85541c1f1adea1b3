// cause: 4 kind tags. Softmax output clipped away from 0 "for numerical safety" before the loss is still probabilities.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

function classify<B extends number, F extends number, C extends number>(x: st.Tensor<[B, F]>, w: st.Tensor<[F, C]>) {
  const probs = st.softmax(st.matMul(x, w));
  return st.clipByValue(probs, 1e-7, 1);
}
const x = st.randomNormal([32, 128]);
const w = st.randomNormal([128, 10]);
const labels = st.zeros([32], 'int32');
export const loss = st.sparseSoftmaxCrossEntropy(classify(x, w), labels); // error
