// broadcasting. Layer norm with the mean taken without keepDims: [4, 16, 64] minus [4, 16].
// expect: sub: shapes [4, 16, 64] and [4, 16] do not broadcast (64 vs 16)
import * as st from '../../src/index.js';

const x = st.randomNormal([4, 16, 64]);
const mu = st.mean(x, -1);
export const centered = st.sub(x, mu); // error
