// cause: 10 broadcast/reduce. nanoGPT's causal buffer built for the block size (64) and applied, unsliced, to
// the scores of a 32-token batch: the [1, 1, 64, 64] mask does not fit [2, 4, 32, 32] (nanoGPT slices
// bias[:, :, :T, :T]).
// expect: where: shapes [1, 1, 64, 64] and [2, 4, 32, 32] do not broadcast (64 vs 32)
import * as st from '../../src/index.js';

const blockSize = 64;
const bias = st.expandDims(st.expandDims(st.causalMask(blockSize), 0), 0);
const att = st.matMul(st.randomNormal([2, 4, 32, 16]), st.randomNormal([2, 4, 32, 16]), false, true);
export const masked = st.where(bias, att, -1e9); // error
