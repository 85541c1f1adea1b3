// cause: 7 messages (new family): a generic graph attention layer with a residual of the unprojected input
// (F features) added to the attention output (O features): refused in terms of the user's dims.
// expect: add: shapes [${N}, ${O}] and [${N}, ${F}] do not broadcast
import * as st from '../../src/index.js';

export function gat<N extends number, F extends number, O extends number>(
  h: st.Tensor<[N, F]>, adjacency: st.Tensor<[N, N], 'bool'>, w: st.Tensor<[F, O]>, aSrc: st.Tensor<[O, 1]>, aDst: st.Tensor<[O, 1]>,
) {
  const wh = st.matMul(h, w);
  const e = st.add(st.matMul(wh, aSrc), st.transpose(st.matMul(wh, aDst)));
  const att = st.softmax(st.where(adjacency, e, -1e9));
  return st.add(st.matMul(att, wh), h); // error
}
