// cause: 3 products. A limit, refused with a sentence: HF's repeat_kv merge written out, [B, KV, Rep, T, Dh] to
// [b, kv x rep, t, dh] with st.dimMul. Correct, but over generic dims reshape compares the products only as the two
// chains of Mul (from the right, from the left), and a pair merged in the middle is neither; the sentence lists the
// forms that hold, and `[b, -1, t, dh]` is one (hf-repeat-kv-reshape-good).
// expect: reshape: [${B}, ${KV}, ${Rep}, ${T}, ${Dh}] to [${B}, ${Mul<KV, Rep>}, ${T}, ${Dh}] cannot be checked over generic dims
import * as st from '../../src/index.js';

export function repeatKvWrittenOut<B extends number, KV extends number, T extends number, Dh extends number, Rep extends number>(
  keys: st.Tensor<[B, KV, T, Dh]>, rep: Rep,
) {
  const [b, kv, t, dh] = keys.shape;
  const tiled = st.tile(st.expandDims(keys, 2), [1, 1, rep, 1, 1]); // [B, KV, Rep, T, Dh]
  return st.reshape(tiled, [b, st.dimMul(kv, rep), t, dh]); // error
}
