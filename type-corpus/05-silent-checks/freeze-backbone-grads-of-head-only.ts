// cause: 5 silent checks. Fine-tuning only the classifier of a frozen encoder: the gradients are taken of the
// head's record, but the step is given every parameter (the encoder would silently never train, or the user
// meant to freeze it and passed the wrong record): the optimizer's sentence says what to pass.
// expect: optimizer: every parameter passed needs a gradient of its shape and device; to update only some, pass only those
// expect: "encoder.weight"
import * as st from '../../src/index.js';

class Classifier<D extends number, H extends number, C extends number> extends st.Module {
  readonly encoder: st.Linear<D, H>;
  readonly norm: st.RMSNorm<H>;
  readonly head: st.Linear<H, C>;
  constructor(d: D, h: H, c: C, seeds: st.SeedSequence) {
    super();
    this.encoder = new st.Linear(d, h, seeds, 'default');
    this.norm = new st.RMSNorm(h, 1e-5, 'default');
    this.head = new st.Linear(h, c, seeds, 'default');
  }
  forward<B extends number>(x: st.Tensor<[B, D]>): st.Tensor<[B, C]> {
    return this.head.forward(this.norm.forward(st.gelu(this.encoder.forward(x))));
  }
}
const clf = new Classifier(512, 256, 3, new st.SeedSequence(7));
const all = clf.parameters();
const headOnly = { 'head.weight': all['head.weight'] };
const opt = new st.SGD({ learningRate: 0.05, momentum: 0.9 });
export function step(x: st.Tensor<[32, 512]>, y: st.Tensor<[32], 'int32'>): number {
  const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(clf.forward(x), y), headOnly);
  opt.apply(all, grads); // error
  const loss = value.dataSync()[0];
  value.dispose();
  return loss;
}
