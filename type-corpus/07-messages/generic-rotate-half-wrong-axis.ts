// cause: 7 messages. RoPE's rotate-half on [B, H, T, Dh] queries splits along axis 4 (one past the head dim): split's axis sentence over the user's dims, and no list of overloads under TypeScript 5.9.
// expect: split: axis 4 is out of range for [${B}, ${H}, ${T}, ${Dh}]
// expect-not: Overload 1 of
// expect-not: CheckedArg
import * as st from '../../src/index.js';

function rotateHalf<B extends number, H extends number, T extends number, Dh extends number>(q: st.Tensor<[B, H, T, Dh]>) {
  const halves = st.split(q, 2, 4); // error
  return halves;
}
export const rotate = rotateHalf;
