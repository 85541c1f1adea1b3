// cause: 4 kind tags. Hard-example mining: the rows of the batch with the highest loss gathered again
// (topk indices), but from the softmax output rather than the logits; gather is shape-only and keeps the tag.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities (softmax output)
import * as st from '../../src/index.js';

const logits = st.randomNormal([128, 10]);
const labels = st.zeros([128], 'int32');
const probs = st.softmax(logits);
const perExample = st.sparseSoftmaxCrossEntropy(logits, labels, 'none');
const hard = st.topk(perExample, 32).indices;
const hardRows = st.gather(probs, hard);
export const hardLoss = st.sparseSoftmaxCrossEntropy(hardRows, st.gather(labels, hard)); // error
