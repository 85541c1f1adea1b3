// Neural-network ops: softmax/logSoftmax tag what their numbers mean, and the loss takes logits only.
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import * as st from '../src/index.js';

declare const logits: st.Tensor<[4, 16, 65]>;
declare const labels: st.Tensor<[4, 16], 'int32'>;
declare const x: st.Tensor<[2, 3]>;
declare const xi: st.Tensor<[2, 3], 'int32'>;

// ---- softmax / logSoftmax: same shape, tagged.
expectType<st.Probabilities<[4, 16, 65]>>(st.softmax(logits));
expectType<st.Probabilities<[4, 16, 65]>>(st.softmax(logits, -1));
expectType<st.Probabilities<[4, 16, 65]>>(st.softmax(logits, 1));
expectType<st.LogProbabilities<[4, 16, 65]>>(st.logSoftmax(logits));
expectType<st.LogProbabilities<[2, 3]>>(st.logSoftmax(x, 0));
// A tagged tensor is not a plain tensor of its shape: a function annotated to return
// `st.Tensor<[4, 16, 65]>` cannot return softmax output (the "Llama from scratch" bug).
expectNotAssignable<st.Tensor<[4, 16, 65]>>(st.softmax(logits));
expectNotAssignable<st.Tensor<[4, 16, 65]>>(st.logSoftmax(logits));
expectAssignable<st.Tensor<[4, 16, 65], 'float32', 'default', st.Kind>>(st.softmax(logits));
// ... but a plain tensor is not probabilities, and the two tags do not mix.
expectNotAssignable<st.Probabilities<[4, 16, 65]>>(logits);
expectNotAssignable<st.LogProbabilities<[4, 16, 65]>>(st.softmax(logits));
expectError(st.softmax(xi));
expectError(st.logSoftmax(xi));
expectError(st.softmax(x, 2));
expectError(st.logSoftmax(x, -3));

// ---- arithmetic drops the tag: the result is an untagged Tensor; log and exp map the two kinds.
const p = st.softmax(logits);
expectType<st.Tensor<[4, 16, 65]>>(st.mul(p, 2));
expectType<st.Tensor<[4, 16, 65]>>(st.add(p, p));
expectType<st.LogProbabilities<[4, 16, 65]>>(st.log(p));
expectType<st.Tensor<[4, 16]>>(st.sum(p, -1));
const lp = st.logSoftmax(logits);
expectType<st.Tensor<[4, 16, 65]>>(st.neg(lp));
expectType<st.Probabilities<[4, 16, 65]>>(st.exp(lp));
expectType<st.Tensor<[4, 16, 65]>>(st.exp(logits));

// ---- sparseSoftmaxCrossEntropy: logits [...B, C], int32 labels [...B].
expectType<st.Tensor<[]>>(st.sparseSoftmaxCrossEntropy(logits, labels));
expectType<st.Tensor<[]>>(st.sparseSoftmaxCrossEntropy(logits, labels, 'mean'));
expectType<st.Tensor<[4, 16]>>(st.sparseSoftmaxCrossEntropy(logits, labels, 'none'));
declare const flatLogits: st.Tensor<[64, 65]>;
declare const flatLabels: st.Tensor<[64], 'int32'>;
expectType<st.Tensor<[]>>(st.sparseSoftmaxCrossEntropy(flatLogits, flatLabels));
expectType<st.Tensor<[64]>>(st.sparseSoftmaxCrossEntropy(flatLogits, flatLabels, 'none'));
// Log-probabilities are shifted logits, so they are accepted.
expectType<st.Tensor<[]>>(st.sparseSoftmaxCrossEntropy(st.logSoftmax(logits), labels));
// Softmax output is rejected: the loss applies softmax itself.
expectError(st.sparseSoftmaxCrossEntropy(st.softmax(logits), labels));
expectError(st.sparseSoftmaxCrossEntropy(p, labels, 'none'));
// Logits must be float32 (the int32 labels passed first get the dtype's sentence, not the kind's).
expectError(st.sparseSoftmaxCrossEntropy(labels, logits));
expectError(st.sparseSoftmaxCrossEntropy(st.zeros([4, 16, 65], 'int32'), labels));
// Labels must be int32.
declare const floatLabels: st.Tensor<[4, 16]>;
expectError(st.sparseSoftmaxCrossEntropy(logits, floatLabels));
expectError(st.sparseSoftmaxCrossEntropy(logits, st.zeros([4, 16], 'bool')));
// Labels must have the logits' shape without the class dim.
expectError(st.sparseSoftmaxCrossEntropy(logits, st.zeros([4, 15], 'int32')));
expectError(st.sparseSoftmaxCrossEntropy(logits, st.zeros([4, 16, 65], 'int32')));
expectError(st.sparseSoftmaxCrossEntropy(logits, st.zeros([64], 'int32')));
expectError(st.sparseSoftmaxCrossEntropy(flatLogits, st.zeros([65], 'int32')));
// Logits must be float32; the reduction is 'mean' or 'none'.
expectError(st.sparseSoftmaxCrossEntropy(st.zeros([64, 65], 'int32'), flatLabels));
expectError(st.sparseSoftmaxCrossEntropy(flatLogits, flatLabels, 'sum'));

