// cause: 6 literal facts. RoPE rotates pairs: a head dim of 33 is an error the compiler can see.
// expect: rotaryEmbedding: headDim must be even (RoPE rotates pairs), got 33
import * as st from '../../src/index.js';

const q = st.randomNormal([2, 4, 16, 33]);
export const rotated = st.rotaryEmbedding(q, 0, 10000); // error
