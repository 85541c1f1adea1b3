// cause: 13 Llama configs (new family): an int8 key cache for a TinyLlama-sized config (4 key/value heads of 64
// over 2048 positions): per-position scales from max |k| over the head dim, int32 codes in [-127, 127], and the
// dequantised keys repeated for the 32 query heads (GQA, 8 queries per key head) before the scores.
// expect: ok
import * as st from '../../src/index.js';

export function cachedScores(q: st.Tensor<[1, 32, 1, 64]>, codes: st.Tensor<[1, 4, 2048, 64], 'int32'>, scale: st.Tensor<[1, 4, 2048, 1]>) {
  const k = st.mul(st.cast(codes, 'float32'), scale);
  const kRep = st.repeatInterleave(k, 8, 1);                                       // [1, 32, 2048, 64]
  return st.softmax(st.div(st.matMul(q, kRep, false, true), 8), -1);               // [1, 32, 1, 2048]
}
