// cause: 9 named dims. Translation model with named source and target lengths of the same size (12): the
// cross-attention scores are [B, H, Tgt, Src], but the user masks them with the *target* padding mask, which
// only the names can tell apart.
// expect: where: shapes [B=2, 1, 1, Tgt=12] and [B=2, H=4, Tgt=12, Src=12] do not broadcast (Tgt=12 vs Src=12)
import * as st from '../../src/index.js';

type B = st.Named<'B', 2>;
type H = st.Named<'H', 4>;
type Src = st.Named<'Src', 12>;
type Tgt = st.Named<'Tgt', 12>;
type Dh = st.Named<'Dh', 16>;

function maskFor<L extends number>(pad: st.Tensor<[B, L], 'bool'>) {
  return st.expandDims(st.expandDims(pad, 1), 1);
}
function crossAttend(q: st.Tensor<[B, H, Tgt, Dh]>, k: st.Tensor<[B, H, Src, Dh]>, srcPad: st.Tensor<[B, Src], 'bool'>, tgtPad: st.Tensor<[B, Tgt], 'bool'>) {
  const scores = st.matMul(q, k, false, true);
  const mask = maskFor(tgtPad);
  return st.softmax(st.where(mask, scores, -1e9)); // error
}
declare const q: st.Tensor<[B, H, Tgt, Dh]>;
declare const k: st.Tensor<[B, H, Src, Dh]>;
export const w = crossAttend(q, k, st.ones<[B, Src], 'bool'>([2, 12], 'bool'), st.ones<[B, Tgt], 'bool'>([2, 12], 'bool'));
