// cause: 6 literal facts (scalar into int32). A warm-up schedule keeps its step as an int32 scalar and starts
// it at 0.5 "to avoid a zero learning rate at step 0": it would start at 0.
// expect: scalar: 0.5 is not an integer, but the dtype is int32
import * as st from '../../src/index.js';

const step = st.variable(st.scalar(0.5, 'int32')); // error
export function lr(peak: number, warmup: number) {
  return st.mul(st.div(st.cast(step, 'float32'), warmup), peak);
}
