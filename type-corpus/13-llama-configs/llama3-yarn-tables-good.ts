// cause: 13 Llama configs (new family): YaRN-scaled RoPE tables for Llama-3-8B's attention (head dim 4096 / 32 =
// 128, theta 500000, factor 8): the blended inverse frequencies [64], the angle table for 1024 positions, and the
// rotation of a query of the config's shape [1, 32, 1024, 128] by rotate-half with the duplicated tables.
// expect: ok
import * as st from '../../src/index.js';

const config = st.defineConfig({
  vocabSize: 128256, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 8, hiddenDim: 14336, multipleOf: 1024,
  normEps: 1e-5, ropeTheta: 500000, maxSeqLen: 8192, dropout: 0,
});
const half = 64, T = 1024, factor = 8;
const idx = st.range(0, half);
const invFreq = st.exp(st.mul(idx, -Math.log(config.ropeTheta) / half));
const ramp = st.clipByValue(st.div(st.sub(idx, 8), 24), 0, 1);
const blended = st.add(st.mul(st.div(invFreq, factor), st.sub(1, ramp)), st.mul(invFreq, ramp));
const angles = st.mul(st.reshape(st.range(0, T), [T, 1]), st.reshape(blended, [1, half]));   // [1024, 64]
const cos = st.cos(st.concat([angles, angles], -1));
const sin = st.sin(st.concat([angles, angles], -1));

export function rotate(q: st.Tensor<[1, 32, 1024, 128]>) {
  const [q1, q2] = st.split(q, 2, -1);
  const rotated = st.concat([st.neg(q2), q1], -1);
  return st.add(st.mul(q, cos), st.mul(rotated, sin));
}
