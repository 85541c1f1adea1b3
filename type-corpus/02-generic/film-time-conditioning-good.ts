// cause: 2 generic (new family): FiLM / a diffusion model's time conditioning in a generic residual block:
// the time embedding projected to a scale and a shift [B, 1, D] (temb[:, None, :]), applied to the [B, T, D]
// activations after a LayerNorm written with keepDims statistics and a learned [1, 1, D] bias.
// expect: ok
import * as st from '../../src/index.js';

function filmBlock<B extends number, T extends number, D extends number, E extends number>(
  h: st.Tensor<[B, T, D]>, temb: st.Tensor<[B, E]>, toScale: st.Tensor<[E, D]>, toShift: st.Tensor<[E, D]>,
  bias: st.Tensor<[1, 1, D]>,
): st.Tensor<[B, T, D]> {
  const mu = st.mean(h, -1, true);
  const sigma = st.sqrt(st.add(st.mean(st.square(st.sub(h, mu)), -1, true), 1e-5));
  const normed = st.add(st.div(st.sub(h, mu), sigma), bias);
  const scale = st.expandDims(st.matMul(temb, toScale), 1);     // [B, 1, D]
  const shift = st.expandDims(st.matMul(temb, toShift), 1);
  return st.add(h, st.add(st.mul(normed, st.add(scale, 1)), shift));
}
export const out: st.Tensor<[8, 64, 128]> = filmBlock(
  st.randomNormal([8, 64, 128]), st.randomNormal([8, 512]), st.randomNormal([512, 128]), st.randomNormal([512, 128]), st.zeros([1, 1, 128]),
);
