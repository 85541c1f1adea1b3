// cause: 2 generic code. Prompt tuning's prefix taken back off the sequence: the first n positions and the rest,
// `split(h, [n, -1], 1)` with n the caller's prefix length. The -1 is the rest of the time axis, Sub<T, P>, so the
// rest keeps its relation to T in generic code; the fit is checked at run time.
// expect: ok
import * as st from '../../src/index.js';

function dropPrefix<B extends number, T extends number, D extends number, P extends number>(h: st.Tensor<[B, T, D]>, prefix: P) {
  const [head, rest] = st.split(h, [prefix, -1], 1);
  const prefixPart: st.Tensor<[B, P, D]> = head;
  const tokens: st.Tensor<[B, st.Sub<T, P>, D]> = rest;
  return { prefixPart, tokens };
}
const out = dropPrefix(st.randomNormal([2, 10, 16]), 4);
export const shapes: [[2, 4, 16], [2, 6, 16]] = [out.prefixPart.shape, out.tokens.shape];
