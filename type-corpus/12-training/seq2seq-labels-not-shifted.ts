// cause: 12 training. Teacher forcing in a sequence-to-sequence step: the decoder reads targets[:, :-1]
// (16 positions) but the loss is taken against the whole target row (17): an off-by-one the labels' shape shows.
// expect: sparseSoftmaxCrossEntropy: labels [8, 17] must have the logits' shape without the class dim, [8, 16]
import * as st from '../../src/index.js';

const vocab = 1000;
const wte = st.variable(st.randomNormal([vocab, 64], 0, 0.02));
const head = st.variable(st.randomNormal([64, vocab], 0, 0.02));
function decode(tokens: st.Tensor<[8, 16], 'int32'>) {
  return st.matMul(st.gather(wte, tokens), head);
}
const tgt = st.zeros([8, 17], 'int32');
const decIn = st.slice(tgt, [0, 0], [8, 16]);
export const loss = st.sparseSoftmaxCrossEntropy(decode(decIn), tgt); // error
