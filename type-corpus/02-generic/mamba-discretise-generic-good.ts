// cause: 2 generic (new family): Mamba's discretisation in a generic layer: delta [B, L, D] expanded to
// [B, L, D, 1] times A [D, N] gives [B, L, D, N]; B_t [B, L, N] expanded at axis 2 broadcasts over D.
// expect: ok
import * as st from '../../src/index.js';

export function discretise<B extends number, L extends number, D extends number, N extends number>(
  delta: st.Tensor<[B, L, D]>, A: st.Tensor<[D, N]>, Bm: st.Tensor<[B, L, N]>, x: st.Tensor<[B, L, D]>,
): { dA: st.Tensor<[B, L, D, N]>; dBx: st.Tensor<[B, L, D, N]> } {
  const d = st.expandDims(delta, -1);                                // [B, L, D, 1]
  const dA = st.exp(st.mul(d, A));
  const dBx = st.mul(st.mul(d, st.expandDims(Bm, 2)), st.expandDims(x, -1));
  return { dA, dBx };
}
