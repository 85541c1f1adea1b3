// dtypes. Position ids from range (float32 by default) used to look up a position embedding.
// expect: gather: indices must be int32, got float32
import * as st from '../../src/index.js';

const posTable = st.randomNormal([64, 32]);
const positions = st.range(0, 16);
export const pos = st.gather(posTable, positions); // error
