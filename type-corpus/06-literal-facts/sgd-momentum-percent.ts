// cause: 6 literal facts. SGD's momentum written as 90 (a percentage, meant 0.9) in a config-driven step: the
// velocity would grow without bound; refused by the compiler and at run time.
// expect: optimizer: momentum must be in [0, 1), got 90
import * as st from '../../src/index.js';

const cfg = { learningRate: 0.05, momentum: 90 } as const;
const w = st.variable(st.randomNormal([16, 4]));
const opt = new st.SGD({ learningRate: cfg.learningRate, momentum: cfg.momentum }); // error
const { grads } = st.variableGrads(() => st.mean(st.square(w)), { w });
opt.apply({ w }, grads);
