// cause: 2 generic code. The end of nanoGPT's attention: the heads moved back next to each other and merged
// with `y.transpose(1, 2).contiguous().view(B, T, -1)`, then the output projection of width H * Dh.
// expect: ok
import * as st from '../../src/index.js';

function mergeHeads<B extends number, H extends number, T extends number, Dh extends number>(
  y: st.Tensor<[B, H, T, Dh]>, proj: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>,
): st.Tensor<[B, T, st.Mul<H, Dh>]> {
  const [b, , t] = y.shape;
  const merged = st.reshape(st.transpose(y, [0, 2, 1, 3]), [b, t, -1]);
  return proj.forward(merged);
}
const proj = new st.Linear(64, 64, new st.SeedSequence(0), 'default');
export const out: st.Tensor<[2, 8, 64]> = mergeHeads(st.randomNormal([2, 4, 8, 16]), proj);
