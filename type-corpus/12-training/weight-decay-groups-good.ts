// cause: 12 training. Weight decay only on matrices, as nanoGPT's configure_optimizers: the parameters split into
// two groups by rank from namedParameters (biases and norm gains undecayed), each group's gradients picked by
// name, two AdamW optimizers applied to their groups.
// expect: ok
import * as st from '../../src/index.js';

class Mlp extends st.Module {
  readonly norm = new st.RMSNorm(32, 1e-5, 'default');
  readonly fc1: st.Linear<32, 128>;
  readonly bias1 = st.variable(st.zeros([128]));
  readonly fc2: st.Linear<128, 10>;
  readonly bias2 = st.variable(st.zeros([10]));
  constructor(seeds: st.SeedSequence) {
    super();
    this.fc1 = new st.Linear(32, 128, seeds, 'default');
    this.fc2 = new st.Linear(128, 10, seeds, 'default');
  }
  forward<B extends number>(x: st.Tensor<[B, 32]>) {
    const h = st.relu(st.add(this.fc1.forward(this.norm.forward(x)), this.bias1));
    return st.add(this.fc2.forward(h), this.bias2);
  }
}
const model = new Mlp(new st.SeedSequence(0));
const params = model.parameters();
const decay: Record<string, st.Variable<st.Shape>> = {};
const noDecay: Record<string, st.Variable<st.Shape>> = {};
for (const [name, p] of Object.entries(params)) (p.shape.length >= 2 ? decay : noDecay)[name] = p;
const optDecay = new st.AdamW({ learningRate: 3e-4, weightDecay: 0.1 });
const optNoDecay = new st.AdamW({ learningRate: 3e-4, weightDecay: 0 });
const x = st.randomNormal([8, 32]);
const y = st.zeros([8], 'int32');
const { grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(model.forward(x), y), params);
const pick = (group: Record<string, st.Variable<st.Shape>>) => {
  const out: Record<string, st.Tensor<st.Shape>> = {};
  for (const name of Object.keys(group)) out[name] = grads[name as keyof typeof grads];
  return out;
};
optDecay.apply(decay, pick(decay));
optNoDecay.apply(noDecay, pick(noDecay));
