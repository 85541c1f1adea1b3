// cause: 2 generic (new family): STFT-like framing without convolution: frames of W samples every hop H taken
// with slice, stacked on axis 1, a Hann window [W] applied over the last axis, then a DFT basis [W, K] as a
// matmul; in a generic helper over the batch.
// expect: ok
import * as st from '../../src/index.js';

const W = 64, hop = 32, K = 33;
export function frames<B extends number>(signal: st.Tensor<[B, 1024]>, window: st.Tensor<[64]>, basis: st.Tensor<[64, 33]>) {
  const count = (1024 - W) / hop + 1;
  const chunks: st.Tensor<[B, 64]>[] = [];
  for (let f = 0; f < count; f++) chunks.push(st.slice(signal, [0, f * hop], [-1, W]));
  const framed = st.stack(chunks, 1);                                // [B, F, W]
  const windowed = st.mul(framed, window);
  return st.matMul(windowed, basis);                                 // [B, F, K]
}
export const spectrum = frames(st.randomNormal([2, 1024]), st.ones([W]), st.randomNormal([W, K]));
