// cause: 2 generic code. Stacking two per-example vectors [B] (say, two losses) into [2, B].
// expect: ok
import * as st from '../../src/index.js';

function pair<B extends number>(a: st.Tensor<[B]>, b: st.Tensor<[B]>): st.Tensor<[2, B]> {
  return st.stack([a, b]);
}
export const both = pair(st.zeros([8]), st.ones([8]));
