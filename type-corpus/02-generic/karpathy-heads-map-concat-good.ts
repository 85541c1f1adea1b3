// cause: 2 generic code. Karpathy's "Let's build GPT" MultiHeadAttention: a list of single heads, each a
// generic Module, run with Array.map and concatenated on the last axis (torch.cat([h(x) for h in heads], -1)),
// then projected back. The concat of an array has a run-time width, which the projection checks at run time.
// expect: ok
import * as st from '../../src/index.js';

class Head<C extends number, Hs extends number> extends st.Module {
  readonly key: st.Linear<C, Hs>;
  readonly query: st.Linear<C, Hs>;
  readonly value: st.Linear<C, Hs>;
  constructor(nEmbd: C, headSize: Hs, seeds: st.SeedSequence) {
    super();
    this.key = new st.Linear(nEmbd, headSize, seeds, 'default');
    this.query = new st.Linear(nEmbd, headSize, seeds, 'default');
    this.value = new st.Linear(nEmbd, headSize, seeds, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, C]>): st.Tensor<[B, T, Hs]> {
    const [, t] = x.shape;
    const k = this.key.forward(x);
    const q = this.query.forward(x);
    const wei = st.mul(st.matMul(q, k, false, true), 1 / Math.sqrt(this.key.outFeatures));
    const masked = st.add(wei, st.causalBias(t, t));
    return st.matMul(st.softmax(masked, -1), this.value.forward(x));
  }
}
class MultiHead<C extends number, Hs extends number> extends st.Module {
  readonly heads: Head<C, Hs>[];
  readonly proj: st.Linear<number, C>;
  constructor(nHeads: number, nEmbd: C, headSize: Hs, seeds: st.SeedSequence) {
    super();
    this.heads = Array.from({ length: nHeads }, () => new Head(nEmbd, headSize, seeds));
    this.proj = new st.Linear(nHeads * headSize, nEmbd, seeds, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, C]>): st.Tensor<[B, T, C]> {
    const out = st.concat(this.heads.map((h) => h.forward(x)), -1);
    return this.proj.forward(out);
  }
}
const mha = new MultiHead(6, 384, 64, new st.SeedSequence(1337));
export const y: st.Tensor<[4, 8, 384]> = mha.forward(st.randomNormal([4, 8, 384]));
