// configs. Widening goes one way only: a layer whose dims are known only at run time (from a JSON config) is not
// a layer of literal dims, so a helper written for the 128-wide projection does not take it.
// expect: Linear<number, number
import * as st from '../../src/index.js';

function scaleQuery(layer: st.Linear<128, 128>, x: st.Tensor<[2, 16, 128]>): st.Tensor<[2, 16, 128]> {
  return st.mul(layer.forward(x), 0.5);
}
declare const json: { dim: number };
const dim: number = json.dim;
const q = new st.Linear(dim, dim, new st.SeedSequence(3), 'default');
export const y = scaleQuery(q, st.zeros([2, 16, 128])); // error
