// cause: 4 kind tags. Evaluation on the cpu: the model's softmax output moved with .to('cpu') together with
// the labels, and the loss computed there; the move keeps the tag.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities (softmax output)
import * as st from '../../src/index.js';

const logits = st.randomNormal([32, 100]);
const out = st.softmax(logits).to('cpu');
const labels = st.zeros([32], 'int32', 'cpu');
export const evalLoss = st.sparseSoftmaxCrossEntropy(out, labels); // error
