// cause: 2 generic: the classic attention bug, merging the heads back without transposing first
// (`out.reshape(b, t, dim)` on [B, H, T, Dh] instead of `out.transpose(1, 2).reshape(b, t, dim)`): the element count
// agrees, so PyTorch runs it and the model trains a little worse. Refused: [B, H, T, Dh] to [B, T, H * Dh] is not a
// regrouping of the tensor's dims in their order. The refused reshape is typed as the shape asked for, so the output
// projection on the next line is not a second error.
// expect: reshape: [
// expect: to [
// expect: cannot be checked over generic dims
import * as st from '../../src/index.js';
import { Linear, Module, SeedSequence } from '../../src/index.js';

export class SelfAttention<H extends number, Dh extends number> extends Module {
  readonly qkv: Linear<st.Mul<H, Dh>, st.Mul<3, st.Mul<H, Dh>>>;
  readonly proj: Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  readonly dim: st.Mul<H, Dh>;
  constructor(readonly heads: H, readonly headDim: Dh, seeds: SeedSequence) {
    super();
    this.dim = st.dimMul(heads, headDim);
    this.qkv = new Linear(this.dim, st.dimMul(3, this.dim), seeds, 'default');
    this.proj = new Linear(this.dim, this.dim, seeds, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<H, Dh>]>, b: B, t: T): st.Tensor<[B, T, st.Mul<H, Dh>]> {
    const [q, k, v] = st.split(this.qkv.forward(x), 3, -1);
    const heads = (y: st.Tensor<[B, T, st.Mul<H, Dh>]>) => st.transpose(st.reshape(y, [b, t, this.heads, this.headDim]), [0, 2, 1, 3]);
    const scores = st.mul(st.matMul(heads(q), heads(k), false, true), 1 / Math.sqrt(this.headDim));
    const out = st.matMul(st.softmax(st.add(scores, st.causalBias(t, t)), -1), heads(v));
    const merged = st.reshape(out, [b, t, this.dim]); // error
    return this.proj.forward(merged);
  }
}
