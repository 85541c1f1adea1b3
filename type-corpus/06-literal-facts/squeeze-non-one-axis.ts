// cause: 6 literal facts: squeezing the time axis of [1, 16, 65] logits to get the last step, instead of the batch axis.
// expect: squeeze
import * as st from '../../src/index.js';

const logits = st.randomNormal([1, 16, 65]);
export const flat = st.squeeze(logits, [1]); // error
