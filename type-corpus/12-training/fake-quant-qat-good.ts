// cause: 12 training (new family): quantisation-aware training: the weight fake-quantised per output column
// (scale from the column's max |w|, int32 codes clipped to [-127, 127], dequantised) with a straight-through
// estimator w + (wq - w), so the gradient reaches the float weight; one SGD step.
// expect: ok
import * as st from '../../src/index.js';

const w = st.variable(st.randomNormal([128, 64], 0, 0.05));
const opt = new st.SGD({ learningRate: 0.01 });
function fakeQuant(x: st.Tensor<[128, 64]>) {
  const scale = st.div(st.maximum(st.max(st.abs(x), 0, true), 1e-8), 127);        // [1, 64]
  const q = st.clipByValue(st.cast(st.div(x, scale), 'int32'), -127, 127);
  const dq = st.mul(st.cast(q, 'float32'), scale);
  return st.add(x, st.sub(dq, x));
}
export function step(x: st.Tensor<[32, 128]>, y: st.Tensor<[32, 64]>): number {
  const { value, grads } = st.variableGrads(() => st.mean(st.squaredDifference(st.matMul(x, fakeQuant(w)), y)), { w });
  opt.apply({ w }, grads);
  return value.item();
}
