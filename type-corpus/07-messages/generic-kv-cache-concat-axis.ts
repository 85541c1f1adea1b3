// cause: 7 messages. A generic key/value cache appends the new step along axis 4 of [B, H, S, Dh] (the time axis is 2): concat's axis sentence over the user's dims, not a claim that the shapes differ, and no overload list under TypeScript 5.9.
// expect: concat: axis 4 is out of range for [${B}, ${H}, ${S}, ${Dh}]
// expect-not: Overload 1 of
// expect-not: differ off
import * as st from '../../src/index.js';

function appendStep<B extends number, H extends number, S extends number, Dh extends number>(
  cache: st.Tensor<[B, H, S, Dh]>, step: st.Tensor<[B, H, 1, Dh]>,
) {
  return st.concat([cache, step], 4); // error
}
export const append = appendStep;
