// cause: 2 generic. nanoGPT's CausalSelfAttention written the way the original does it in generic code: the
// causal buffer registered once as tril(ones(T, T)).view(1, 1, T, T), the scores [B, H, T, T] masked with
// masked_fill(bias == 0, -inf) as where(bias, att, -1e9), softmax, attention dropout, att @ v.
// expect: ok
import * as st from '../../src/index.js';

class CausalSelfAttention<H extends number, Dh extends number, T extends number> {
  readonly bias: st.Tensor<[1, 1, T, T], 'bool'>;
  constructor(readonly heads: H, readonly headDim: Dh, readonly blockSize: T) {
    this.bias = st.expandDims(st.expandDims(st.causalMask(blockSize), 0), 0);
  }
  attend<B extends number>(q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, T, Dh]>, v: st.Tensor<[B, H, T, Dh]>, seed: number): st.Tensor<[B, H, T, Dh]> {
    const att = st.mul(st.matMul(q, k, false, true), 1 / Math.sqrt(this.headDim));
    const masked = st.where(this.bias, att, -1e9);
    const weights = st.dropout(st.softmax(masked, -1), 0.1, seed);
    return st.matMul(weights, v);
  }
}
const attn = new CausalSelfAttention(4, 16, 32);
const q = st.randomNormal([2, 4, 32, 16]);
export const y: st.Tensor<[2, 4, 32, 16]> = attn.attend(q, q, q, 7);
