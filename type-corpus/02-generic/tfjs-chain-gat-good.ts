// cause: 2 generic (new family): a graph attention layer written tfjs-style with methods in a generic helper:
// the outer sum of source and destination scores ([N, 1] + [1, N]), LeakyReLU, the adjacency mask, softmax.
// expect: ok
import * as st from '../../src/index.js';

export function gatMethods<N extends number, F extends number, O extends number>(
  h: st.Tensor<[N, F]>, adjacency: st.Tensor<[N, N], 'bool'>, w: st.Tensor<[F, O]>, aSrc: st.Tensor<[O, 1]>, aDst: st.Tensor<[O, 1]>,
): st.Tensor<[N, O]> {
  const wh = h.matMul(w);
  const e = wh.matMul(aSrc).add(wh.matMul(aDst).transpose());
  return e.maximum(e.mul(0.2)).where(adjacency, -1e9).softmax(-1).matMul(wh);
}
