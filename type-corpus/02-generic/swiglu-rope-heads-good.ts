// cause: 2 generic code (swiglu, rotaryEmbeddingHeads, rotaryEmbedding), good. A Llama block written
// with the fused ops in a layer generic over batch, time, heads and head dim: q and k split by head and rotated
// in one op, the scores causally masked, the FFN through swiglu.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function attention<B extends number, T extends number, H extends number, Dh extends number>(
  q: st.Tensor<[B, T, H, Dh]>, k: st.Tensor<[B, T, H, Dh]>, v: st.Tensor<[B, H, T, Dh]>, start: number,
) {
  const [, t] = q.shape;
  const qh = st.rotaryEmbeddingHeads(q, start);
  const kh = st.rotaryEmbeddingHeads(k, start);
  const scores = st.where(st.causalMask(t), st.matMul(qh, kh, false, true), -1e9);
  return st.matMul(st.softmax(scores), v);
}
function ffn<L extends st.Shape, D extends number, F extends number>(x: st.Tensor<[...L, D]>, wg: st.Tensor<[D, F]>, wu: st.Tensor<[D, F]>, wd: st.Tensor<[F, D]>) {
  return st.linear(st.swiglu(st.linear(x, wg), st.linear(x, wu)), wd);
}
const out = attention(st.zeros([1, 8, 4, 16]), st.zeros([1, 8, 4, 16]), st.zeros([1, 4, 8, 16]), 0);
export const attended: Eq<typeof out.shape, [1, 4, 8, 16]> = true;
const h = ffn(st.zeros([1, 8, 64]), st.zeros([64, 172]), st.zeros([64, 172]), st.zeros([172, 64]));
export const mlp: Eq<typeof h.shape, [1, 8, 64]> = true;
export const rotated = st.rotaryEmbedding(st.zeros([1, 4, 8, 16]), 3, 500000);
