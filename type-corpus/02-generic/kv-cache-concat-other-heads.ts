// cause: 2 generic code. A grouped-query cache extended with keys before they are repeated to every query
// head: the cache holds H heads, the new keys KV heads, so the two do not join along dim=-2.
// expect: concat: shapes [${B}, ${H}, ${P}, ${Dh}] and [${B}, ${KV}, ${T}, ${Dh}] differ off the concat axis -2
// expect-not: NotThisForm
import * as st from '../../src/index.js';

function extendKeys<B extends number, H extends number, KV extends number, P extends number, T extends number, Dh extends number>(
  past: st.Tensor<[B, H, P, Dh]>, k: st.Tensor<[B, KV, T, Dh]>,
) {
  return st.concat([past, k], -2); // error
}
export const keys = extendKeys(st.zeros([1, 8, 6, 16]), st.randomNormal([1, 2, 1, 16]));
