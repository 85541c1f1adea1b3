// cause: 2 generic code. A small CNN classifier's head written generically, as PyTorch writes it:
// `x.view(x.size(0), -1)` flattens every dim after the batch before the linear layer. The -1 stands for
// the dims after the kept batch dim, merged into their product (a chain of Mul), so the head's weight
// [C * H * W, K] meets it in generic code and literal sizes evaluate at the call site.
// expect: ok
import * as st from '../../src/index.js';

class ClassifierHead<C extends number, H extends number, W extends number, K extends number> {
  readonly weight: st.Variable<[st.Mul<C, st.Mul<H, W>>, K]>;
  readonly bias: st.Variable<[K]>;
  constructor(channels: C, height: H, width: W, classes: K) {
    const features = st.dimMul(channels, st.dimMul(height, width));
    this.weight = st.variable(st.randomNormal([features, classes], 0, 0.02));
    this.bias = st.variable(st.zeros([classes]));
  }
  forward<B extends number>(features: st.Tensor<[B, C, H, W]>): st.Tensor<[B, K]> {
    const flat = st.reshape(features, [features.shape[0], -1]);
    return st.add(st.matMul(flat, this.weight), this.bias);
  }
}

const head = new ClassifierHead(16, 7, 7, 10);
const logits = head.forward(st.randomNormal([4, 16, 7, 7]));
export const shape: [4, 10] = logits.shape;
