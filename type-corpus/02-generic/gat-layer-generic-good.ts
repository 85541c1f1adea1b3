// cause: 2 generic (new family): a graph attention layer generic over the node count and widths: the pairwise
// scores as an outer sum [N, 1] + [1, N], the adjacency mask, and a residual of the projected input.
// expect: ok
import * as st from '../../src/index.js';

export function gat<N extends number, F extends number, O extends number>(
  h: st.Tensor<[N, F]>, adjacency: st.Tensor<[N, N], 'bool'>, w: st.Tensor<[F, O]>, aSrc: st.Tensor<[O, 1]>, aDst: st.Tensor<[O, 1]>,
): st.Tensor<[N, O]> {
  const wh = st.matMul(h, w);
  const src = st.matMul(wh, aSrc);                                       // [N, 1]
  const dst = st.transpose(st.matMul(wh, aDst));                         // [1, N]
  const e = st.add(src, dst);
  const scores = st.where(adjacency, st.maximum(e, st.mul(e, 0.2)), -1e9);
  return st.add(st.matMul(st.softmax(scores), wh), wh);
}
