// cause: 2 generic code. A decoder layer's cross attention called with the encoder memory as the queries and the
// decoder states as the memory (arguments swapped): the result has the source length S, and the residual add to the
// decoder's [B, T, D] is refused over the user's dims.
// expect: add: shapes [${B}, ${T}, ${D}] and [${B}, ${S}, ${D}] do not broadcast
import * as st from '../../src/index.js';

declare function crossAttend<B extends number, T extends number, S extends number, D extends number>(x: st.Tensor<[B, T, D]>, memory: st.Tensor<[B, S, D]>): st.Tensor<[B, T, D]>;
export function decoderLayer<B extends number, T extends number, S extends number, D extends number>(d: st.Tensor<[B, T, D]>, e: st.Tensor<[B, S, D]>) {
  return st.add(d, crossAttend(e, d)); // error
}
