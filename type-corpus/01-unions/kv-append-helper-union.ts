// cause: 1 union inference. Appending one step to a KV cache with another head dim (64 vs 128).
// expect: a dim was inferred as 
// expect: they must be equal
// expect: 64
// expect: 128
import * as st from '../../src/index.js';

function append<B extends number, H extends number, T extends number, Dh extends number>(
  cache: st.Tensor<[B, H, T, Dh]>, step: st.Tensor<[B, H, 1, Dh]>,
) {
  return st.concat([cache, step], 2);
}

const cache = st.zeros([1, 8, 31, 64]);
const step = st.randomNormal([1, 8, 1, 128]);
export const grown = append(cache, step); // error
