// cause: 2 generic (new family): blockwise (ring-style) attention with an online softmax: the keys and values
// arrive in blocks of S; the running max, normaliser and output are rescaled by exp(m_old - m_new) each step.
// expect: ok
import * as st from '../../src/index.js';

export function blockwiseAttention<B extends number, H extends number, T extends number, S extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, blocks: { k: st.Tensor<[B, H, S, Dh]>; v: st.Tensor<[B, H, S, Dh]> }[], scale: number,
): st.Tensor<[B, H, T, Dh]> {
  let m = st.mul(st.max(st.matMul(q, blocks[0].k, false, true), -1, true), 1);   // [B, H, T, 1]
  let l = st.zeros(m.shape);
  let acc = st.zeros(q.shape);
  for (const { k, v } of blocks) {
    const s = st.mul(st.matMul(q, k, false, true), scale);                        // [B, H, T, S]
    const mNew = st.maximum(m, st.max(s, -1, true));
    const p = st.exp(st.sub(s, mNew));
    const correction = st.exp(st.sub(m, mNew));
    l = st.add(st.mul(l, correction), st.sum(p, -1, true));
    acc = st.add(st.mul(acc, correction), st.matMul(p, v));
    m = mNew;
  }
  return st.div(acc, l);
}
