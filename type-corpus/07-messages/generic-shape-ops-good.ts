// cause: 7 messages. Correct generic shape code compiles with no error: the head split and merge with transposes, rotate-half, the last position, a padding mask's axes, an embedding lookup, squeeze of a literal 1, cumsum and the methods.
// expect: ok
import * as st from '../../src/index.js';

function block<B extends number, T extends number, H extends number, Dh extends number, V extends number>(
  x: st.Tensor<[B, T, st.Mul<H, Dh>]>, heads: H, headDim: Dh, keep: st.Tensor<[B, T]>, table: st.Tensor<[V, st.Mul<H, Dh>]>, ids: st.Tensor<[B, T], 'int32'>,
) {
  const q: st.Tensor<[B, H, T, Dh]> = st.transpose(st.splitLastDim(x, heads, headDim), [0, 2, 1, 3]);
  const [x1, x2] = st.split(q, 2, -1);
  const rotated = st.concat([st.neg(x2), x1], -1);
  const merged: st.Tensor<[B, T, st.Mul<H, Dh>]> = st.mergeLastDims(rotated.transpose([0, 2, 1, 3]));
  const [, t] = x.shape;
  const last = st.squeeze(st.slice(merged, [0, t - 1, 0], [-1, 1, -1]), [1]);
  const mask: st.Tensor<[B, 1, 1, T]> = st.expandDims(st.expandDims(keep, 1), 1);
  const embedded: st.Tensor<[B, T, st.Mul<H, Dh>]> = st.gather(table, ids);
  const running: st.Tensor<[B, T, st.Mul<H, Dh>]> = st.cumsum(embedded, 1);
  const reversed: st.Tensor<[st.Mul<H, Dh>, T, B]> = st.transpose(running);
  return { last, mask, reversed, widened: keep.expandDims(-1), firstRow: table.gather(ids, 0) };
}
export const f = block;
