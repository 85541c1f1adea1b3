// Soundness in the code users write: a dim inferred from two places never becomes a union that
// lets a mismatch through, and a tensor's kind (softmax probabilities) survives shape-only ops and
// is not lost to a plain return-type annotation.
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import * as st from '../src/index.js';

// ---- union inference in a user's own generic helper, written without NoInfer.
function dense<B extends number, I extends number, O extends number>(x: st.Tensor<[B, I]>, w: st.Tensor<[I, O]>) {
  return st.matMul(x, w);
}
expectType<st.Tensor<[32, 10]>>(dense(st.randomNormal([32, 128]), st.randomNormal([128, 10])));
// I would be 128 | 64: the tensor type itself rejects a dim of two sizes.
expectError(dense(st.randomNormal([32, 128]), st.randomNormal([64, 10])));

function residual<S extends st.Shape>(x: st.Tensor<S>, y: st.Tensor<S>): st.Tensor<S> {
  return st.add(x, y);
}
expectType<st.Tensor<[4, 8]>>(residual(st.zeros([4, 8]), st.zeros([4, 8])));
expectError(residual(st.zeros([4, 8]), st.zeros([4, 9])));

function lossOf<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>, targets: st.Tensor<[B, T], 'int32'>): number {
  return ids.size + targets.size;
}
expectError(lossOf(st.zeros([4, 64], 'int32'), st.zeros([4, 63], 'int32')));
lossOf(st.zeros([4, 64], 'int32'), st.zeros([4, 64], 'int32'));

// A conditional of two shapes is a union of tensor types; an op cannot pick one size for K.
declare const large: boolean;
const h = large ? st.zeros([8, 256]) : st.zeros([8, 128]);
expectError(st.matMul(h, st.zeros([128, 10])));
expectError(st.add(h, st.zeros([8, 128])));
// Dynamic dims are still fine: number is one (unknown) size, checked at run time.
declare const dyn: st.Tensor<[number, 128]>;
expectType<st.Tensor<[number, 10]>>(st.matMul(dyn, st.zeros([128, 10])));
expectAssignable<st.Tensor<[number, number]>>(st.zeros([2, 3]));
expectAssignable<st.AnyTensor>(st.softmax(st.zeros([2, 3])));

// ---- kinds survive shape-only ops and reach the loss.
declare const logits: st.Tensor<[4, 16, 65]>;
declare const labels: st.Tensor<[64], 'int32'>;
const probs = st.softmax(logits);
expectType<st.Probabilities<[64, 65]>>(st.reshape(probs, [64, 65]));
expectType<st.Probabilities<[4, 65, 16]>>(st.transpose(probs, [0, 2, 1]));
expectType<st.Probabilities<[4, 1, 65]>>(st.slice(probs, [0, 15, 0], [-1, 1, -1]));
expectType<st.Probabilities<[4, 16, 65, 1]>>(st.expandDims(probs, -1));
expectType<st.Probabilities<[8, 16, 65]>>(st.concat([probs, probs], 0));
expectType<st.Probabilities<[2, 4, 16, 65]>>(st.stack([probs, probs]));
expectType<st.Probabilities<[4, 16, 65], 'cpu'>>(probs.to('cpu'));
expectType<st.Tensor<[8, 16, 65]>>(st.concat([probs, logits], 0));
expectError(st.sparseSoftmaxCrossEntropy(st.reshape(probs, [64, 65]), labels));
expectError(st.sparseSoftmaxCrossEntropy(st.exp(st.logSoftmax(st.reshape(logits, [64, 65]))), labels));
expectError(st.sparseSoftmaxCrossEntropy(large ? st.reshape(probs, [64, 65]) : st.softmax(st.reshape(logits, [64, 65])), labels));
// Log-probabilities are fine as logits (softmax of log-softmax is the same distribution).
expectType<st.Tensor<[]>>(st.sparseSoftmaxCrossEntropy(st.logSoftmax(st.reshape(logits, [64, 65])), labels));
// Arithmetic takes any kind and gives plain values.
expectType<st.Tensor<[4, 16, 65]>>(st.mul(probs, 2));
expectType<st.Tensor<[4, 16, 10]>>(st.matMul(probs, st.zeros([65, 10])));

// ---- return-type annotations keep the kind: the "Llama from scratch" bug does not compile.
function head<B extends number, C extends number>(x: st.Tensor<[B, C]>): st.Tensor<[B, C], 'float32', 'default', st.Kind> {
  return st.softmax(x);
}
expectNotAssignable<st.Tensor<[2, 5]>>(head(st.zeros([2, 5])));
declare function plainHead(x: st.Tensor<[2, 5]>): st.Tensor<[2, 5]>;
expectAssignable<st.Tensor<[2, 5]>>(plainHead(st.zeros([2, 5])));
expectNotAssignable<st.Tensor<[2, 5]>>(st.softmax(st.zeros([2, 5])));
// A user's loss wrapper written for plain logits refuses probabilities.
function myLoss<B extends number, C extends number>(z: st.Tensor<[B, C]>, y: st.Tensor<[B], 'int32'>) {
  return st.sparseSoftmaxCrossEntropy(z, y);
}
expectError(myLoss(st.softmax(st.zeros([4, 10])), st.zeros([4], 'int32')));
expectType<st.Tensor<[]>>(myLoss(st.zeros([4, 10]), st.zeros([4], 'int32')));
