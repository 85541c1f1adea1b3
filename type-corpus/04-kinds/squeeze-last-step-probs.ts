// cause: 4 kind tags. The last position of a [B, T, V] softmax (slice then squeeze, as logits[:, -1, :]) used
// as logits for a next-token loss.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities (softmax output)
import * as st from '../../src/index.js';

const scores = st.randomNormal([8, 32, 100]);
const probs = st.softmax(scores);
const last = st.squeeze(st.slice(probs, [0, 31, 0], [-1, 1, -1]), [1]); // [8, 100]
const nextToken = st.zeros([8], 'int32');
export const loss = st.sparseSoftmaxCrossEntropy(last, nextToken); // error
