// cause: 7 messages. The loss called PyTorch-style with the arguments the other way round
// (F.cross_entropy(input, target) remembered as (target, input)): the int32 targets land where the logits go.
// The sentence names the dtype, not a softmax that is not there.
// expect: sparseSoftmaxCrossEntropy: logits must be float32, got int32
// expect-not: probabilities
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 4, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const ids = st.zeros([4, 32], 'int32');
const targets = st.zeros([4, 32], 'int32');
const logits = model.forward(ids);
export const loss = st.sparseSoftmaxCrossEntropy(targets, logits); // error
