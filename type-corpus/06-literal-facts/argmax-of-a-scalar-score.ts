// cause: 6 literal facts: a greedy decoder that reduced the logits to one score with max() first, then asked
// argMax of that scalar for the token: a scalar has no axis 0.
// expect: argMax: axis 0 is out of range for []
import * as st from '../../src/index.js';

const logits = st.randomNormal([65]);
const best = st.max(logits);
export const token = st.argMax(best); // error
