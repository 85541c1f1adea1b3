// cause: 2 generic. nanoGPT's causal buffer [1, 1, blockSize, blockSize] sliced to the batch's length,
// bias[:, :, :T, :T], in a generic forward whose T is the input's (at most the block size), then masked_fill.
// expect: ok
import * as st from '../../src/index.js';

function maskScores<B extends number, H extends number, T extends number, S extends number>(
  bias: st.Tensor<[1, 1, S, S], 'bool'>, att: st.Tensor<[B, H, T, T]>,
): st.Tensor<[B, H, T, T]> {
  const [, , t] = att.shape;
  const causal = st.slice(bias, [0, 0, 0, 0], [1, 1, t, t]);
  return st.where(causal, att, -1e9);
}
const bias = st.expandDims(st.expandDims(st.causalMask(64), 0), 0);
export const masked: st.Tensor<[2, 4, 32, 32]> = maskScores(bias, st.randomNormal([2, 4, 32, 32]));
