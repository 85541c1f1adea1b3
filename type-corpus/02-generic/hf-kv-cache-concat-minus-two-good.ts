// cause: 2 generic code. A Hugging Face style key/value cache: the past keys and values grow along dim=-2
// (`torch.cat([past_key, key], dim=-2)`), for any batch, heads, cached length and head dim.
// expect: ok
import * as st from '../../src/index.js';

interface Past<B extends number, H extends number, P extends number, Dh extends number> {
  keys: st.Tensor<[B, H, P, Dh]>;
  values: st.Tensor<[B, H, P, Dh]>;
}
function extend<B extends number, H extends number, P extends number, T extends number, Dh extends number>(
  past: Past<B, H, P, Dh>, k: st.Tensor<[B, H, T, Dh]>, v: st.Tensor<[B, H, T, Dh]>,
): Past<B, H, st.Add<P, T>, Dh> {
  return { keys: st.concat([past.keys, k], -2), values: st.concat([past.values, v], -2) };
}
const past = { keys: st.zeros([1, 4, 6, 16]), values: st.zeros([1, 4, 6, 16]) };
export const next: Past<1, 4, 7, 16> = extend(past, st.randomNormal([1, 4, 1, 16]), st.randomNormal([1, 4, 1, 16]));
