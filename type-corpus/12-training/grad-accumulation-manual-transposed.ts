// cause: 12 training. Gradient accumulation by hand for the user's own MLP head over four micro-batches; the
// second layer's running sum was started from a zeros buffer in PyTorch's [out, in] layout: the optimizer's
// sentence for the averaged record (not TypeScript's bare shape mismatch).
// expect: optimizer: every parameter passed needs a gradient of its shape and device
// expect: Tensor<[10, 128]
import * as st from '../../src/index.js';

class Head<D extends number, H extends number, C extends number> extends st.Module {
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
const head = new Head(768, 128, 10, new st.SeedSequence(0));
const params = head.parameters();
const opt = new st.AdamW({ learningRate: 1e-3, weightDecay: 0.01 });
let acc1 = st.zeros([768, 128]);
let acc2 = st.zeros([10, 128]);
for (let micro = 0; micro < 4; micro++) {
  const x = st.randomNormal([16, 768]);
  const y = st.zeros([16], 'int32');
  const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(head.forward(x), y), params);
  acc1 = st.add(acc1, grads['fc1.weight']);
  acc2 = st.add(acc2, st.transpose(grads['fc2.weight']));
  value.dispose();
}
const averaged = { 'fc1.weight': st.div(acc1, 4), 'fc2.weight': st.div(acc2, 4) };
opt.apply(params, averaged); // error
