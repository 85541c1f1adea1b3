// cause: 4 kind tags. A forward returning a record `{ logits, hidden }`, with softmax output under `logits`.
// expect: probabilities
import * as st from '../../src/index.js';

interface Output<B extends number, T extends number, V extends number, D extends number> {
  logits: st.Tensor<[B, T, V]>;
  hidden: st.Tensor<[B, T, D]>;
}
function forward<B extends number, T extends number>(
  ids: st.Tensor<[B, T], 'int32'>, embed: st.Tensor<[65, 32]>, head: st.Tensor<[32, 65]>,
): Output<B, T, 65, 32> {
  const hidden = st.gather(embed, ids);
  return { logits: st.softmax(st.matMul(hidden, head)), hidden }; // error
}
const out = forward(st.zeros([2, 8], 'int32'), st.randomNormal([65, 32]), st.randomNormal([32, 65]));
export const loss = st.sparseSoftmaxCrossEntropy(out.logits, st.zeros([2, 8], 'int32'));
