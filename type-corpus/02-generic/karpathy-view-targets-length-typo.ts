// cause: 2 generic code. Karpathy's loss in a generic helper with a typo: logits.view(B * T, T) (the time length
// where the vocabulary size C goes): the new shape keeps none of the tensor's own dims beside the run-time one, and is
// refused, where view(B * T, C) compiles.
// expect: reshape: [${B}, ${T}, ${C}] to [${number}, ${T}]
import * as st from '../../src/index.js';

export function bigramLoss<B extends number, T extends number, C extends number>(logits: st.Tensor<[B, T, C]>, targets: st.Tensor<[B, T], 'int32'>) {
  const [b, t] = logits.shape;
  return st.sparseSoftmaxCrossEntropy(logits.reshape([b * t, t]), targets.reshape([b * t])); // error
}
