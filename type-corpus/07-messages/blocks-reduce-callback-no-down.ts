// cause: 7 messages (new family): residual blocks applied with Array.reduce where the callback forgot the down
// projection: the residual adds [B, H] to [B, D]; the sentence names the user's dims.
// expect: add: shapes [${B}, ${D}] and [${B}, ${H}] do not broadcast
import * as st from '../../src/index.js';

interface MlpBlock<D extends number, H extends number> { up: st.Tensor<[D, H]>; down: st.Tensor<[H, D]> }
export function applyBlocks<B extends number, D extends number, H extends number>(x: st.Tensor<[B, D]>, blocks: MlpBlock<D, H>[]) {
  return blocks.reduce((h, blk) => st.add(h, st.gelu(st.matMul(h, blk.up))), x); // error
}
