// cause: 6 literal facts. A nested literal written as 2 rows of 3 given the shape [3, 2]: tfjs refuses
// a nested literal whose nesting disagrees with the shape.
// expect: tensor: values nested as [2, 3] do not fit shape [3, 2]
import * as st from '../../src/index.js';

const w = st.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], [3, 2]); // error
export const y = st.matMul(st.ones([4, 3]), w);
