// cause: 12 training: a training step with global gradient-norm clipping written by hand, as nanoGPT's
// clip_grad_norm_(1.0), over a record of parameters; every parameter is updated.
// expect: ok
import * as st from '../../src/index.js';

const params = { wte: st.variable(st.randomNormal([65, 32], 0, 0.02)), head: st.variable(st.randomNormal([32, 65], 0, 0.02)) };
const opt = new st.AdamW({ learningRate: 3e-4, weightDecay: 0.1 });
export function step(ids: st.Tensor<[8, 16], 'int32'>, targets: st.Tensor<[8, 16], 'int32'>) {
  const { value, grads } = st.variableGrads(() => {
    const h = st.gather(params.wte, ids);
    return st.mean(st.sparseSoftmaxCrossEntropy(st.matMul(h, params.head), targets));
  }, params);
  const norm = Math.sqrt(st.sum(st.square(grads.wte)).item() + st.sum(st.square(grads.head)).item());
  const scale = Math.min(1, 1 / (norm + 1e-6));
  opt.apply(params, { wte: st.mul(grads.wte, scale), head: st.mul(grads.head, scale) });
  return value.item();
}
