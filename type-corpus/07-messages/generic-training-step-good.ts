// cause: 7 messages. A training step generic in batch, width and classes: forward, loss and gradients compile with no error.
// expect: ok
import * as st from '../../src/index.js';

function step<B extends number, D extends number, C extends number>(
  w: st.Variable<[D, C]>, bias: st.Variable<[C]>, x: st.Tensor<[B, D]>, labels: st.Tensor<[B], 'int32'>,
) {
  const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(st.linear(x, w, bias), labels), { w, bias });
  const g = st.add(grads.w, st.mul(w, 1e-4));
  return { loss: value, g, gb: grads.bias };
}
export const f = step;
