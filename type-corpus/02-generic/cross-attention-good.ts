// cause: 2 generic: encoder-decoder cross attention: decoder queries over T positions attend to S encoder
// positions (S and T independent), heads split and merged in a generic layer.
// expect: ok
import * as st from '../../src/index.js';

export function crossAttention<B extends number, T extends number, S extends number, H extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, memoryK: st.Tensor<[B, H, S, Dh]>, memoryV: st.Tensor<[B, H, S, Dh]>, padMask: st.Tensor<[B, 1, 1, S]>,
) {
  const scores = st.add(st.mul(st.matMul(q, memoryK, false, true), 0.125), padMask);
  const ctx = st.matMul(st.softmax(scores), memoryV);
  const [b, h, t, dh] = ctx.shape;
  return st.reshape(st.transpose(ctx, [0, 2, 1, 3]), [b, t, st.dimMul(h, dh)]);
}
export const y: st.Tensor<[2, 10, 512]> = crossAttention(
  st.randomNormal([2, 8, 10, 64]), st.randomNormal([2, 8, 37, 64]), st.randomNormal([2, 8, 37, 64]), st.zeros([2, 1, 1, 37]));
