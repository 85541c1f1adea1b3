// cause: 12 training. Mixup: a batch mixed with a shuffled copy of itself (gather by a permutation of int32
// indices), the one-hot targets mixed with the same lambda, and a soft-target cross entropy written by hand.
// expect: ok
import * as st from '../../src/index.js';

function mixup<B extends number, D extends number, C extends number>(
  x: st.Tensor<[B, D]>, labels: st.Tensor<[B], 'int32'>, classes: C, perm: st.Tensor<[B], 'int32'>, lam: number,
) {
  const mixed = st.add(st.mul(x, lam), st.mul(st.gather(x, perm), 1 - lam));
  const y = st.oneHot(labels, classes, 1, 0, 'float32');
  const yMixed = st.add(st.mul(y, lam), st.mul(st.gather(y, perm), 1 - lam));
  return { mixed, yMixed };
}
function softCrossEntropy<B extends number, C extends number>(logits: st.Tensor<[B, C]>, targets: st.Tensor<[B, C]>) {
  return st.neg(st.mean(st.sum(st.mul(targets, st.logSoftmax(logits, -1)), -1)));
}
const seeds = new st.SeedSequence(0);
const fc = new st.Linear(32, 10, seeds, 'default');
const params = fc.parameters();
const x = st.randomNormal([16, 32]);
const labels = st.zeros([16], 'int32');
const perm = st.tensor(Int32Array.from([3, 1, 0, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14]), [16], 'int32');
const { mixed, yMixed } = mixup(x, labels, 10, perm, 0.7);
const { value, grads } = st.variableGrads(() => softCrossEntropy(fc.forward(mixed), yMixed), params);
new st.SGD({ learningRate: 0.1 }).apply(params, grads);
export const l: number = value.item();
