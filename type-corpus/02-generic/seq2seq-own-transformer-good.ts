// cause: 2 generic code. A small encoder-decoder Transformer (the "Attention is all you need" layout) as the
// user's own Modules over generic widths: encoder self-attention without a mask, decoder causal self-attention
// (the library's attention, causal), cross-attention of T decoder positions over S encoder positions written
// by hand, shared heads helpers; teacher forcing on targets shifted by one, one AdamW step.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

class Heads<H extends number, Dh extends number> {
  constructor(readonly heads: H, readonly headDim: Dh) {}
  split<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<H, Dh>]>) {
    return st.transpose(st.splitLastDim(x, this.heads, this.headDim), [0, 2, 1, 3]);
  }
  merge<B extends number, T extends number>(x: st.Tensor<[B, H, T, Dh]>) {
    return st.mergeLastDims(st.transpose(x, [0, 2, 1, 3]));
  }
}

class Seq2Seq<V extends number, H extends number, Dh extends number> extends st.Module {
  readonly srcEmbed: st.Embedding<V, st.Mul<H, Dh>>;
  readonly tgtEmbed: st.Embedding<V, st.Mul<H, Dh>>;
  readonly encQkv: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  readonly decQ: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  readonly crossQ: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  readonly crossK: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  readonly out: st.Linear<st.Mul<H, Dh>, V>;
  readonly h: Heads<H, Dh>;
  constructor(vocab: V, heads: H, headDim: Dh, seeds: st.SeedSequence) {
    super();
    const d = st.dimMul(heads, headDim);
    this.srcEmbed = new st.Embedding(vocab, d, seeds, 'default');
    this.tgtEmbed = new st.Embedding(vocab, d, seeds, 'default');
    this.encQkv = new st.Linear(d, d, seeds, 'default');
    this.decQ = new st.Linear(d, d, seeds, 'default');
    this.crossQ = new st.Linear(d, d, seeds, 'default');
    this.crossK = new st.Linear(d, d, seeds, 'default');
    this.out = new st.Linear(d, vocab, seeds, 'default');
    this.h = new Heads(heads, headDim);
  }
  encode<B extends number, S extends number>(src: st.Tensor<[B, S], 'int32'>) {
    const x = this.srcEmbed.forward(src);
    const q = this.h.split(this.encQkv.forward(x));
    const att = st.scaledDotProductAttention(q, q, q, { causal: false });
    return st.add(x, this.h.merge(att));
  }
  decode<B extends number, T extends number, S extends number>(tgt: st.Tensor<[B, T], 'int32'>, memory: st.Tensor<[B, S, st.Mul<H, Dh>]>) {
    const y = this.tgtEmbed.forward(tgt);
    const q = this.h.split(this.decQ.forward(y));
    const self = st.add(y, this.h.merge(st.scaledDotProductAttention(q, q, q, { causal: true })));
    const cq = this.h.split(this.crossQ.forward(self));
    const ck = this.h.split(this.crossK.forward(memory));
    const w = st.softmax(st.div(st.matMul(cq, ck, false, true), Math.sqrt(this.h.headDim)));
    const cross = st.add(self, this.h.merge(st.matMul(w, this.h.split(memory))));
    return this.out.forward(cross);
  }
}

const model = new Seq2Seq(1000, 4, 32, new st.SeedSequence(0));
const src = st.zeros([8, 20], 'int32');
const tgt = st.zeros([8, 17], 'int32');
const decIn = st.slice(tgt, [0, 0], [8, 16]);
const labels = st.slice(tgt, [0, 1], [8, 16]);
const params = model.parameters();
const opt = new st.AdamW({ learningRate: 3e-4 });
const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(model.decode(decIn, model.encode(src)), labels), params);
opt.apply(params, grads);
const logits = model.decode(decIn, model.encode(src));
export const shape: Eq<typeof logits.shape, [8, 16, 1000]> = true;
export const loss: number = value.item();
