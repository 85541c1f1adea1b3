// cause: 1 union inference. A dtype chosen by a flag (int32 counts or float32 weights) scaled by a float32 tensor.
// expect: mul: dtypes differ
// expect: float32 | int32
import * as st from '../../src/index.js';

const asCounts = process.argv.includes('--counts');
const hist = st.zeros([10, 65], asCounts ? 'int32' : 'float32');
const scale = st.fill([10, 65], 0.5);
export const weighted = st.mul(hist, scale); // error
