// cause: 7 messages. A fine-tuning step whose targets were built with st.sub on a float copy of the ids (a
// "shift by one" done arithmetically): the model's loss names the targets' dtype in a sentence.
// expect: Llama.loss: the targets must be int32
// expect: "float32"
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const tokens = st.zeros([4, 33], 'int32');
const ids = st.slice(tokens, [0, 0], [4, 32]);
const targets = st.cast(st.slice(tokens, [0, 1], [4, 32]), 'float32');
const opt = new st.AdamW({ learningRate: 3e-4 });
const params = model.parameters();
const { value, grads } = st.variableGrads(() => model.loss(ids, targets), params); // error
opt.apply(params, grads);
value.dispose();
