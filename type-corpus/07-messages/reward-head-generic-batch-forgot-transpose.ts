// cause: 7 messages (matMul in code generic over the batch only). A value head stored PyTorch-style as
// nn.Linear's [out, in] weight ([1, 512]) multiplied without transposeB, in a helper generic over the batch:
// the sentence names the dims and suggests the transpose.
// expect: matMul: inner dimensions differ (512 vs 1)
// expect: did you mean matMul(a, b, false, true)
// expect-not: ErrorIn
import * as st from '../../src/index.js';

const valueHead = st.variable(st.zeros([1, 512]));

export function values<B extends number>(pooled: st.Tensor<[B, 512]>) {
  const v = st.matMul(pooled, valueHead); // error
  return v;
}
