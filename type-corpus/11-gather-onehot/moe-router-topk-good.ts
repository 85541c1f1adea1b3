// cause: 11 gather: a mixture-of-experts router: softmax over 8 experts per token, the top 2 kept, their weights
// renormalised, and each token's expert ids gathered from a table of expert biases.
// expect: ok
import * as st from '../../src/index.js';

export function route<N extends number, D extends number>(x: st.Tensor<[N, D]>, router: st.Tensor<[D, 8]>, expertBias: st.Tensor<[8, D]>) {
  const probs = st.softmax(st.matMul(x, router));
  const { values, indices } = st.topk(probs, 2);
  const weights = st.div(values, st.sum(values, -1, true));
  const biases = st.gather(expertBias, indices);
  return { weights, biases };
}
const r = route(st.randomNormal([16, 64]), st.randomNormal([64, 8]), st.randomNormal([8, 64]));
export const w: st.Tensor<[16, 2]> = r.weights;
export const b: st.Tensor<[16, 2, 64]> = r.biases;
