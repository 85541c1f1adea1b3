// cause: 7 messages. Positions (int32) added to embeddings (float32): the dtype sentence with the cast hint.
// expect: add: dtypes differ (int32 vs float32); cast one with cast(x, 'int32')
import * as st from '../../src/index.js';

const positions = st.range(0, 16, 1, 'int32');
const emb = st.randomNormal([16]);
export const x = st.add(positions, emb); // error
