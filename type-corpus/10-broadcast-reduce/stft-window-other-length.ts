// cause: 10 broadcast/reduce (new family): STFT framing with frames of 64 samples but the Hann window built for
// n_fft = 128: windowing [2, 31, 64] frames by a [128] window.
// expect: mul: shapes [2, 31, 64] and [128] do not broadcast (64 vs 128)
import * as st from '../../src/index.js';

const nFft = 128, W = 64, hop = 32;
const hann = st.mul(st.sub(1, st.cos(st.mul(st.range(0, nFft), (2 * Math.PI) / nFft))), 0.5);

export function stft(signal: st.Tensor<[2, 1024]>) {
  const chunks: st.Tensor<[2, 64]>[] = [];
  for (let f = 0; f < 31; f++) chunks.push(st.slice(signal, [0, f * hop], [-1, W]));
  const framed = st.withShape(st.stack(chunks, 1), [2, 31, W]);
  return st.mul(framed, hann); // error
}
