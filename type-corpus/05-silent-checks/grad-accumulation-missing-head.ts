// cause: 5 silent checks. Gradient accumulation over two micro-batches: the accumulated record was built for
// the encoder's parameters only, then applied to the whole model's parameters.
// expect: head.weight
import * as st from '../../src/index.js';

class Net<D extends number, H extends number, C extends number> extends st.Module {
  readonly encoder: st.Linear<D, H>;
  readonly head: st.Linear<H, C>;
  constructor(d: D, h: H, c: C, seeds: st.SeedSequence) {
    super();
    this.encoder = new st.Linear(d, h, seeds, 'default');
    this.head = new st.Linear(h, c, seeds, 'default');
  }
  forward<B extends number>(x: st.Tensor<[B, D]>): st.Tensor<[B, C]> {
    return this.head.forward(st.relu(this.encoder.forward(x)));
  }
}
const net = new Net(16, 32, 4, new st.SeedSequence(0));
const params = net.parameters();
const opt = new st.Adam({ learningRate: 1e-3 });
const lossOf = (x: st.Tensor<[8, 16]>, y: st.Tensor<[8], 'int32'>) => () => st.sparseSoftmaxCrossEntropy(net.forward(x), y);
const encoderOnly = { 'encoder.weight': params['encoder.weight'] };
const a = st.variableGrads(lossOf(st.randomNormal([8, 16]), st.zeros([8], 'int32')), encoderOnly);
const b = st.variableGrads(lossOf(st.randomNormal([8, 16]), st.zeros([8], 'int32')), encoderOnly);
const accumulated = { 'encoder.weight': st.add(a.grads['encoder.weight'], b.grads['encoder.weight']) };
opt.apply(params, accumulated); // error
