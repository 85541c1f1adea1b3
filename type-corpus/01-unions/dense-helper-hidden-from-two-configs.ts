// cause: 1 unions (a dim inferred from two places in a user's layer). A two-layer MLP helper whose hidden width H
// appears in both weights: the caller builds w1 from one config (hidden 512) and w2 from another (hidden 256).
// expect: a dim was inferred as 256 | 512
import * as st from '../../src/index.js';

function mlp<B extends number, I extends number, H extends number, O extends number>(
  x: st.Tensor<[B, I]>, w1: st.Tensor<[I, H]>, w2: st.Tensor<[H, O]>,
) {
  return st.matMul(st.gelu(st.matMul(x, w1)), w2);
}
const small = { hidden: 256 } as const;
const large = { hidden: 512 } as const;
export const y = mlp(st.zeros([8, 64]), st.randomNormal([64, large.hidden]), st.randomNormal([small.hidden, 10])); // error
