// cause: 2 generic (new family): InfoNCE written as a tfjs-style method chain in a generic helper over the
// batch and the embedding width: normalise, similarity with the transposed second view, scale by 1 / tau.
// expect: ok
import * as st from '../../src/index.js';

export function infoNceLogits<B extends number, D extends number>(z1: st.Tensor<[B, D]>, z2: st.Tensor<[B, D]>, tau: number) {
  const n1 = z1.div(z1.square().sum(-1, true).sqrt());
  const n2 = z2.div(z2.square().sum(-1, true).sqrt());
  return n1.matMul(n2, false, true).div(tau);                                    // [B, B]
}
export const logits: st.Tensor<[16, 16]> = infoNceLogits(st.randomNormal([16, 64]), st.randomNormal([16, 64]), 0.07);
