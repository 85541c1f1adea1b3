// cause: 5 silent checks. A model loaded from a checkpoint has run-time dims: the user's own head on its
// hidden states and a LoRA delta of a run-time width compile, and are checked when they run.
// expect: ok
import * as st from '../../src/index.js';

export function fineTuneStep(dir: string, ids: st.Tensor<[4, 64], 'int32'>, labels: st.Tensor<[4], 'int32'>) {
  const { model, config } = st.loadCheckpoint(dir);
  const hidden = model.model.forward(ids, undefined).hidden;
  const pooled = st.mean(hidden, 1);
  const head = st.variable(st.randomNormal([config.dim, 2], 0, 0.02));
  const lora = st.variable(st.zeros([config.dim, 8]));
  const logits = st.add(st.matMul(pooled, head), st.matMul(st.matMul(pooled, lora), st.zeros([8, 2])));
  return st.sparseSoftmaxCrossEntropy(logits, labels);
}
