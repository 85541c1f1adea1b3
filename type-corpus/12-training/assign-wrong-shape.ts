// variables. A weight [8, 4] assigned its transpose.
// expect: Variable.assign: the value must have the variable's shape, dtype and device
// expect: [4, 8]
// expect: [8, 4]
import * as st from '../../src/index.js';

const w = st.variable(st.randomNormal([8, 4]));
const fresh = st.randomNormal([4, 8]);
w.assign(fresh); // error
