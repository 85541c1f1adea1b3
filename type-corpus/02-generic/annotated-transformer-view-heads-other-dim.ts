// cause: 2 generic code. The Annotated Transformer's head split, generic: the keys viewed as
// view(nbatches, -1, h, d_v) with the value head dim, where the model width is h * d_k.
// expect: reshape: [${B}, ${S}, ${Mul<H, Dk>}] to [${B}, -1, ${H}, ${Dv}]
import * as st from '../../src/index.js';

export function splitHeads<B extends number, S extends number, H extends number, Dk extends number, Dv extends number>(
  key: st.Tensor<[B, S, st.Mul<H, Dk>]>, h: H, dV: Dv,
) {
  const [nbatches] = key.shape;
  return st.transpose(st.reshape(key, [nbatches, -1, h, dV]), [0, 2, 1, 3]); // error
}
