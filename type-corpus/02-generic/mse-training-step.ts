// cause: 2 generic code. A generic regression step: MSE loss (a scalar), gradients, SGD update.
// expect: ok
import * as st from '../../src/index.js';

function step<N extends number, I extends number, O extends number>(
  x: st.Tensor<[N, I]>, y: st.Tensor<[N, O]>, w: st.Variable<[I, O]>, b: st.Variable<[O]>, opt: st.SGD,
): number {
  const { value, grads } = st.variableGrads(() => st.mean(st.square(st.sub(st.linear(x, w, b), y))), { w, b });
  opt.apply({ w, b }, grads);
  return value.item();
}
const w = st.variable(st.randomNormal([8, 2]));
const b = st.variable(st.zeros([2]));
export const loss = step(st.randomNormal([32, 8]), st.zeros([32, 2]), w, b, new st.SGD({ learningRate: 0.1 }));
