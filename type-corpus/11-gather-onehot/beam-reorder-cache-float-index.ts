// cause: 11 gather/oneHot. The beam indices recovered from topk's flat index by a float division (beam = idx / V)
// without the cast back to int32, then used to reorder the cache.
// expect: gather: indices must be int32, got float32
import * as st from '../../src/index.js';

const vocab = 65;
const { indices } = st.topk(st.randomNormal([2, 4 * vocab]), 4);
const beam = st.div(st.cast(indices, 'float32'), vocab);
export const next = st.gather(st.randomNormal([8, 4, 12, 16]), st.reshape(beam, [-1]), 0); // error
