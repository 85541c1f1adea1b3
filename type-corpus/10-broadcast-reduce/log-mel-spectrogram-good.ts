// cause: 10 broadcast/reduce (new family): a log-mel spectrogram from STFT magnitudes: power = re^2 + im^2 over
// [B, F, K], the mel filterbank [K, M] as a matmul, log of the clamped energies, per-utterance mean removed.
// expect: ok
import * as st from '../../src/index.js';

const melBank = st.randomUniform([257, 80]);
export function logMel(re: st.Tensor<[4, 100, 257]>, im: st.Tensor<[4, 100, 257]>) {
  const power = st.add(st.square(re), st.square(im));
  const mel = st.matMul(power, melBank);                                             // [4, 100, 80]
  const logE = st.log(st.maximum(mel, 1e-10));
  return st.sub(logE, st.mean(logE, 1, true));                                       // CMN over frames
}
export const feats: st.Tensor<[4, 100, 80]> = logMel(st.randomNormal([4, 100, 257]), st.randomNormal([4, 100, 257]));
