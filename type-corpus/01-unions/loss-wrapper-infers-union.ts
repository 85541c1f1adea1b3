// cause: 1 union inference. A loss wrapper infers the batch from logits [8, 10] and labels [16].
// expect: a dim was inferred as 
// expect: they must be equal
// expect: 8
// expect: 16
import * as st from '../../src/index.js';

function classificationLoss<B extends number, C extends number>(logits: st.Tensor<[B, C]>, labels: st.Tensor<[B], 'int32'>) {
  return st.sparseSoftmaxCrossEntropy(logits, labels);
}

const logits = st.randomNormal([8, 10]);
const labels = st.zeros([16], 'int32');
export const loss = classificationLoss(logits, labels); // error
