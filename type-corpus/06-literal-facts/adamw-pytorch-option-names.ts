// cause: 6 literal facts. AdamW configured with PyTorch's option names (lr, betas): neither is an option here
// (learningRate, beta1, beta2), so the run would silently use the defaults; the compiler names the unknown one.
// expect: 'lr' does not exist
import * as st from '../../src/index.js';

const w = st.variable(st.randomNormal([16, 4]));
export const opt = new st.AdamW({ lr: 3e-4, betas: [0.9, 0.95], weightDecay: 0.1 }); // error
console.log(w.shape);
