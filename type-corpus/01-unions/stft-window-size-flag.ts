// cause: 1 unions (new family): an STFT whose frame length depends on a quality flag (512 or 256) while the frames
// were cut at 256 samples: the window is a tensor of one of two lengths, and the branch that does not fit is named.
// expect: mul: shapes [2, 61, 256] and [512] do not broadcast (256 vs 512)
import * as st from '../../src/index.js';

declare const highQuality: boolean;
export function windowFrames(frames: st.Tensor<[2, 61, 256]>) {
  const window = highQuality ? st.ones([512]) : st.ones([256]);
  return st.mul(frames, window); // error
}
