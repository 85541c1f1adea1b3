// cause: 12 training (new family): makemore's MLP with the embedding flattened as if the context were 4 characters: emb.view(-1, 40)
// of a [32, 3, 10] lookup is a valid view ([24, 40]: 960 = 24 * 40), so the bug shows only at the loss, where
// 24 rows of logits meet 32 labels. The types carry the 24 there.
// expect: sparseSoftmaxCrossEntropy: labels [32] must have the logits' shape without the class dim, [24]
import * as st from '../../src/index.js';

const C = st.variable(st.randomNormal([27, 10]));
const W1 = st.variable(st.randomNormal([40, 200]));
const b1 = st.variable(st.zeros([200]));
const W2 = st.variable(st.randomNormal([200, 27]));

function logits(X: st.Tensor<[32, 3], 'int32'>) {
  const emb = st.gather(C, X);
  const h = st.tanh(st.add(st.matMul(st.reshape(emb, [-1, 40]), W1), b1));
  return st.matMul(h, W2);
}
const Xb = st.zeros([32, 3], 'int32');
const Yb = st.zeros([32], 'int32');
export const loss = st.sparseSoftmaxCrossEntropy(logits(Xb), Yb); // error
