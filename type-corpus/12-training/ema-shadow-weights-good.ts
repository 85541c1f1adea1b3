// cause: 12 training. An exponential moving average of the user's model weights (as timm's ModelEmaV2): a
// shadow Variable per parameter, made with the same shape, updated after each optimizer step with
// shadow = 0.999 * shadow + 0.001 * p, key by key over the typed parameter record.
// expect: ok
import * as st from '../../src/index.js';

class Net<D extends number, H extends number> extends st.Module {
  readonly fc1: st.Linear<D, H>;
  readonly fc2: st.Linear<H, D>;
  constructor(d: D, h: H, seeds: st.SeedSequence) {
    super();
    this.fc1 = new st.Linear(d, h, seeds, 'default');
    this.fc2 = new st.Linear(h, d, seeds, 'default');
  }
  forward<B extends number>(x: st.Tensor<[B, D]>): st.Tensor<[B, D]> {
    return this.fc2.forward(st.relu(this.fc1.forward(x)));
  }
}

const net = new Net(32, 128, new st.SeedSequence(0));
const params = net.parameters();
const shadow = {
  'fc1.weight': st.variable(st.zeros([32, 128])),
  'fc2.weight': st.variable(st.zeros([128, 32])),
};
function emaUpdate(decay: number) {
  st.tidy(() => {
    shadow['fc1.weight'].assign(st.add(st.mul(shadow['fc1.weight'], decay), st.mul(params['fc1.weight'], 1 - decay)));
    shadow['fc2.weight'].assign(st.add(st.mul(shadow['fc2.weight'], decay), st.mul(params['fc2.weight'], 1 - decay)));
  });
}
const opt = new st.SGD({ learningRate: 0.01, momentum: 0.9 });
const x = st.randomNormal([16, 32]);
const { grads } = st.variableGrads(() => st.mean(st.square(st.sub(net.forward(x), x))), params);
opt.apply(params, grads);
emaUpdate(0.999);
