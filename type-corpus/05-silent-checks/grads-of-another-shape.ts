// cause: 5 silent checks. A gradient record whose w is [4, 8] applied to a parameter w of [8, 4].
// expect: [4, 8]
// expect: [8, 4]
import * as st from '../../src/index.js';

const w = st.variable(st.randomNormal([8, 4]));
const other = st.variable(st.randomNormal([4, 8]));
const { grads } = st.variableGrads(() => st.sum(st.square(other)), { w: other });
new st.SGD({ learningRate: 0.1 }).apply({ w }, grads); // error
