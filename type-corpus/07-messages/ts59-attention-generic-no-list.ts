// cause: 7 messages. Generic attention with keys of another head dim: under TypeScript 5.9 too, one attention sentence, no list of overloads.
// expect: scaledDotProductAttention: q [${B}, ${H}, ${T}, ${Dh}], k [${B}, ${H}, ${S}, ${Dk}] and v [${B}, ${H}, ${S}, ${Dk}] do not fit
// expect-not: Overload 1 of
import * as st from '../../src/index.js';

function attend<B extends number, H extends number, T extends number, S extends number, Dh extends number, Dk extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, S, Dk]>, v: st.Tensor<[B, H, S, Dk]>,
) {
  return st.scaledDotProductAttention(q, k, v, { repeats: 1 }); // error
}
export const f = attend;
