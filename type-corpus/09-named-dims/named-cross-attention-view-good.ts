// cause: 9 named dims. Cross attention over named lengths (Tgt = 9 decoder positions, Src = 21 encoder positions):
// the projections viewed with view(b, -1, h, dh) keep the name of the length the -1 stands for, so the scores are
// [B, H, Tgt, Src] and a source padding mask of [B, 1, 1, Src] fits them.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
type Tgt = st.Named<'Tgt', 9>;
type Src = st.Named<'Src', 21>;
function heads<B extends number, L extends number>(x: st.Tensor<[B, L, 512]>) {
  const [b] = x.shape;
  return st.transpose(st.reshape(x, [b, -1, 8, 64]), [0, 2, 1, 3]);
}
const dec = st.randomNormal<[2, Tgt, 512]>([2, 9, 512]);
const enc = st.randomNormal<[2, Src, 512]>([2, 21, 512]);
const scores = st.matMul(heads(dec), heads(enc), false, true);
const pad = st.ones<[2, 1, 1, Src], 'bool'>([2, 1, 1, 21], 'bool');
const masked = st.where(pad, scores, -1e9);
export const ok: Eq<typeof masked.shape, [2, 8, Tgt, Src]> = true;
