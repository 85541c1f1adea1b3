// cause: 7 messages. A generic training step that passes labels shaped like the logits' last two dims: the labels sentence over the user's dims.
// expect: sparseSoftmaxCrossEntropy: labels [${B}, ${C}] must have the logits' shape without the class dim, [${B}, ${T}]
import * as st from '../../src/index.js';

function lossOf<B extends number, T extends number, D extends number, C extends number>(
  h: st.Tensor<[B, T, D]>, head: st.Tensor<[D, C]>, targets: st.Tensor<[B, C], 'int32'>,
) {
  const logits = st.linear(h, head);
  return st.sparseSoftmaxCrossEntropy(logits, targets); // error
}
export const f = lossOf;
