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
// log of probabilities is log-probabilities, as st.log gives; exp turns them back.
expectType<st.LogProbabilities<[2, 3, 4]>>(x.softmax().log());
expectType<st.Probabilities<[2, 3, 4]>>(x.logSoftmax().exp());
expectType<st.Tensor<[2, 3, 4]>>(x.exp().log());
expectError(st.sparseSoftmaxCrossEntropy(x.softmax().reshape([6, 4]), st.zeros([6], 'int32')));

// ---- the list ops, where, oneHot, logical ops, unstack, topk, dropout, head merge, repeats
declare const mask: st.Tensor<[2, 3, 4], 'bool'>;
expectType<st.Tensor<[2, 3, 8]>>(x.concat(x, -1));
expectType<st.Tensor<[2, 3, 12]>>(x.concat([x, x], 2));
expectType<st.Tensor<[4, 3, 4]>>(x.concat(x));
expectType<st.Tensor<[2, 2, 3, 4]>>(x.stack(x));
expectType<st.Tensor<[2, 3, 4, 2]>>(x.stack(x, -1));
expectType<st.Tensor<[3, 2, 3, 4]>>(x.stack([x, x]));
expectType<[st.Tensor<[2, 3, 2]>, st.Tensor<[2, 3, 2]>]>(x.split(2, -1));
expectType<[st.Tensor<[2, 1, 4]>, st.Tensor<[2, 2, 4]>]>(x.split([1, 2], 1));
expectType<st.Tensor<[2, 3, 4]>>(x.where(mask, 0));
expectType<st.Tensor<[2, 3, 4]>>(x.where(st.zeros([3, 4], 'bool'), -1e9));
expectType<st.Tensor<[7, 10], 'int32'>>(ids.oneHot(10));
expectType<st.Tensor<[7, 10]>>(ids.oneHot(10, 1, 0, 'float32'));
expectType<st.Tensor<[2, 3, 4], 'bool'>>(mask.logicalAnd(mask).logicalOr(mask).logicalNot());
expectType<[st.Tensor<[3, 4]>, st.Tensor<[3, 4]>]>(x.unstack());
expectType<st.Tensor<[2, 3, 2]>>(x.topk(2).values);
expectType<st.Tensor<[2, 3, 2], 'int32'>>(x.topk(2).indices);
expectType<st.Tensor<[2, 3, 4]>>(x.dropout(0.1, 1));
expectType<st.Tensor<[2, 12]>>(x.mergeLastDims());
expectType<st.Tensor<[2, 6, 4]>>(x.repeatInterleave(2, 1));
expectType<st.Tensor<[2, 3, 4, 1]>>(x.expandDims(-1));

// ---- generic code as model writers chain it: flatten to [-1, X] and back, rotate-half, a padding
// mask, a trailing column, the last position, the heads merged back
function flatten<L extends st.Shape, X extends number>(t: st.Tensor<[...L, X]>, width: X): st.Tensor<[st.Product<L>, X]> {
  return t.reshape([-1, width]);
}
expectType<st.Tensor<[6, 4]>>(flatten(x, 4));
function roundTrip<B extends number, T extends number, X extends number>(t: st.Tensor<[B, T, X]>, b: B, tt: T, width: X): st.Tensor<[B, T, X]> {
  return t.reshape([-1, width]).reshape([b, tt, width]);
}
expectType<st.Tensor<[2, 3, 4]>>(roundTrip(x, 2, 3, 4));
function rotateHalf<L extends st.Shape, Dh extends number>(t: st.Tensor<[...L, Dh]>): st.Tensor<[...L, Dh]> {
  const [x1, x2] = t.split(2, -1);
  return x2.neg().concat(x1, -1);
}
expectType<st.Tensor<[2, 3, 4]>>(rotateHalf(x));
function masked<B extends number, H extends number, T extends number>(m: st.Tensor<[B, 1, 1, T], 'bool'>, s: st.Tensor<[B, H, T, T]>): st.Tensor<[B, H, T, T]> {
  return s.where(m, -1e9).softmax().mul(1);
}
expectType<st.Tensor<[2, 4, 8, 8]>>(masked(st.zeros([2, 1, 1, 8], 'bool'), st.zeros([2, 4, 8, 8])));
function column<L extends st.Shape, D extends number>(t: st.Tensor<[...L, D]>): st.Tensor<[...L, D, 1]> {
  return t.expandDims(-1);
}
expectType<st.Tensor<[2, 3, 4, 1]>>(column(x));
function lastPosition<B extends number, T extends number, V extends number>(t: st.Tensor<[B, T, V]>) {
  return t.slice([0, t.shape[1] - 1, 0], [-1, 1, -1]);
}
expectType<st.Tensor<[2, 1, 4]>>(lastPosition(x));
function mergeHeads<B extends number, T extends number, H extends number, Dh extends number>(t: st.Tensor<[B, H, T, Dh]>): st.Tensor<[B, T, st.Mul<H, Dh>]> {
  return t.transpose([0, 2, 1, 3]).mergeLastDims();
}
expectType<st.Tensor<[2, 3, 20]>>(mergeHeads(st.zeros([2, 4, 3, 5])));

