// cause: 6 literal facts. Greedy decoding reads the argmax with item(), but of the whole [1, 65] row of logits.
// expect: item: needs a tensor of one element, got shape [1, 65]
import * as st from '../../src/index.js';

const logits = st.randomNormal([1, 65]);
const next = st.argMax(logits, -1);
export const id: number = next.item();
export const wrong = logits.item(); // error
