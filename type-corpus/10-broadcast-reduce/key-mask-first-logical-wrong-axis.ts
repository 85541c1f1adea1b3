// cause: 10 broadcast: a key-padding mask kept as [B, 1, T] (a 3-D mask), combined first with per-head
// scores' mask [B, H, T, T]: the lower-rank operand's dims must be the other's trailing ones or 1, and [B, 1, T]
// lines B up against H. Refused with the sentence, in generic code too.
// expect: logicalAnd: shapes [
// expect: do not broadcast
import * as st from '../../src/index.js';

export function combine<B extends number, H extends number, T extends number>(keep: st.Tensor<[B, 1, T], 'bool'>, allowed: st.Tensor<[B, H, T, T], 'bool'>) {
  return st.logicalAnd(keep, allowed); // error
}
