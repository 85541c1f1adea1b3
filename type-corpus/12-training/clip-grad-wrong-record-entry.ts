// cause: 12 training: hand-clipped gradients passed back with the embedding's gradient given for the head too (a copy-paste slip
// : [65, 32] where the head is [32, 65]): the optimizer must refuse it.
// expect: optimizer
import * as st from '../../src/index.js';

const params = { wte: st.variable(st.randomNormal([65, 32], 0, 0.02)), head: st.variable(st.randomNormal([32, 65], 0, 0.02)) };
const opt = new st.AdamW({ learningRate: 3e-4, weightDecay: 0.1 });
export function step(ids: st.Tensor<[8, 16], 'int32'>, targets: st.Tensor<[8, 16], 'int32'>) {
  const { grads } = st.variableGrads(() => st.mean(st.sparseSoftmaxCrossEntropy(st.matMul(st.gather(params.wte, ids), params.head), targets)), params);
  opt.apply(params, { wte: grads.wte, head: grads.wte }); // error
}
