// cause: 7 messages. A generic sampler over the last position's [B, V] logits, a mask from lengths known at run time, and a head split of a product dim compile with no error.
// expect: ok
import * as st from '../../src/index.js';

function sample<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>, seed: number) {
  const [, t] = logits.shape;
  const last = st.squeeze(st.slice(logits, [0, t - 1, 0], [-1, 1, -1]), [1]);
  return st.multinomial(last, 1, seed);
}
function mask(queries: number, keys: number) {
  return st.causalMaskFor(queries, keys);
}
function heads<B extends number, T extends number, H extends number, Dh extends number>(x: st.Tensor<[B, T, st.Mul<H, Dh>]>, h: H, dh: Dh) {
  return st.splitLastDim(x, h, dh);
}
export const f = { sample, mask, heads };
