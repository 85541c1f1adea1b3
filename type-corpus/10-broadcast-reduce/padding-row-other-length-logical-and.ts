// cause: 10 broadcast (logical ops). The keep mask of a decoder step: a causal [T, T] mask and-ed with the key
// padding row of the *source* sequence ([1, S], S the encoder's length): the row only broadcasts over T keys.
// expect: logicalAnd: shapes
// expect: do not broadcast
import * as st from '../../src/index.js';

export function keep<T extends number, S extends number>(t: T, sourcePad: st.Tensor<[1, S], 'bool'>) {
  const causal = st.causalMask(t);
  return st.logicalAnd(causal, sourcePad); // error
}
