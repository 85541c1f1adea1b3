// cause: 7 messages. A prediction helper over [B, C] logits takes argMax over axis 2 (the class axis of the [B, T, C] helper it was copied from): argMax's axis sentence over the user's dims.
// expect: argMax: axis 2 is out of range for [${B}, ${C}]
// expect-not: ErrorOf
import * as st from '../../src/index.js';

function predictions<B extends number, C extends number>(logits: st.Tensor<[B, C]>, temperature: number) {
  const scaled = st.div(logits, temperature);
  return st.argMax(scaled, 2); // error
}
export const predict = predictions;
