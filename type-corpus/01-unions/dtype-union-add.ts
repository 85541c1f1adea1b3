// cause: 1 union inference. A dtype chosen at run time is a union; adding it to float32 must not pass.
// expect: add: dtypes differ
// expect: int32
import * as st from '../../src/index.js';

function counts(asFloat: boolean) {
  return st.zeros([4, 16], asFloat ? 'float32' : 'int32');
}
const c = counts(process.argv.includes('--float'));
const bias = st.ones([4, 16]);
export const shifted = st.add(c, bias); // error
