// cause: 10 broadcast/reduce (new family): an int8 KV cache whose per-position scale was reduced without
// keepDims: [1, 8, 256] against the keys [1, 8, 256, 64].
// expect: div: shapes [1, 8, 256, 64] and [1, 8, 256] do not broadcast (64 vs 256)
import * as st from '../../src/index.js';

export function quantizeKeys(k: st.Tensor<[1, 8, 256, 64]>) {
  const scale = st.div(st.max(st.abs(k), -1), 127);
  return st.clipByValue(st.cast(st.div(k, scale), 'int32'), -127, 127); // error
}
