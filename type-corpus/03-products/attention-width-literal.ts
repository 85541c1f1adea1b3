// cause: 3 products. A literal model of the wrong width into the library's attention: the sentence gives the
// width it takes, with its factors.
// expect: Attention.forward: last dim 96 is not 2 x 2 x 32 = 128
import * as st from '../../src/index.js';

const attention = new st.Attention(2, 2, 32, new st.SeedSequence(0), 'default');
const rope = new st.RotaryEmbedding(32, 10000, 'default');
const x = st.zeros([1, 4, 96]);
export const y = attention.forward(x, rope); // error
