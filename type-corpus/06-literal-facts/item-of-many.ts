// cause: 6 literal facts. item() of a [2, 65] tensor: it has 130 elements, not one.
// expect: item:
// expect: [2, 65]
import * as st from '../../src/index.js';

const logits = st.randomNormal([2, 65]);
export const v = logits.item(); // error
