// cause: 6 literal facts: argMax over axis 0 in a helper generic over the whole shape (a scalar is refused only where
// the shape is known), then over the vocabulary of [B, V] logits.
// expect: ok
import * as st from '../../src/index.js';

export function firstAxisWinner<S extends st.Shape>(x: st.Tensor<S>) {
  return st.argMax(x);
}
export const winners = firstAxisWinner(st.randomNormal([4, 65]));
export const tokens: st.Tensor<[2], 'int32'> = st.argMax(st.randomNormal([2, 65]), -1);
export const viaMethod = st.randomNormal([3, 5]).argMin();
