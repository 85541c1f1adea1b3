// cause: 4 kind tags. tfjs-style chained methods: the logits of a [4, 16, 65] batch softmaxed, flattened with
// reshape([-1, 65]) as PyTorch's F.cross_entropy(logits.view(-1, V), targets.view(-1)) wants, and handed to
// the loss. The tag survives the method chain.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities (softmax output)
import * as st from '../../src/index.js';

const h = st.randomNormal([4, 16, 32]);
const wte = st.variable(st.randomNormal([65, 32]));
const targets = st.zeros([4, 16], 'int32');
const flat = h.matMul(wte, false, true).softmax().reshape([-1, 65]);
export const loss = st.sparseSoftmaxCrossEntropy(flat, targets.reshape([-1])); // error
