// cause: 6 literal facts. range with step 0 never ends.
// expect: range: step must not be 0
import * as st from '../../src/index.js';

export const positions = st.range(0, 16, 0, 'int32'); // error
