// cause: 6 literal facts (a fraction against int32, in generic code). Position ids of any batch and length
// scaled by 0.5 for position interpolation (to stretch a 2k context to 4k) while still int32: tfjs would turn
// 0.5 into 0 and zero every position. The sentence is the int32 one, not a claim about the shapes.
// expect: mul: 0.5 is not an integer, but the tensor is int32
// expect-not: do not broadcast
import * as st from '../../src/index.js';

export function interpolatedPositions<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>) {
  const [b, t] = ids.shape;
  const positions = st.tile(st.expandDims(st.range(0, t, 1, 'int32'), 0), [b, 1]);
  return st.mul(positions, 0.5); // error
}
