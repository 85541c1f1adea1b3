// cause: 6 literal facts. An int32 tensor times 0.5 gives zeros in tfjs: a literal fraction on int32 is an error.
// expect: mul:
// expect: 0.5
// expect: int32
import * as st from '../../src/index.js';

const counts = st.oneHot(st.zeros([8], 'int32'), 10);
export const halved = st.mul(counts, 0.5); // error
