// cause: 4 kinds. The user's seq2seq model was refactored so that decode() returns next-token probabilities
// for the sampler; the training step still passes its output to a loss helper typed for logits.
// expect: Probabilities<[4, 12, 1000]
// expect: Type '"probabilities"' is not assignable to type '"values"'
import * as st from '../../src/index.js';

class Decoder<V extends number, D extends number> {
  constructor(readonly wte: st.Tensor<[V, D]>, readonly head: st.Tensor<[D, V]>) {}
  decode<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>) {
    return st.softmax(st.matMul(st.gather(this.wte, ids), this.head));
  }
}
function lossFrom<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>, labels: st.Tensor<[B, T], 'int32'>) {
  return st.sparseSoftmaxCrossEntropy(logits, labels);
}
const dec = new Decoder(st.randomNormal([1000, 64]), st.randomNormal([64, 1000]));
const ids = st.zeros([4, 12], 'int32');
export const loss = lossFrom(dec.decode(ids), ids); // error
