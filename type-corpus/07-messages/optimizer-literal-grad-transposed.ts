// cause: 7 messages. A gradient of the transpose written in the record at the call: the optimizer's sentence.
// expect: optimizer: every parameter passed needs a gradient of its shape and device
import * as st from '../../src/index.js';

const w = st.variable(st.randomNormal([8, 4]));
const g = st.randomNormal([4, 8]);
new st.SGD({ learningRate: 0.1 }).apply({ w }, { w: g }); // error