// ---- dropout keeps the shape; float32 only.
expectType<st.Tensor<[4, 16, 65]>>(st.dropout(logits, 0.1));
expectType<st.Tensor<[2, 3]>>(st.dropout(x, 0.5, 42));
expectError(st.dropout(xi, 0.1));

// ---- causalMask: a [T, T] bool mask.
expectType<st.Tensor<[16, 16], 'bool'>>(st.causalMask(16));
expectType<st.Tensor<[1, 1], 'bool'>>(st.causalMask(1));
declare const n: number;
expectType<st.Tensor<[number, number], 'bool'>>(st.causalMask(n));
// The mask fits where() over [B, H, T, T] attention scores.
declare const scores: st.Tensor<[2, 4, 16, 16]>;
expectType<st.Tensor<[2, 4, 16, 16]>>(st.where(st.causalMask(16), scores, -1e9));
expectError(st.where(st.causalMask(8), scores, -1e9));

// ---- generic code: a loss over [...B, C] logits type-checks by unification.
function loss<B extends st.Shape, C extends number>(l: st.Tensor<[...B, C]>, y: st.Tensor<B, 'int32'>): st.Tensor<[]> {
  expectType<st.Tensor<B>>(st.sparseSoftmaxCrossEntropy(l, y, 'none'));
  return st.sparseSoftmaxCrossEntropy(l, y);
}
expectType<st.Tensor<[]>>(loss(logits, labels));

// ---- causalMaskFor: T queries that come last among S keys (a key/value cache).
expectType<st.Tensor<[1, 17], 'bool'>>(st.causalMaskFor(1, 17));
expectType<st.Tensor<[16, 16], 'bool'>>(st.causalMaskFor(16, 16));
expectType<st.Tensor<[4, 20], 'bool', 'cpu'>>(st.causalMaskFor(4, 20, 'cpu'));
declare const cached: st.Tensor<[2, 4, 1, 17]>;
expectType<st.Tensor<[2, 4, 1, 17]>>(st.where(st.causalMaskFor(1, 17), cached, -1e9));
expectError(st.where(st.causalMaskFor(1, 16), cached, -1e9));

// ---- The fused layer ops: attention with grouped key/value heads, RMSNorm, RoPE, the causal bias.
declare const q: st.Tensor<[2, 8, 16, 32]>;
declare const kv: st.Tensor<[2, 4, 16, 32]>;
declare const kvLong: st.Tensor<[2, 4, 24, 32]>;
expectType<st.Tensor<[2, 8, 16, 32]>>(st.scaledDotProductAttention(q, kv, kv, { repeats: 2 }));
// Queries after 8 cached positions: 24 keys.
expectType<st.Tensor<[2, 8, 16, 32]>>(st.scaledDotProductAttention(q, kvLong, kvLong, { repeats: 2 }));
// 4 key/value heads * 3 repeats is 12, not the 8 query heads.
expectError(st.scaledDotProductAttention(q, kv, kv, { repeats: 3 }));
// Keys of another head dim, or another batch.
expectError(st.scaledDotProductAttention(q, st.zeros([2, 4, 16, 16]), st.zeros([2, 4, 16, 16]), { repeats: 2 }));
expectError(st.scaledDotProductAttention(q, st.zeros([3, 4, 16, 32]), st.zeros([3, 4, 16, 32]), { repeats: 2 }));
// Values of another length than the keys.
expectError(st.scaledDotProductAttention(q, kv, kvLong, { repeats: 2 }));

declare const h: st.Tensor<[2, 16, 128]>;
expectType<st.Tensor<[2, 16, 128]>>(st.rmsNorm(h, st.ones([128]), 1e-5));
expectError(st.rmsNorm(h, st.ones([64]), 1e-5));
expectType<st.Tensor<[2, 16, 128]>>(st.swiglu(h, st.ones([2, 16, 128])));
// up of another shape than gate, or of another dtype.
expectError(st.swiglu(h, st.ones([2, 16, 64])));
expectError(st.swiglu(h, st.ones([2, 16, 128], 'int32')));
expectType<st.Tensor<[2, 8, 16, 32]>>(st.rotaryEmbedding(q, 0, 10000));
expectError(st.rotaryEmbedding(xi));
declare const split: st.Tensor<[2, 16, 8, 32]>;
expectType<st.Tensor<[2, 8, 16, 32]>>(st.rotaryEmbeddingHeads(split, 0, 10000));
expectError(st.rotaryEmbeddingHeads(h));
expectType<st.Tensor<[16, 24], 'float32'>>(st.causalBias(16, 24));
