// cause: 2 generic code. Packing q, k and v with stack([q, k, v], 2) in a grouped-query layer, where k and v have
// KV heads, not H: the three shapes differ.
// expect: stack: shapes [${B}, ${T}, ${H}, ${Dh}] and [${B}, ${T}, ${KV}, ${Dh}] and [${B}, ${T}, ${KV}, ${Dh}] differ
import * as st from '../../src/index.js';

export function pack<B extends number, T extends number, H extends number, KV extends number, Dh extends number>(
  q: st.Tensor<[B, T, H, Dh]>, k: st.Tensor<[B, T, KV, Dh]>, v: st.Tensor<[B, T, KV, Dh]>,
) {
  return st.stack([q, k, v], 2); // error
}
