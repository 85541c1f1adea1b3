// cause: 5 silent checks. LoRA as a user's own Module: the adapters' gradients are taken, but the optimizer is
// given the whole module's parameters (the frozen base included): the base would silently get no update and the
// user believes it trains; the optimizer's sentence names what is missing.
// expect: optimizer: every parameter passed needs a gradient of its shape and device
// expect: "base.weight"
import * as st from '../../src/index.js';

class LoRA<In extends number, Out extends number, R extends number> extends st.Module {
  readonly base: st.Linear<In, Out>;
  readonly lora_a: st.Variable<[In, R]>;
  readonly lora_b: st.Variable<[R, Out]>;
  constructor(inF: In, outF: Out, readonly rank: R, seeds: st.SeedSequence) {
    super();
    this.base = new st.Linear(inF, outF, seeds, 'default');
    this.lora_a = st.variable(st.randomNormal([inF, rank], 0, 0.01, 'float32', seeds.take()));
    this.lora_b = st.variable(st.zeros([rank, outF]));
  }
  forward<L extends st.Shape>(x: st.Tensor<[...L, In]>): st.Tensor<[...L, Out]> {
    return st.add(this.base.forward(x), st.linear(st.linear(x, this.lora_a), this.lora_b));
  }
}
const layer = new LoRA(256, 256, 4, new st.SeedSequence(1));
const opt = new st.Adam({ learningRate: 1e-3 });
const x = st.randomNormal([8, 256]);
const { grads } = st.variableGrads(() => st.mean(st.square(layer.forward(x))), { lora_a: layer.lora_a, lora_b: layer.lora_b });
opt.apply(layer.parameters(), grads); // error
