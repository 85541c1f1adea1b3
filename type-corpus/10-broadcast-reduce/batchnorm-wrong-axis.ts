// reductions. Batch statistics taken over the feature axis (1) instead of the batch axis (0), then broadcast back.
// expect: sub: shapes [32, 64] and [32] do not broadcast (64 vs 32)
import * as st from '../../src/index.js';

const x = st.randomNormal([32, 64]);
const mu = st.mean(x, 1);
export const centered = st.sub(x, mu); // error
