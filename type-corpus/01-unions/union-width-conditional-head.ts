// cause: 1 unions (the branches of a conditional). A "small or base" switch picks the encoder's width at run
// time, but the classifier head is built for the base width only; one branch does not fit. (linear, as the ops
// other than matMul and where, infers one shape from a union of tensors: TypeScript's text names the branch.)
// expect: Type '[16, 768]' is not assignable to type '[16, 384]'
import * as st from '../../src/index.js';

declare function encoder<D extends number>(width: D): st.Tensor<[16, D]>;
const small = process.argv.includes('--small');
const pooled = small ? encoder(384) : encoder(768);
const head = st.randomNormal([768, 3], 0, 0.02);
export const logits = st.linear(pooled, head); // error
