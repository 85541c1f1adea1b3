// cause: 5 silent checks. Gradients rebuilt with Object.fromEntries (scaling each for accumulation): the
// record's type is a plain string index, which names no parameter, so it cannot stand for { wq, wk, wv }.
// expect: is missing
import * as st from '../../src/index.js';

const wq = st.variable(st.randomNormal([64, 64]));
const wk = st.variable(st.randomNormal([64, 64]));
const wv = st.variable(st.randomNormal([64, 64]));
const params = { wq, wk, wv };
const x = st.randomNormal([4, 64]);
const { grads } = st.variableGrads(() => st.mean(st.add(st.add(st.matMul(x, wq), st.matMul(x, wk)), st.matMul(x, wv))), params);
const halved = Object.fromEntries(Object.entries(grads).map(([k, g]) => [k, st.mul(g, 0.5)]));
new st.SGD({ learningRate: 0.1 }).apply(params, halved); // error
