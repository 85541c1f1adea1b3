// cause: 2 generic code. A small T5-style encoder-decoder as the user's own generic Modules: bidirectional
// self-attention in the encoder (sdpa with causal: false), causal self-attention and cross attention over the
// encoder's S positions in the decoder (T != S), heads split with view(b, -1, h, dh), a tied output head, label
// smoothing in the loss, and one AdamW step.
// expect: ok
import * as st from '../../src/index.js';

class MHA<H extends number, Dh extends number> extends st.Module {
  readonly q: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  readonly k: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  readonly v: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  readonly o: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  constructor(readonly heads: H, readonly headDim: Dh, seeds: st.SeedSequence) {
    super();
    const d = st.dimMul(heads, headDim);
    this.q = new st.Linear(d, d, seeds, 'default');
    this.k = new st.Linear(d, d, seeds, 'default');
    this.v = new st.Linear(d, d, seeds, 'default');
    this.o = new st.Linear(d, d, seeds, 'default');
  }
  private split<B extends number, L extends number>(x: st.Tensor<[B, L, st.Mul<H, Dh>]>) {
    const [b] = x.shape;
    return st.transpose(st.reshape(x, [b, -1, this.heads, this.headDim]), [0, 2, 1, 3]);
  }
  forward<B extends number, T extends number, S extends number>(x: st.Tensor<[B, T, st.Mul<H, Dh>]>, memory: st.Tensor<[B, S, st.Mul<H, Dh>]>, causal: boolean) {
    const [b] = x.shape;
    const q = this.split(this.q.forward(x));
    const k = this.split(this.k.forward(memory));
    const v = this.split(this.v.forward(memory));
    const ctx = causal ? st.scaledDotProductAttention(q, k, v, { repeats: 1, causal: true }) : st.scaledDotProductAttention(q, k, v, { repeats: 1, causal: false });
    return this.o.forward(st.reshape(st.transpose(ctx, [0, 2, 1, 3]), [b, -1, st.dimMul(this.heads, this.headDim)]));
  }
}
class FF<D extends number, F extends number> extends st.Module {
  readonly wi: st.Linear<D, F>;
  readonly wo: st.Linear<F, D>;
  constructor(d: D, f: F, seeds: st.SeedSequence) {
    super();
    this.wi = new st.Linear(d, f, seeds, 'default');
    this.wo = new st.Linear(f, d, seeds, 'default');
  }
  forward<B extends number, L extends number>(x: st.Tensor<[B, L, D]>) {
    return this.wo.forward(st.relu(this.wi.forward(x)));
  }
}
class T5<V extends number, H extends number, Dh extends number, F extends number> extends st.Module {
  readonly shared: st.Embedding<V, st.Mul<H, Dh>>;
  readonly encSelf: MHA<H, Dh>;
  readonly encFF: FF<st.Mul<H, Dh>, F>;
  readonly decSelf: MHA<H, Dh>;
  readonly decCross: MHA<H, Dh>;
  readonly decFF: FF<st.Mul<H, Dh>, F>;
  readonly norm: st.RMSNorm<st.Mul<H, Dh>>;
  constructor(vocab: V, heads: H, headDim: Dh, ff: F, seed: number) {
    super();
    const seeds = new st.SeedSequence(seed);
    const d = st.dimMul(heads, headDim);
    this.shared = new st.Embedding(vocab, d, seeds, 'default');
    this.encSelf = new MHA(heads, headDim, seeds);
    this.encFF = new FF(d, ff, seeds);
    this.decSelf = new MHA(heads, headDim, seeds);
    this.decCross = new MHA(heads, headDim, seeds);
    this.decFF = new FF(d, ff, seeds);
    this.norm = new st.RMSNorm(d, 1e-6, 'default');
  }
  forward<B extends number, S extends number, T extends number>(src: st.Tensor<[B, S], 'int32'>, tgt: st.Tensor<[B, T], 'int32'>): st.Tensor<[B, T, V]> {
    let e = this.shared.forward(src);
    e = st.add(e, this.encSelf.forward(this.norm.forward(e), this.norm.forward(e), false));
    e = st.add(e, this.encFF.forward(this.norm.forward(e)));
    let d = this.shared.forward(tgt);
    d = st.add(d, this.decSelf.forward(this.norm.forward(d), this.norm.forward(d), true));
    d = st.add(d, this.decCross.forward(this.norm.forward(d), e, false));
    d = st.add(d, this.decFF.forward(this.norm.forward(d)));
    return st.matMul(this.norm.forward(d), this.shared.weight, false, true);
  }
}
function smoothedLoss<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>, labels: st.Tensor<[B, T], 'int32'>, eps: number) {
  const [, , v] = logits.shape;
  const logp = st.logSoftmax(logits, -1);
  const target = st.add(st.mul(st.oneHot(labels, v, 1, 0, 'float32'), 1 - eps), eps / v);
  return st.neg(st.mean(st.sum(st.mul(target, logp), -1)));
}
const model = new T5(100, 4, 8, 64, 0);
const params = model.parameters();
const src = st.zeros([2, 11], 'int32');
const tgt = st.zeros([2, 5], 'int32');
const { value, grads } = st.variableGrads(() => smoothedLoss(model.forward(src, tgt), st.ones([2, 5], 'int32'), 0.1), params);
new st.AdamW({ learningRate: 1e-3 }).apply(params, grads);
export const loss: number = value.item();
