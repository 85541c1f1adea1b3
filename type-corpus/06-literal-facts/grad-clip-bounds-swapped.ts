// cause: 6 literal facts. Clipping each gradient in a training step with the bounds the wrong way round.
// expect: clipByValue: min 5 is greater than max -5
import * as st from '../../src/index.js';

const w = st.variable(st.randomNormal([32, 8], 0, 0.02));
const x = st.randomNormal([16, 32]);
const { grads } = st.variableGrads(() => st.mean(st.square(st.matMul(x, w))), { w });
export const clipped = st.clipByValue(grads.w, 5, -5); // error
