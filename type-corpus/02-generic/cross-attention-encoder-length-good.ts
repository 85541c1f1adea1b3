// cause: 2 generic code. Encoder-decoder cross-attention in the user's own Module (T5/Whisper style): queries
// from the decoder's T positions, keys and values from the encoder's S positions (S != T), no causal mask,
// the encoder's padding mask [B, 1, 1, S] applied to the [B, H, T, S] scores. Run with T = 7 and S = 12.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

class CrossAttention<H extends number, Dh extends number> extends st.Module {
  readonly q: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  readonly kv: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  readonly o: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  constructor(readonly heads: H, readonly headDim: Dh, seeds: st.SeedSequence) {
    super();
    const d = st.dimMul(heads, headDim);
    this.q = new st.Linear(d, d, seeds, 'default');
    this.kv = new st.Linear(d, d, seeds, 'default');
    this.o = new st.Linear(d, d, seeds, 'default');
  }
  private heads_<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<H, Dh>]>) {
    return st.transpose(st.splitLastDim(x, this.heads, this.headDim), [0, 2, 1, 3]);
  }
  forward<B extends number, T extends number, S extends number>(
    x: st.Tensor<[B, T, st.Mul<H, Dh>]>, memory: st.Tensor<[B, S, st.Mul<H, Dh>]>, memoryPad: st.Tensor<[B, S], 'bool'>,
  ): st.Tensor<[B, T, st.Mul<H, Dh>]> {
    const q = this.heads_(this.q.forward(x));
    const k = this.heads_(this.kv.forward(memory));
    const v = this.heads_(memory);
    const scores = st.div(st.matMul(q, k, false, true), Math.sqrt(this.headDim));
    const mask = st.expandDims(st.expandDims(memoryPad, 1), 1);
    const weights = st.softmax(st.where(mask, scores, -1e9));
    const ctx = st.transpose(st.matMul(weights, v), [0, 2, 1, 3]);
    return this.o.forward(st.mergeLastDims(ctx));
  }
}

const xattn = new CrossAttention(4, 16, new st.SeedSequence(3));
const decoded = xattn.forward(st.randomNormal([2, 7, 64]), st.randomNormal([2, 12, 64]), st.ones([2, 12], 'bool'));
export const shape: Eq<typeof decoded.shape, [2, 7, 64]> = true;
