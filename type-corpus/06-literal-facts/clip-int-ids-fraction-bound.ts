// cause: 6 literal facts. Clamping token ids into the vocabulary with a fractional upper bound (vocab - 0.5).
// expect: clipByValue
import * as st from '../../src/index.js';

function clampIds<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>) {
  return st.clipByValue(ids, 0, 31999.5); // error
}
export const ids = clampIds(st.zeros([2, 8], 'int32'));
