// cause: 5 silent checks. Gradients unpacked in the wrong order: w's update broadcasts silently, b's update must fail.
// expect: Variable.assign: the value must have the variable's shape, dtype and device
// expect: [10]
// expect: [32, 10]
import * as st from '../../src/index.js';

const w = st.variable(st.randomNormal([32, 10]));
const b = st.variable(st.zeros([10]));
const x = st.randomNormal([8, 32]);
const { grads } = st.valueAndGrads((wt, bt) => st.mean(st.linear(x, wt, bt)), [w, b]);
const [gb, gw] = grads;
w.assign(st.sub(w, st.mul(gw, 0.1)));
b.assign(st.sub(b, st.mul(gb, 0.1))); // error
