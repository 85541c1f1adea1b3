// cause: 5 silent checks. Gradients of { w1, w2 } applied to { w1, w2, w3 }: w3 would never train.
// expect: w3
import * as st from '../../src/index.js';

const w1 = st.variable(st.randomNormal([16, 32]));
const w2 = st.variable(st.randomNormal([32, 16]));
const w3 = st.variable(st.randomNormal([16, 16]));
const x = st.randomNormal([8, 16]);
const opt = new st.SGD({ learningRate: 0.01 });
const { grads } = st.variableGrads(() => st.mean(st.matMul(st.matMul(st.relu(st.matMul(x, w1)), w2), w3)), { w1, w2 });
opt.apply({ w1, w2, w3 }, grads); // error
