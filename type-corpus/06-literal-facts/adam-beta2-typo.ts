// cause: 6 literal facts. Adam's beta2 written as 999 (meant 0.999): the moments would diverge; refused at run time and by the compiler.
// expect: optimizer: beta2 must be in [0, 1), got 999
import * as st from '../../src/index.js';

export const opt = new st.Adam({ learningRate: 3e-4, beta1: 0.9, beta2: 999 }); // error
