// cause: 7 messages: concatenating two [B, T] id batches along axis 2 (a [B, T, D] habit).
// expect: concat
import * as st from '../../src/index.js';

const a = st.tensor(new Int32Array(8), [2, 4], 'int32');
const b = st.tensor(new Int32Array(8), [2, 4], 'int32');
export const c = st.concat([a, b], 2); // error
