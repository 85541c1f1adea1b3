// cause: 8 dtypes (new family): sequence packing where the segment ids came from a float32 cumsum of document
// starts while the padding segment is an int32 tensor: comparing them is refused (no silent cast).
// expect: equal: dtypes differ (float32 vs int32); cast one with cast(x, 'float32')
import * as st from '../../src/index.js';

export function notPadding(starts: st.Tensor<[4, 128]>, padSegment: st.Tensor<[4, 128], 'int32'>) {
  const segments = st.cumsum(starts, 1);
  return st.logicalNot(st.equal(segments, padSegment)); // error
}
