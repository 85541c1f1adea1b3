// cause: 6 literal facts. A sampler asking for the top 100 of a 65-token vocabulary.
// expect: topk: k 100 is larger than the last dim 65 of [1, 65]
import * as st from '../../src/index.js';

const logits = st.randomNormal([1, 65]);
const { values, indices } = st.topk(logits, 100); // error
export const best = { values, indices };
