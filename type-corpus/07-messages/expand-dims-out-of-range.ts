// cause: 7 messages: expandDims at axis 4 of a [B, T] mask to make it [B, 1, 1, T].
// expect: expandDims
import * as st from '../../src/index.js';

const mask = st.ones([2, 16]);
export const m = st.expandDims(mask, 4); // error
