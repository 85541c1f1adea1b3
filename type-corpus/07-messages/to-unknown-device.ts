// cause: 7 messages: moving a tensor to 'gpu' (PyTorch's cuda habit) when the backends are default and cpu.
// expect: gpu
import * as st from '../../src/index.js';

const x = st.randomNormal([2, 3]);
export const y = x.to('gpu'); // error
