// cause: 6 literal facts. A negative eps literal in rmsNorm.
// expect: rmsNorm: eps must be >= 0, got -0.00001
import * as st from '../../src/index.js';

const x = st.randomNormal([2, 16, 64]);
export const y = st.rmsNorm(x, st.ones([64]), -0.00001); // error
