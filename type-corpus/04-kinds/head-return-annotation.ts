// cause: 4 kind tags. A classifier head whose return type is written as a plain tensor but returns softmax output.
// expect: probabilities
import * as st from '../../src/index.js';

function head<B extends number, D extends number, C extends number>(x: st.Tensor<[B, D]>, w: st.Tensor<[D, C]>): st.Tensor<[B, C]> {
  return st.softmax(st.matMul(x, w)); // error
}
const logits = head(st.randomNormal([8, 32]), st.randomNormal([32, 10]));
export const loss = st.sparseSoftmaxCrossEntropy(logits, st.zeros([8], 'int32'));
