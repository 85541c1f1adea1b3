// cause: 2 generic code. A user's own generic Module whose fields are typed Variables (no Linear): weights
// made with st.variable(randomNormal([d, h])), forward with matMul and a bias add, trained one SGD step.
// expect: ok
import * as st from '../../src/index.js';

class TwoLayer<D extends number, H extends number, C extends number> extends st.Module {
  readonly w1: st.Variable<[D, H]>;
  readonly b1: st.Variable<[H]>;
  readonly w2: st.Variable<[H, C]>;
  readonly b2: st.Variable<[C]>;
  constructor(d: D, h: H, c: C) {
    super();
    this.w1 = st.variable(st.mul(st.randomNormal([d, h], 0, 1, 'float32', 1), 1 / Math.sqrt(d)));
    this.b1 = st.variable(st.zeros([h]));
    this.w2 = st.variable(st.mul(st.randomNormal([h, c], 0, 1, 'float32', 2), 1 / Math.sqrt(h)));
    this.b2 = st.variable(st.zeros([c]));
  }
  forward<B extends number>(x: st.Tensor<[B, D]>): st.Tensor<[B, C]> {
    const h = st.relu(st.add(st.matMul(x, this.w1), this.b1));
    return st.add(st.matMul(h, this.w2), this.b2);
  }
}
const net = new TwoLayer(784, 128, 10);
const params = net.parameters();
const opt = new st.SGD({ learningRate: 0.1 });
const x = st.randomNormal([32, 784]);
const y = st.zeros([32], 'int32');
const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(net.forward(x), y), params);
opt.apply(params, grads);
export const loss: number = value.item();
