// cause: 11 gather/one-hot. BERT's masked-LM loss with the labels of every position ([8, 64], -100 where not
// masked, as the Hugging Face collator makes them) against the logits of the 40 gathered masked positions.
// expect: sparseSoftmaxCrossEntropy: labels [8, 64] must have the logits' shape without the class dim, [40]
import * as st from '../../src/index.js';

const wordEmb = st.variable(st.randomNormal([30522, 128]));
const hidden = st.randomNormal([8, 64, 128]);
const maskedPositions = st.zeros([40], 'int32');
const labels = st.zeros([8, 64], 'int32');
const picked = st.gather(st.reshape(hidden, [-1, 128]), maskedPositions);
const logits = st.matMul(picked, wordEmb, false, true);
export const loss = st.sparseSoftmaxCrossEntropy(logits, labels); // error
