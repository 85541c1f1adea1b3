// cause: 9 named dims (new family): Mamba's state matrix with named dims, A [N, D] given where [D, N] is
// expected (both sizes 16): the shapes broadcast by size, the names do not.
// expect: mul: shapes [B=2, L=8, D=16, 1] and [N=16, D=16] do not broadcast (D=16 vs N=16)
import * as st from '../../src/index.js';

type B = st.Named<'B', 2>; type L = st.Named<'L', 8>; type D = st.Named<'D', 16>; type N = st.Named<'N', 16>;
declare const delta: st.Tensor<[B, L, D]>;
declare const A: st.Tensor<[N, D]>;
export const dA = st.exp(st.mul(st.expandDims(delta, -1), A)); // error
