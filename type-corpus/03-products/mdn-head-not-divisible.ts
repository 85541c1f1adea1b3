// cause: 3 products (new family): a mixture density head of width 10 (two parameters per component, the log
// scales forgotten) split into the three parameter groups.
// expect: split
// expect: 10
import * as st from '../../src/index.js';

const head = st.randomNormal([64, 10]);
export function mdnParams(h: st.Tensor<[32, 64]>) {
  return st.split(st.matMul(h, head), 3, -1); // error
}
