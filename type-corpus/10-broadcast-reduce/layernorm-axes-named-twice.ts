// cause: 10 reduce: a layer norm over the feature axis written with both spellings of it ([2, -1] on [B, T, D],
// meant as "the last axis"): the axis is reduced once in NumPy's eyes, twice here, and tfjs returned a wrong shape.
// expect: mean: axes [2, -1] name axis 2 of [8, 16, 64] twice
import * as st from '../../src/index.js';

const x = st.randomNormal([8, 16, 64]);
export const mu = st.mean(x, [2, -1], true); // error
