// cause: 9 named dims (new family): a spectrogram with named frame (F) and frequency-bin (K) axes, both 33: a
// mel filterbank [K, M] applied to the transposed spectrogram [B, K, F] multiplies frames by bins.
// expect: matMul: inner dimensions differ (F=33 vs K=33)
import * as st from '../../src/index.js';

type B = st.Named<'B', 2>; type F = st.Named<'F', 33>; type K = st.Named<'K', 33>; type M = st.Named<'M', 40>;
declare const power: st.Tensor<[B, F, K]>;
declare const mel: st.Tensor<[K, M]>;
export const melSpec = st.matMul(st.transpose(power, [0, 2, 1]), mel); // error
