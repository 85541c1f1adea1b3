// cause: 9 named dims. The same translation model, masked with the source padding mask: named dims flow
// through the user's generic helpers (mask builder, attention) and the result keeps [B, H, Tgt, Src].
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
type B = st.Named<'B', 2>;
type H = st.Named<'H', 4>;
type Src = st.Named<'Src', 12>;
type Tgt = st.Named<'Tgt', 12>;
type Dh = st.Named<'Dh', 16>;

function maskFor<Bt extends number, L extends number>(pad: st.Tensor<[Bt, L], 'bool'>) {
  return st.expandDims(st.expandDims(pad, 1), 1);
}
function attend<Bt extends number, Ht extends number, Q extends number, K extends number, D extends number>(
  q: st.Tensor<[Bt, Ht, Q, D]>, k: st.Tensor<[Bt, Ht, K, D]>, v: st.Tensor<[Bt, Ht, K, D]>, pad: st.Tensor<[Bt, K], 'bool'>,
) {
  const w = st.softmax(st.where(maskFor(pad), st.matMul(q, k, false, true), -1e9));
  return { w, out: st.matMul(w, v) };
}
declare const q: st.Tensor<[B, H, Tgt, Dh]>;
declare const k: st.Tensor<[B, H, Src, Dh]>;
const { w, out } = attend(q, k, k, st.ones<[B, Src], 'bool'>([2, 12], 'bool'));
export const weights: Eq<typeof w.shape, [B, H, Tgt, Src]> = true;
export const context: Eq<typeof out.shape, [B, H, Tgt, Dh]> = true;