// ---- what the functions reject, the methods reject (the new ones)
expectError(m.concat(st.zeros([4, 4]), 1));
expectError(m.concat(st.zeros([3, 4], 'int32')));
expectError(m.stack(st.zeros([4, 3])));
expectError(m.split(3, 1));
expectError(st.zeros([2, 63]).split(2, -1));
expectError(m.where(st.zeros([3, 4]), 0));
expectError(m.where(st.zeros([4, 3], 'bool'), 0));
expectError(st.zeros([3]).oneHot(4));
expectError(m.logicalAnd(mask));
expectError(m.unstack(2));
expectError(m.topk(5));
expectError(xi.dropout(0.1));
expectError(m.dropout(1.5));
expectError(m.clipByValue(1, 0));
expectError(xi.mul(0.5));

// The generic forms the functions have, as methods (tfjs users chain them): a position table [1, T, D], a value
// per row, an outer product, one matrix over a stack, x of any rank @ [K, N], two batches joined, top-2 of E.
export function methodForms<B extends number, T extends number, D extends number, E extends number, F extends number, L extends st.Shape>(
  x: st.Tensor<[B, T, D]>, pos: st.Tensor<[1, T, D]>, keep: st.Tensor<[B, 1, 1]>, t: st.Tensor<[T, 1]>, inv: st.Tensor<[1, F]>,
  rows: st.Tensor<[B, D]>, experts: st.Tensor<[E, D, F]>, any: st.Tensor<[...L, D]>, w: st.Tensor<[D, F]>, more: st.Tensor<[E, D]>,
) {
  expectType<st.Tensor<[B, T, D]>>(x.add(pos).mul(keep));
  expectType<st.Tensor<[T, F]>>(t.mul(inv));
  expectType<st.Tensor<[T, F], 'bool'>>(t.less(inv));
  expectType<st.Tensor<[E, B, F]>>(rows.expandDims(0).matMul(experts));
  expectType<st.Tensor<[...L, F]>>(any.matMul(w));
  expectType<st.Tensor<[st.Add<B, E>, D]>>(rows.concat(more, 0));
}

// The comparisons as methods in generic code: a keepDims column (top-k sampling's `logits.less(kth)`), a
// trailing [X], an outer [1, Y] by [X, 1]; a mismatch still reaches the sentence.
export function comparisonMethodForms<B extends number, V extends number, T extends number>(
  logits: st.Tensor<[B, V]>, kth: st.Tensor<[B, 1]>, bias: st.Tensor<[V]>, j: st.Tensor<[1, T]>, i: st.Tensor<[T, 1]>, other: st.Tensor<[V, 1]>,
) {
  expectType<st.Tensor<[B, V], 'bool'>>(logits.less(kth));
  expectType<st.Tensor<[B, V], 'bool'>>(logits.greaterEqual(bias));
  expectType<st.Tensor<[T, T], 'bool'>>(j.lessEqual(i));
  expectError(logits.less(other));
}
