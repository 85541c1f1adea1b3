// cause: 12 training. Clipping before the step, but the whole result of clipByGlobalNorm ({ grads, norm }) is
// passed to the optimizer instead of its grads: the optimizer's sentence.
// expect: optimizer: every parameter passed needs a gradient of its shape and device
import * as st from '../../src/index.js';

class Mlp<D extends number, H extends number, C extends number> extends st.Module {
  readonly fc1: st.Linear<D, H>;
  readonly fc2: st.Linear<H, C>;
  constructor(d: D, h: H, c: C, seeds: st.SeedSequence) {
    super();
    this.fc1 = new st.Linear(d, h, seeds, 'default');
    this.fc2 = new st.Linear(h, c, seeds, 'default');
  }
  forward<B extends number>(x: st.Tensor<[B, D]>): st.Tensor<[B, C]> {
    return this.fc2.forward(st.relu(this.fc1.forward(x)));
  }
}
const net = new Mlp(784, 256, 10, new st.SeedSequence(0));
const params = net.parameters();
const opt = new st.AdamW({ learningRate: 1e-3 });
export function step(x: st.Tensor<[64, 784]>, y: st.Tensor<[64], 'int32'>): void {
  const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(net.forward(x), y), params);
  const clipped = st.clipByGlobalNorm(grads, 1.0);
  opt.apply(params, clipped); // error
  value.dispose();
}
