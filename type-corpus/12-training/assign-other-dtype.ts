// variables. An int32 step counter assigned a float32 value.
// expect: Variable.assign: the value must have the variable's shape, dtype and device
// expect: "int32"
// expect: "float32"
import * as st from '../../src/index.js';

const steps = st.variable(st.zeros([], 'int32'), false);
steps.assign(st.add(st.zeros([]), 1)); // error
