// cause: 2 generic code. A helper generic over batch and time but with the model's literal width (768, 12 heads):
// `x.view(b, t, 12, -1)` divides the literal last dim (64 per head) while the generic dims are kept. The checked
// signature once typed the result with the -1 left in it.
// expect: ok
import * as st from '../../src/index.js';

function splitHeads<B extends number, T extends number>(x: st.Tensor<[B, T, 768]>): st.Tensor<[B, 12, T, 64]> {
  const [b, t] = x.shape;
  return st.transpose(st.reshape(x, [b, t, 12, -1]), [0, 2, 1, 3]);
}
export const y = splitHeads(st.randomNormal([2, 5, 768]));
