// training. An MLP step: variableGrads over a record, global-norm clipping, AdamW.
// expect: ok
import * as st from '../../src/index.js';

const params = {
  w1: st.variable(st.randomNormal([32, 128], 0, 0.02)),
  b1: st.variable(st.zeros([128])),
  w2: st.variable(st.randomNormal([128, 10], 0, 0.02)),
};
const opt = new st.AdamW({ learningRate: 3e-4, weightDecay: 0.1 });
function step(x: st.Tensor<[16, 32]>, labels: st.Tensor<[16], 'int32'>): number {
  const { value, grads } = st.variableGrads(() => {
    const h = st.gelu(st.linear(x, params.w1, params.b1));
    return st.sparseSoftmaxCrossEntropy(st.linear(h, params.w2), labels);
  }, params);
  const clipped = st.clipByGlobalNorm(grads, 1.0);
  opt.apply(params, clipped.grads);
  return value.item();
}
export const loss = step(st.randomNormal([16, 32]), st.zeros([16], 'int32'));
