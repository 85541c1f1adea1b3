// cause: 5 silent checks: a training step builds its gradient record by hand and forgets the bias.
// expect: optimizer
import * as st from '../../src/index.js';

const params = { w: st.variable(st.randomNormal([64, 10])), b: st.variable(st.zeros([10])) };
const opt = new st.Adam({ learningRate: 1e-3 });
export function step(x: st.Tensor<[32, 64]>, y: st.Tensor<[32, 10]>) {
  const { grads } = st.variableGrads(() => st.mean(st.squaredDifference(st.add(st.matMul(x, params.w), params.b), y)), { w: params.w });
  opt.apply(params, grads); // error
}
