// cause: 2 generic code. nanoGPT's `q, k, v = self.c_attn(x).split(self.n_embd, dim=2)` with a literal width:
// a generic [B, T, 3 * 64] projection split into three [B, T, 64] parts, heads split off each.
// expect: ok
import * as st from '../../src/index.js';

function qkv<B extends number, T extends number>(x: st.Tensor<[B, T, 64]>, wAttn: st.Tensor<[64, 192]>) {
  const [q, k, v] = st.split(st.matMul(x, wAttn), [64, 64, 64], -1);
  const heads = (t: st.Tensor<[B, T, 64]>) => st.transpose(st.splitLastDim(t, 4, 16), [0, 2, 1, 3]);
  return st.scaledDotProductAttention(heads(q), heads(k), heads(v), { causal: true });
}
export const y: st.Tensor<[2, 4, 8, 16]> = qkv(st.randomNormal([2, 8, 64]), st.randomNormal([64, 192]));
