// cause: 6 literal facts. clipByValue with min and max swapped.
// expect: clipByValue: min 1 is greater than max -1
import * as st from '../../src/index.js';

const g = st.randomNormal([64, 64]);
export const clipped = st.clipByValue(g, 1, -1); // error
