// cause: 2 generic (new family): a Perceiver's latent cross-attention in generic code: a learned latent array
// [N, D] tiled over the batch as queries, keys and values projected from the [B, M, D] inputs, single-head
// scores [B, N, M] with a padding mask [B, 1, M], softmax over the inputs, and the latents updated residually.
// expect: ok
import * as st from '../../src/index.js';

function crossAttend<B extends number, M extends number, N extends number, D extends number>(
  latents: st.Tensor<[N, D]>, inputs: st.Tensor<[B, M, D]>, pad: st.Tensor<[B, 1, M], 'bool'>,
  wk: st.Tensor<[D, D]>, wv: st.Tensor<[D, D]>, scale: number,
): st.Tensor<[B, N, D]> {
  const [b] = inputs.shape;
  const q = st.tile(st.expandDims(latents, 0), [b, 1, 1]);               // [B, N, D]
  const k = st.matMul(inputs, wk);
  const v = st.matMul(inputs, wv);
  const scores = st.mul(st.matMul(q, k, false, true), scale);           // [B, N, M]
  const attn = st.softmax(st.where(pad, scores, -1e9), -1);
  return st.add(q, st.matMul(attn, v));
}
export const z: st.Tensor<[4, 32, 64]> = crossAttend(
  st.randomNormal([32, 64]), st.randomNormal([4, 500, 64]), st.ones([4, 1, 500], 'bool'),
  st.randomNormal([64, 64]), st.randomNormal([64, 64]), 1 / 8,
);
