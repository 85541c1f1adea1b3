// cause: 10 broadcast/reduce (new family): a graph attention layer (GAT): Wh = h W, e_ij = LeakyReLU(a1 . Wh_i +
// a2 . Wh_j) as a [N, 1] + [1, N] outer sum, non-edges masked by the adjacency before the softmax, then
// attention-weighted neighbours.
// expect: ok
import * as st from '../../src/index.js';

const N = 50, F = 16, Fo = 8;
const W = st.randomNormal([F, Fo]);
const a1 = st.randomNormal([Fo, 1]);
const a2 = st.randomNormal([Fo, 1]);
const leakyRelu = <S extends st.Shape>(x: st.Tensor<S>): st.Tensor<S> => st.maximum(x, st.mul(x, 0.2));

export function gatLayer(h: st.Tensor<[50, 16]>, adjacency: st.Tensor<[50, 50], 'bool'>) {
  const wh = st.matMul(h, W);                                            // [N, Fo]
  const e = leakyRelu(st.add(st.matMul(wh, a1), st.transpose(st.matMul(wh, a2))));   // [N, N]
  const att = st.softmax(st.where(adjacency, e, -1e9), -1);
  return st.relu(st.matMul(att, wh));                                    // [N, Fo]
}
export const out: st.Tensor<[50, 8]> = gatLayer(st.randomNormal([N, F]), st.greater(st.randomUniform([N, N]), 0.9));
