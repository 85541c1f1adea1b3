// cause: 12 training. Karpathy's bigram loss with the logits viewed as (B * T, C) but the targets left [B, T]
// (targets.view(B * T) forgotten): the labels' shape does not match the flat logits'.
// expect: sparseSoftmaxCrossEntropy: labels [${B}, ${T}] must have the logits' shape without the class dim
import * as st from '../../src/index.js';

export function bigramLoss<B extends number, T extends number, C extends number>(logits: st.Tensor<[B, T, C]>, targets: st.Tensor<[B, T], 'int32'>) {
  const [b, t, c] = logits.shape;
  return st.sparseSoftmaxCrossEntropy(logits.reshape([b * t, c]), targets); // error
}
