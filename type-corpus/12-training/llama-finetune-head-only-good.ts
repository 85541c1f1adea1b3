// cause: 12 training. Fine-tuning only the output head of a literal-config Llama: the head's weight picked from
// the typed parameter record by its Hugging Face name, gradients of that one-entry record, AdamW on it alone.
// expect: ok
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const head = { 'lm_head.weight': model.parameters()['lm_head.weight'] };
const ids = st.zeros([4, 32], 'int32');
const targets = st.zeros([4, 32], 'int32');
const opt = new st.AdamW({ learningRate: 1e-4 });
const { value, grads } = st.variableGrads(() => model.loss(ids, targets), head);
opt.apply(head, grads);
export const shape: st.Tensor<[64, 65]> = grads['lm_head.weight'];
export const loss: number = value.item();
