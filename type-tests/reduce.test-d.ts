// Reductions: no axis (all), one axis, negative axes, several axes, keepDims; argMax/argMin give int32.
import { expectError, expectType } from 'tsd';
import * as st from '../src/index.js';

declare const x: st.Tensor<[2, 3, 4]>;
declare const xi: st.Tensor<[2, 3, 4], 'int32'>;
declare const xb: st.Tensor<[2, 3, 4], 'bool'>;

// ---- sum: every form.
expectType<st.Tensor<[]>>(st.sum(x));
expectType<st.Tensor<[3, 4]>>(st.sum(x, 0));
expectType<st.Tensor<[2, 4]>>(st.sum(x, 1));
expectType<st.Tensor<[2, 3]>>(st.sum(x, 2));
expectType<st.Tensor<[2, 3]>>(st.sum(x, -1));
expectType<st.Tensor<[2, 4]>>(st.sum(x, -2));
expectType<st.Tensor<[3, 4]>>(st.sum(x, -3));
expectType<st.Tensor<[3]>>(st.sum(x, [0, 2]));
expectType<st.Tensor<[3]>>(st.sum(x, [0, -1]));
expectType<st.Tensor<[4]>>(st.sum(x, [1, 0]));
expectType<st.Tensor<[]>>(st.sum(x, [0, 1, 2]));
expectType<st.Tensor<[2, 3, 1]>>(st.sum(x, -1, true));
expectType<st.Tensor<[1, 3, 4]>>(st.sum(x, 0, true));
expectType<st.Tensor<[1, 3, 1]>>(st.sum(x, [0, 2], true));
expectType<st.Tensor<[1, 1, 1]>>(st.sum(x, undefined, true));
expectType<st.Tensor<[2, 3], 'int32'>>(st.sum(xi, -1));
expectType<st.Tensor<[], 'int32'>>(st.sum(xi));

// ---- the others share the rule.
expectType<st.Tensor<[]>>(st.mean(x));
expectType<st.Tensor<[2, 3]>>(st.mean(x, -1));
expectType<st.Tensor<[2, 3, 1]>>(st.mean(x, -1, true));
expectType<st.Tensor<[4]>>(st.mean(x, [0, 1]));
expectType<st.Tensor<[]>>(st.max(x));
expectType<st.Tensor<[2, 4]>>(st.max(x, 1));
expectType<st.Tensor<[2, 3, 1]>>(st.max(x, 2, true));
expectType<st.Tensor<[2, 3], 'int32'>>(st.max(xi, -1));
expectType<st.Tensor<[]>>(st.min(x));
expectType<st.Tensor<[3, 4]>>(st.min(x, -3));
expectType<st.Tensor<[1, 3, 1]>>(st.min(x, [0, -1], true));
expectType<st.Tensor<[]>>(st.prod(x));
expectType<st.Tensor<[2]>>(st.prod(x, [1, 2]));
expectType<st.Tensor<[2, 1, 4], 'int32'>>(st.prod(xi, 1, true));
expectType<st.Tensor<[]>>(st.logSumExp(x));
expectType<st.Tensor<[2, 3]>>(st.logSumExp(x, -1));
expectType<st.Tensor<[2, 3, 1]>>(st.logSumExp(x, -1, true));
expectType<st.Tensor<[3]>>(st.logSumExp(x, [0, 2]));

// ---- dtypes: mean and logSumExp are float32 only; bool is rejected everywhere.
expectError(st.mean(xi));
expectError(st.mean(xi, -1));
expectError(st.logSumExp(xi, -1));
expectError(st.sum(xb));
expectError(st.sum(xb, -1));
expectError(st.max(xb, 0));

// ---- axes out of range.
expectError(st.sum(x, 3));
expectError(st.sum(x, -4));
expectError(st.sum(x, [0, 3]));
expectError(st.mean(x, 5));
expectError(st.max(x, -4, true));
expectError(st.min(x, [3]));
expectError(st.prod(x, 3));
expectError(st.logSumExp(x, [-4]));
expectError(st.sum(st.zeros([]), 0));

// ---- argMax / argMin: the axis removed (default 0), int32 result.
expectType<st.Tensor<[3, 4], 'int32'>>(st.argMax(x));
expectType<st.Tensor<[2, 3], 'int32'>>(st.argMax(x, -1));
expectType<st.Tensor<[2, 4], 'int32'>>(st.argMax(x, 1));
expectType<st.Tensor<[2, 3], 'int32'>>(st.argMax(xi, 2));
expectType<st.Tensor<[3, 4], 'int32'>>(st.argMin(x));
expectType<st.Tensor<[2, 3], 'int32'>>(st.argMin(x, -1));
expectType<st.Tensor<[], 'int32'>>(st.argMax(st.zeros([10])));
expectError(st.argMax(x, 3));
expectError(st.argMin(x, -4));
expectError(st.argMax(xb, 0));

// ---- dynamic dims pass through; an unknown rank gives an unknown shape.
declare const dyn: st.Tensor<[number, 4]>;
expectType<st.Tensor<[number]>>(st.sum(dyn, -1));
expectType<st.Tensor<[4]>>(st.mean(dyn, 0));
declare const anyRank: st.Tensor<number[]>;
expectType<st.Tensor<number[]>>(st.sum(anyRank, 0));

// ---- generic code: the last axis of [...L, X] reduces by unification alone.
function rowNorm<L extends st.Shape, X extends number>(t: st.Tensor<[...L, X]>): st.Tensor<[...L, X]> {
  const total = st.sum(t, -1, true);
  expectType<st.Tensor<[...L, 1]>>(total);
  expectType<st.Tensor<L>>(st.max(t, -1));
  return st.div(t, total);
}
expectType<st.Tensor<[2, 3, 4]>>(rowNorm(x));
// ... and argMax / argMin over the last, first or second axis (a greedy pick over [...L, V] logits).
function greedy<L extends st.Shape, V extends number, B extends number, C extends number, T extends number>(
  logits: st.Tensor<[...L, V]>, scores: st.Tensor<[B, C, T]>,
) {
  expectType<st.Tensor<L, 'int32'>>(st.argMax(logits, -1));
  expectType<st.Tensor<L, 'int32'>>(logits.argMax(-1));
  expectType<st.Tensor<[C, T], 'int32'>>(st.argMin(scores, 0));
  expectType<st.Tensor<[B, T], 'int32'>>(st.argMax(scores, 1));
  expectError(st.argMax(scores, 3));
}
greedy(x, x);
