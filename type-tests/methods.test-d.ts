// Chained methods have the functions' types: each method call is typed as its function call, in
// concrete and in generic code, and rejects what the function rejects.
import { expectError, expectType } from 'tsd';
import * as st from '../src/index.js';

declare const x: st.Tensor<[2, 3, 4]>;
declare const m: st.Tensor<[3, 4]>;
declare const w: st.Tensor<[4, 5]>;
declare const xi: st.Tensor<[2, 3], 'int32'>;
declare const ids: st.Tensor<[7], 'int32'>;
declare const table: st.Tensor<[10, 4]>;

// ---- each method is typed as its function
expectType<typeof m.add>(x.add);
expectType<st.Tensor<[3, 4]>>(m.add(m));
expectType<st.Tensor<[2, 3, 4]>>(x.add(st.zeros([4])));
expectType<st.Tensor<[2, 3, 4]>>(x.mul(2));
expectType<st.Tensor<[2, 3, 4]>>(x.sub(st.zeros([3, 1])));
expectType<st.Tensor<[2, 3], 'int32'>>(xi.div(xi));
expectType<st.Tensor<[2, 3, 4], 'bool'>>(x.greater(0));
expectType<st.Tensor<[2, 3, 5]>>(x.matMul(w));
expectType<st.Tensor<[3, 3]>>(m.matMul(m, false, true));
expectType<st.Tensor<[6, 4]>>(x.reshape([6, 4]));
expectType<st.Tensor<[24]>>(x.reshape([-1]));
expectType<st.Tensor<[4, 3, 2]>>(x.transpose());
expectType<st.Tensor<[2, 4, 3]>>(x.transpose([0, 2, 1]));
expectType<st.Tensor<[2, 3]>>(x.sum(-1));
expectType<st.Tensor<[2, 3, 1]>>(x.mean(-1, true));
expectType<st.Tensor<[]>>(x.max());
expectType<st.Tensor<[2, 4]>>(x.min(1));
expectType<st.Tensor<[2, 3], 'int32'>>(x.argMax(-1));
expectType<st.Tensor<[2, 3, 4]>>(x.exp().log().neg().square().sqrt());
expectType<st.Probabilities<[2, 3, 4]>>(x.softmax());
expectType<st.LogProbabilities<[2, 3, 4]>>(x.logSoftmax(1));
expectType<st.Tensor<[1, 2, 3, 4]>>(x.expandDims());
expectType<st.Tensor<[2, 3]>>(st.zeros([2, 1, 3]).squeeze());
expectType<st.Tensor<[1, 2]>>(m.slice([1, 2], [1, 2]));
expectType<st.Tensor<[7, 4]>>(table.gather(ids));
expectType<st.Tensor<[10, 7]>>(table.gather(ids, 1));
expectType<st.Tensor<[2, 3, 4], 'int32'>>(x.cast('int32'));
expectType<st.Tensor<[6, 4]>>(m.tile([2, 1]));
expectType<st.Tensor<[5, 4]>>(m.pad([[1, 1], [0, 0]]));
expectType<st.Tensor<[3, 4]>>(m.cumsum(1));
// A chain as tfjs users write it.
expectType<st.Tensor<[2, 3]>>(x.matMul(w).relu().sum(-1));

// ---- generic code: the generic-friendly overloads hold for methods too
function block<B extends number, T extends number, D extends number, H extends number>(
  h: st.Tensor<[B, T, D]>, wIn: st.Tensor<[D, H]>, scale: st.Tensor<[D]>,
): st.Tensor<[B, T, H]> {
  return h.mul(scale).add(h).matMul(wIn);
}
expectType<st.Tensor<[2, 3, 5]>>(block(x, w, st.ones([4])));
function rowSums<L extends st.Shape, X extends number>(t: st.Tensor<[...L, X]>): st.Tensor<[...L, 1]> {
  return t.sum(-1, true);
}
expectType<st.Tensor<[2, 3, 1]>>(rowSums(x));

// ---- what the functions reject, the methods reject
expectError(m.add(st.zeros([4, 3])));
expectError(m.sub(xi));
expectError(m.matMul(m));
expectError(x.reshape([5, 5]));
expectError(x.transpose([0, 0, 1]));
expectError(x.sum(3));
expectError(xi.mean());
expectError(xi.exp());
expectError(x.softmax(3));
expectError(x.expandDims(5));
expectError(x.squeeze([0]));
expectError(m.slice([3, 0], [2, 1]));
expectError(table.gather(st.zeros([3])));
expectError(m.tile([2]));
expectError(m.pad([[1, 1]]));
expectError(m.cumsum(2));
expectError(st.zeros([2], 'bool').neg());

// ---- kinds: shape-only methods keep softmax output's kind, value methods give plain values
expectType<st.Probabilities<[6, 4]>>(x.softmax().reshape([6, 4]));
expectType<st.Probabilities<[4, 3, 2]>>(x.softmax().transpose());
expectType<st.Tensor<[2, 3, 4]>>(x.softmax().log());
expectError(st.sparseSoftmaxCrossEntropy(x.softmax().reshape([6, 4]), st.zeros([6], 'int32')));
