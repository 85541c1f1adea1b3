// cause: 2 generic (new family): a stack of residual MLP blocks applied with Array.reduce: the accumulator's
// shape is the input's, each block's weights typed by the model width and its hidden width.
// expect: ok
import * as st from '../../src/index.js';

interface MlpBlock<D extends number, H extends number> { up: st.Tensor<[D, H]>; down: st.Tensor<[H, D]> }
export function applyBlocks<B extends number, D extends number, H extends number>(x: st.Tensor<[B, D]>, blocks: MlpBlock<D, H>[]) {
  return blocks.reduce((h, blk) => st.add(h, st.matMul(st.gelu(st.matMul(h, blk.up)), blk.down)), x);
}
const blocks = Array.from({ length: 4 }, () => ({ up: st.randomNormal([64, 256]), down: st.randomNormal([256, 64]) }));
export const y: st.Tensor<[16, 64]> = applyBlocks(st.randomNormal([16, 64]), blocks);
