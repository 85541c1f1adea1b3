// cause: 7 messages. The right versions of the generic loss, cache append, mask and pooling compile with no error.
// expect: ok
import * as st from '../../src/index.js';

function lossOf<B extends number, T extends number, D extends number, C extends number>(
  h: st.Tensor<[B, T, D]>, head: st.Tensor<[D, C]>, targets: st.Tensor<[B, T], 'int32'>,
) {
  return st.sparseSoftmaxCrossEntropy(st.linear(h, head), targets);
}
function append<B extends number, H extends number, S extends number, T extends number, Dh extends number>(past: st.Tensor<[B, H, S, Dh]>, fresh: st.Tensor<[B, H, T, Dh]>) {
  return st.concat([past, fresh], 2);
}
function maskScores<B extends number, H extends number, T extends number>(mask: st.Tensor<[B, 1, 1, T], 'bool'>, scores: st.Tensor<[B, H, T, T]>) {
  return st.where(mask, scores, -1e9);
}
function meanPool<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>) {
  return st.mean(x, -1);
}
export const fs = { lossOf, append, maskScores, meanPool };
