// cause: 10 broadcast (outer broadcast). The same DiT table with the positions made for the patch embedding's
// width before the projection ([1, T, 768] against the [B, 1, 384] conditioning): refused with the sentence.
// expect: add: shapes [2, 1, 384] and [1, 256, 768] do not broadcast (384 vs 768)
import * as st from '../../src/index.js';

export function table(cond: st.Tensor<[2, 1, 384]>, positions: st.Tensor<[1, 256, 768]>) {
  return st.add(cond, positions); // error
}
