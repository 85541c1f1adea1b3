// cause: 6 literal facts (tensor values into int32). A hand-written table of token-type ids for a prompt
// template, typed int32, with one entry written as 0.5 ("half segment" for a separator): it would become 0.
// expect: tensor: value 0.5 is not an integer, but the dtype is int32
import * as st from '../../src/index.js';

const typeIds = st.tensor([[0, 0, 0, 0.5, 1, 1, 1, 1]], [1, 8], 'int32'); // error
export const types = st.gather(st.randomNormal([2, 64]), typeIds);
