// cause: 3 matmul (new family): InfoNCE similarities written z1 @ z2 without transposing the second view
// ([B, D] @ [B, D]); the square batch hides nothing here since D differs from B.
// expect: matMul: inner dimensions differ (128 vs 32)
import * as st from '../../src/index.js';

const tau = 0.1;
export function infoNce(z1: st.Tensor<[32, 128]>, z2: st.Tensor<[32, 128]>) {
  const logits = st.div(st.matMul(z1, z2), tau); // error
  return st.sparseSoftmaxCrossEntropy(logits, st.range(0, 32, 1, 'int32'));
}
