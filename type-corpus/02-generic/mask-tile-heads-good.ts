// cause: 2 generic code. A causal mask built once as [1, 1, T, T] and tiled to every batch row and head
// ([b, h, 1, 1], both read at run time into the caller's type parameters) before masking the scores.
// expect: ok
import * as st from '../../src/index.js';

function maskScores<B extends number, H extends number, T extends number>(
  scores: st.Tensor<[B, H, T, T]>, causal: st.Tensor<[1, 1, T, T], 'bool'>,
): st.Tensor<[B, H, T, T]> {
  const [b, h] = scores.shape;
  const mask = st.tile(causal, [b, h, 1, 1]);
  return st.where(mask, scores, -1e9);
}
const causal = st.reshape(st.causalMaskFor(8, 8), [1, 1, 8, 8]);
export const masked: st.Tensor<[2, 4, 8, 8]> = maskScores(st.randomNormal([2, 4, 8, 8]), causal);
