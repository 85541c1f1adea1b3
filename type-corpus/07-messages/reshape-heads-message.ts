// cause: 7 messages. Splitting 4 x 16 x 512 into 6 heads of 64: the element counts, in a sentence.
// expect: reshape: 32768 elements cannot become [4, 16, 6, 64] (24576)
import * as st from '../../src/index.js';

const q = st.randomNormal([4, 16, 512]);
export const heads = st.reshape(q, [4, 16, 6, 64]); // error
