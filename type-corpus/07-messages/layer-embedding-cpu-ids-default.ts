// cause: 7 messages. A token table kept on the CPU (it is large) looked up with ids made on the default device.
// expect: Embedding.forward: the ids are on default, not on the layer's device
import * as st from '../../src/index.js';

const table = new st.Embedding(50_000, 64, new st.SeedSequence(0), 'cpu');
const ids = st.tensor(Int32Array.from([5, 17, 4, 9]), [1, 4], 'int32');
export const vectors = table.forward(ids); // error
