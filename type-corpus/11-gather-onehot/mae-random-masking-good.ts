// cause: 11 gather/one-hot (new family): MAE's random masking of ViT patches: per-example noise, the indices of
// the kept 25% (topk of the negated noise), the kept patches gathered per example (batch offsets added to a
// flattened index), and the binary mask of the removed ones.
// expect: ok
import * as st from '../../src/index.js';

const B = 8, L = 196, D = 768, keep = 49;
export function randomMasking(patches: st.Tensor<[8, 196, 768]>) {
  const noise = st.randomUniform([B, L], 0, 1, 'float32', 5);
  const { indices } = st.topk(st.neg(noise), keep);                                   // [B, 49]
  const offsets = st.mul(st.reshape(st.range(0, B, 1, 'int32'), [B, 1]), L);
  const flat = st.reshape(st.add(indices, offsets), [B * keep]);
  const kept = st.reshape(st.gather(st.reshape(patches, [B * L, D]), flat, 0), [B, keep, D]);
  const keptMask = st.sum(st.oneHot(indices, L, 1, 0, 'float32'), 1);                 // [B, L]
  return { kept, mask: st.sub(1, keptMask) };
}
