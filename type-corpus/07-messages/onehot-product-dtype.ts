// cause: 7 messages. A one-hot (int32 by default) times an embedding table: the sentence, no DeviceCheck dump.
// expect: matMul: tensor must be float32, got int32
import * as st from '../../src/index.js';

const ids = st.zeros([4, 16], 'int32');
const table = st.randomNormal([65, 32]);
const hot = st.oneHot(ids, 65);
export const embedded = st.matMul(hot, table); // error
