// cause: 2 generic (new family): a diagonal state-space layer's decay computed in parallel (as in Mamba's
// chunked scan): per-step log decays dt * A [B, T, D], their running sums with cumsum along time, the decays
// exp(cumsum) applied to the inputs and the cumulative sum of the weighted inputs undone with the decays.
// expect: ok
import * as st from '../../src/index.js';

function diagonalScan<B extends number, T extends number, D extends number>(
  x: st.Tensor<[B, T, D]>, dt: st.Tensor<[B, T, D]>, logA: st.Tensor<[D]>,
): st.Tensor<[B, T, D]> {
  const logDecay = st.cumsum(st.mul(dt, st.neg(st.exp(logA))), 1);   // [B, T, D], <= 0
  const weighted = st.mul(x, st.exp(st.neg(logDecay)));
  return st.mul(st.cumsum(weighted, 1), st.exp(logDecay));
}
export const y: st.Tensor<[2, 128, 16]> = diagonalScan(st.randomNormal([2, 128, 16]), st.randomUniform([2, 128, 16], 0, 0.1), st.zeros([16]));
