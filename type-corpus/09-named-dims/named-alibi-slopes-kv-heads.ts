// cause: 9 named dims. ALiBi-style per-head slopes [H] broadcast over [B, H, T, S] scores, but the slopes were
// made for the key/value heads (KV = 8, the same size as H here): the names refuse the head-for-head mix.
// expect: mul: shapes
// expect: KV=8
import * as st from '../../src/index.js';

type H = st.Named<'H', 8>;
type KV = st.Named<'KV', 8>;
export function alibi(scores: st.Tensor<[2, H, 64, 64]>, slopes: st.Tensor<[KV]>) {
  const perHead = st.expandDims(st.expandDims(st.expandDims(slopes, 0), -1), -1);
  return st.mul(scores, perHead); // error
}
