// cause: 7 messages (new family): STFT framing as a tfjs method chain where the window was sliced to the hop
// length (32) rather than the frame length (64); the sentence names both shapes.
// expect: mul: shapes [2, 31, 64] and [32] do not broadcast (64 vs 32)
import * as st from '../../src/index.js';

export function windowed(frames: st.Tensor<[2, 31, 64]>, hann: st.Tensor<[64]>) {
  const w = hann.slice([0], [32]);
  return frames.mul(w); // error
}
