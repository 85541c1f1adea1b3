// cause: 2 generic: a deep residual stack written with a loop over typed layer weights of one width; the
// running activation keeps its [B, T, D] type through the loop variable.
// expect: ok
import * as st from '../../src/index.js';

export function stack<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, ws: st.Tensor<[D, D]>[]) {
  let h = x;
  for (const w of ws) h = st.add(h, st.relu(st.matMul(h, w)));
  return h;
}
export const y: st.Tensor<[2, 8, 32]> = stack(st.randomNormal([2, 8, 32]), [st.randomNormal([32, 32]), st.randomNormal([32, 32])]);
