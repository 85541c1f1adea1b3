// cause: 3 products. A user's generic stack hands the library's Block its key/value width (KV x Dh) instead of
// the model width: refused with Block.forward's sentence over the user's dims.
// expect: Block.forward: last dim ${Mul<KV, Dh>} is not ${KV} x ${Rep} x ${Dh}
// expect-not: MulOf
import * as st from '../../src/index.js';

function run<KV extends number, Rep extends number, Dh extends number, B extends number, T extends number>(
  block: st.Block<KV, Rep, Dh, 64>, rope: st.RotaryEmbedding<Dh>, kv: st.Tensor<[B, T, st.Mul<KV, Dh>]>,
) {
  return block.forward(kv, rope).output; // error
}
export const f = run;
