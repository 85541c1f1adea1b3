// cause: 8 devices/dtypes. A padding mask built as arange(T)[None, :] < lengths[:, None]: range's default dtype
// is float32 (as tfjs), the lengths are int32; comparisons need one dtype.
// expect: less: dtypes differ (float32 vs int32)
import * as st from '../../src/index.js';

const lengths = st.tensor([12, 7, 16, 3], [4], 'int32');
const positions = st.expandDims(st.range(0, 16), 0);         // [1, 16] float32
const mask = st.less(positions, st.expandDims(lengths, 1)); // error
export const scores = st.where(st.expandDims(mask, 1), st.randomNormal([4, 16, 16]), -1e9);
