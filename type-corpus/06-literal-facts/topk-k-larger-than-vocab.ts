// cause: 6 literal facts: a top-k sampler over a 65-character vocabulary asked for the top 100.
// expect: topk
import * as st from '../../src/index.js';

const logits = st.randomNormal([1, 65]);
export const best = st.topk(logits, 100); // error
