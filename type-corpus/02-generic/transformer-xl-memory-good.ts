// cause: 2 generic (new family): Transformer-XL's segment recurrence: the cached memory of M steps concatenated
// in front of the current segment along the time axis for the keys and values, and the new memory as the last
// M steps of the hidden states (a slice of a generic length).
// expect: ok
import * as st from '../../src/index.js';

export function withMemory<B extends number, M extends number, T extends number, D extends number>(
  mem: st.Tensor<[B, M, D]>, h: st.Tensor<[B, T, D]>, wk: st.Tensor<[D, D]>, wv: st.Tensor<[D, D]>,
) {
  const ctx = st.concat([mem, h], 1);                                   // [B, M + T, D]
  const k = st.matMul(ctx, wk);
  const v = st.matMul(ctx, wv);
  return { k, v };
}
