// cause: 6 literal facts. A dropout rate of 1.5 (a percent typed as a fraction) is never valid.
// expect: dropout: rate must be in [0, 1), got 1.5
import * as st from '../../src/index.js';

const h = st.randomNormal([4, 16, 64]);
export const dropped = st.dropout(h, 1.5); // error
