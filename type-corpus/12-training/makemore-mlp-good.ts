// cause: 12 training (new family): makemore's MLP (Bengio et al. 2003 as in Karpathy's "makemore" part 2): a character embedding
// table C [27, 10], a context of 3 characters looked up and flattened with view(-1, 30), a tanh hidden layer,
// logits over 27 characters, cross-entropy, and a plain SGD step on the five parameters.
// expect: ok
import * as st from '../../src/index.js';

const vocab = 27;
const blockSize = 3;
const nEmbd = 10;
const nHidden = 200;
const batch = 32;
const C = st.variable(st.randomNormal([vocab, nEmbd], 0, 1, 'float32', 1));
const W1 = st.variable(st.mul(st.randomNormal([blockSize * nEmbd, nHidden], 0, 1, 'float32', 2), 5 / 3 / Math.sqrt(blockSize * nEmbd)));
const b1 = st.variable(st.mul(st.randomNormal([nHidden], 0, 1, 'float32', 3), 0.01));
const W2 = st.variable(st.mul(st.randomNormal([nHidden, vocab], 0, 1, 'float32', 4), 0.01));
const b2 = st.variable(st.zeros([vocab]));
const params = { C, W1, b1, W2, b2 };

function forward(X: st.Tensor<[32, 3], 'int32'>) {
  const emb = st.gather(C, X);                       // [32, 3, 10]
  const flat = st.reshape(emb, [-1, 30]);            // emb.view(-1, 30)
  const h = st.tanh(st.add(st.matMul(flat, W1), b1)); // [32, 200]
  return st.add(st.matMul(h, W2), b2);               // [32, 27]
}

const Xb = st.zeros([batch, blockSize], 'int32');
const Yb = st.zeros([batch], 'int32');
const opt = new st.SGD({ learningRate: 0.1 });
for (let step = 0; step < 2; step++) {
  const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(forward(Xb), Yb), params);
  opt.apply(params, grads);
  console.log(step, value.item());
}
export const logits: st.Tensor<[32, 27]> = forward(Xb);
