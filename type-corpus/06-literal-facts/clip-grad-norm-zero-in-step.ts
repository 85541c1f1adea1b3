// cause: 6 literal facts. A training step's gradient clipping written with a max norm of 0 (meant as "off",
// as some configs spell it): every gradient would be scaled to zero and the model would never train.
// expect: clipByGlobalNorm: maxNorm must be > 0, got 0
import * as st from '../../src/index.js';

const params = { w: st.variable(st.randomNormal([16, 4], 0, 0.1)) };
const opt = new st.Adam({ learningRate: 1e-3 });
export function step(x: st.Tensor<[8, 16]>, y: st.Tensor<[8], 'int32'>) {
  const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(st.matMul(x, params.w), y), params);
  const clipped = st.clipByGlobalNorm(grads, 0); // error
  opt.apply(params, clipped.grads);
  return value.item();
}
