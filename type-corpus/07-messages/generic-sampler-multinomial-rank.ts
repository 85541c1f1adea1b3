// cause: 7 messages. A generic sampler draws the next token from [B, T, V] logits of every position instead of the last one ([B, V]): multinomial's rank sentence over the user's dims, not a FirstError/DTypeIs dump.
// expect: multinomial: logits must be [classes] or [batch, classes], got [${B}, ${T}, ${V}]
// expect-not: DTypeOfT
import * as st from '../../src/index.js';

function sampleNext<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>, temperature: number, seed: number) {
  const scaled = st.div(logits, temperature);
  return st.multinomial(scaled, 1, seed); // error
}
export const sample = sampleNext;
