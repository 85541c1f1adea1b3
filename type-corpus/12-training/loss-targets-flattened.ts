// cause: 12 training. A training step that flattens the targets as for PyTorch's F.cross_entropy(logits.view(-1, V),
// targets.view(-1)), but passes them to the model's own loss, which takes targets shaped as the ids.
// expect: Llama.loss: the targets must be [batch, time] as the ids
import * as st from '../../src/index.js';

const model = st.createLlama({ vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 });
const params = model.parameters();
const opt = new st.AdamW({ learningRate: 1e-3 });
const batch = st.zeros([8, 33], 'int32');
const inputs = st.slice(batch, [0, 0], [8, 32]);
const targets = st.reshape(st.slice(batch, [0, 1], [8, 32]), [-1]);
const { grads } = st.variableGrads(() => model.loss(inputs, targets), params); // error
opt.apply(params, grads);
