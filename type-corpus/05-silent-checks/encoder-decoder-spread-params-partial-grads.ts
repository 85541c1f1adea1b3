// cause: 5 silent checks. An encoder-decoder trained with one optimizer over both parameter records spread
// into one; the gradients were taken of the decoder's record only (the encoder would silently stay frozen).
// expect: Property '"proj.weight"' is missing
import * as st from '../../src/index.js';

class Encoder<D extends number> extends st.Module {
  readonly proj: st.Linear<D, D>;
  constructor(d: D, seeds: st.SeedSequence) { super(); this.proj = new st.Linear(d, d, seeds, 'default'); }
  forward<B extends number>(x: st.Tensor<[B, D]>): st.Tensor<[B, D]> { return st.tanh(this.proj.forward(x)); }
}
class Decoder<D extends number, V extends number> extends st.Module {
  readonly out: st.Linear<D, V>;
  constructor(d: D, v: V, seeds: st.SeedSequence) { super(); this.out = new st.Linear(d, v, seeds, 'default'); }
  forward<B extends number>(h: st.Tensor<[B, D]>): st.Tensor<[B, V]> { return this.out.forward(h); }
}
const seeds = new st.SeedSequence(0);
const enc = new Encoder(64, seeds);
const dec = new Decoder(64, 100, seeds);
const x = st.randomNormal([8, 64]);
const y = st.zeros([8], 'int32');
const all = { ...enc.parameters(), ...dec.parameters() };
const opt = new st.AdamW({ learningRate: 1e-3 });
const { grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(dec.forward(enc.forward(x)), y), dec.parameters());
opt.apply(all, grads); // error
