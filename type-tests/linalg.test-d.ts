// matMul and linear: inner dims must agree, batch dims broadcast, weights are [in, out].
import { expectError, expectType } from 'tsd';
import * as st from '../src/index.js';

declare const a34: st.Tensor<[3, 4]>;
declare const b45: st.Tensor<[4, 5]>;
declare const b54: st.Tensor<[5, 4]>;
declare const a43: st.Tensor<[4, 3]>;
declare const a34i: st.Tensor<[3, 4], 'int32'>;
declare const b45i: st.Tensor<[4, 5], 'int32'>;

// ---- 2-D
expectType<st.Tensor<[3, 5]>>(st.matMul(a34, b45));
expectType<st.Tensor<[3, 3]>>(st.matMul(a34, a43));
expectType<st.Tensor<[4, 4]>>(st.matMul(a43, a34));
// transposeA / transposeB flags.
expectType<st.Tensor<[3, 5]>>(st.matMul(a34, b54, false, true));
expectType<st.Tensor<[3, 5]>>(st.matMul(a43, b45, true));
expectType<st.Tensor<[3, 5]>>(st.matMul(a43, b54, true, true));
expectType<st.Tensor<[4, 4]>>(st.matMul(a34, a34, true, false));
expectType<st.Tensor<[3, 3]>>(st.matMul(a34, a34, false, true));
expectType<st.Tensor<[3, 5]>>(st.matMul(a34, b45, false, false));
// Inner dims differ.
expectError(st.matMul(a34, a34));
expectError(st.matMul(a34, b54));
expectError(st.matMul(a34, b45, true));
expectError(st.matMul(a34, b45, false, true));
expectError(st.matMul(a43, b45, true, true));
// Rank 1 (or 0) operands are rejected.
declare const v4: st.Tensor<[4]>;
declare const s0: st.Tensor<[]>;
expectError(st.matMul(a34, v4));
expectError(st.matMul(v4, b45));
expectError(st.matMul(s0, s0));
// float32 only; dtypes must match.
expectError(st.matMul(a34i, b45i));
expectError(st.matMul(a34, b45i));

// ---- batched
declare const q: st.Tensor<[2, 8, 16, 64]>;
declare const kT: st.Tensor<[2, 8, 64, 16]>;
declare const k: st.Tensor<[2, 8, 16, 64]>;
expectType<st.Tensor<[2, 8, 16, 16]>>(st.matMul(q, kT));
expectType<st.Tensor<[2, 8, 16, 16]>>(st.matMul(q, k, false, true));
expectType<st.Tensor<[2, 8, 64, 64]>>(st.matMul(q, k, true, false));
// Batch dims broadcast: [2, 1, M, K] @ [1, 8, K, N], and a batch against no batch.
declare const b1: st.Tensor<[2, 1, 16, 64]>;
declare const b2: st.Tensor<[1, 8, 64, 32]>;
expectType<st.Tensor<[2, 8, 16, 32]>>(st.matMul(b1, b2));
declare const w8: st.Tensor<[8, 64, 32]>;
expectType<st.Tensor<[2, 8, 16, 32]>>(st.matMul(q, w8));
// 3-D @ 2-D: the matrix applies to every batch entry.
declare const x3: st.Tensor<[4, 10, 32]>;
declare const w: st.Tensor<[32, 64]>;
expectType<st.Tensor<[4, 10, 64]>>(st.matMul(x3, w));
// 2-D @ 3-D.
declare const m3: st.Tensor<[4, 64, 7]>;
expectType<st.Tensor<[4, 10, 7]>>(st.matMul(st.zeros([10, 64]), m3));
// Batch dims that do not broadcast; inner dims that differ in a batch.
declare const bad: st.Tensor<[3, 8, 64, 16]>;
expectError(st.matMul(q, bad));
expectError(st.matMul(q, q));
expectError(st.matMul(x3, st.zeros([31, 64])));
// Dynamic dims pass the compiler (checked at run time).
declare const dyn: st.Tensor<[number, number]>;
expectType<st.Tensor<[3, number]>>(st.matMul(a34, dyn));
declare const anyRank: st.Tensor<number[]>;
expectType<st.Tensor<number[]>>(st.matMul(a34, anyRank));

// ---- linear: [...lead, In] x [In, Out] (+ [Out]) -> [...lead, Out]
declare const w32x64: st.Tensor<[32, 64]>;
declare const bias64: st.Tensor<[64]>;
declare const x2: st.Tensor<[10, 32]>;
declare const x4: st.Tensor<[2, 4, 10, 32]>;
expectType<st.Tensor<[10, 64]>>(st.linear(x2, w32x64));
expectType<st.Tensor<[10, 64]>>(st.linear(x2, w32x64, bias64));
expectType<st.Tensor<[4, 10, 64]>>(st.linear(x3, w32x64));
expectType<st.Tensor<[4, 10, 64]>>(st.linear(x3, w32x64, bias64));
expectType<st.Tensor<[2, 4, 10, 64]>>(st.linear(x4, w32x64));
expectType<st.Tensor<[2, 4, 10, 64]>>(st.linear(x4, w32x64, bias64));
expectType<st.Tensor<[64]>>(st.linear(st.zeros([32]), w32x64));
// Weight whose in-dim does not match the input's last dim.
declare const w31x64: st.Tensor<[31, 64]>;
declare const w64x32: st.Tensor<[64, 32]>;
expectError(st.linear(x2, w31x64));
expectError(st.linear(x3, w64x32));
expectError(st.linear(x4, w31x64, bias64));
// Weight that is not [in, out].
expectError(st.linear(x2, st.zeros([32])));
expectError(st.linear(x2, st.zeros([1, 32, 64])));
// Bias of the wrong size or rank.
declare const bias32: st.Tensor<[32]>;
expectError(st.linear(x2, w32x64, bias32));
expectError(st.linear(x3, w32x64, st.zeros([1, 64])));
// linear is float32 only.
expectError(st.linear(st.zeros([10, 32], 'int32'), w32x64));
expectError(st.linear(x2, st.zeros([32, 64], 'int32')));

// ---- generic code: the common products type-check by unification alone.
function attend<B extends number, T extends number, D extends number, H extends number>(
  q: st.Tensor<[B, T, D]>, k: st.Tensor<[B, T, D]>, wo: st.Tensor<[D, H]>, bo: st.Tensor<[H]>,
): st.Tensor<[B, T, H]> {
  const scores = st.matMul(q, k, false, true);
  expectType<st.Tensor<[B, T, T]>>(scores);
  expectType<st.Tensor<[B, T, D]>>(st.matMul(scores, k));
  expectType<st.Tensor<[B, T, H]>>(st.matMul(q, wo));
  return st.linear(st.matMul(scores, k), wo, bo);
}
expectType<st.Tensor<[4, 10, 64]>>(attend(x3, x3, w32x64, bias64));
// One matrix broadcast over a stack (every expert of a mixture at once): [1, N, D] @ [E, D, F] is [E, N, F].
function experts<N extends number, D extends number, E extends number, F extends number>(x: st.Tensor<[N, D]>, w: st.Tensor<[E, D, F]>) {
  expectType<st.Tensor<[E, N, F]>>(st.matMul(st.expandDims(x, 0), w));
}
experts(st.zeros([6, 32]), st.zeros([4, 32, 64]));
expectType<st.Tensor<[4, 6, 64]>>(st.matMul(st.zeros([1, 6, 32]), st.zeros([4, 32, 64])));
expectType<st.Tensor<[1, 6, 64]>>(st.matMul(st.zeros([1, 6, 32]), st.zeros([32, 64])));
expectError(st.matMul(st.zeros([1, 6, 32]), st.zeros([4, 16, 64])));

// ---- those signatures infer each dim from one operand only: a union such as 4 | 3 must never
// make mismatched inner dims pass.
expectError(st.matMul(a34, st.zeros([3, 7])));
expectError(st.matMul(st.zeros([2, 3, 4]), st.zeros([2, 5, 6])));
expectError(st.linear(st.zeros([2, 8]), st.zeros([9, 4]), st.zeros([4])));
expectError(st.linear(st.zeros([2, 8]), st.zeros([8, 4]), st.zeros([5])));
// x of any rank in generic code by a [K, N] matrix (a LoRA delta x @ A @ B): [...L, N]; a rank-1 x is refused.
function loraDelta<L extends st.Shape, In extends number, R extends number, Out extends number>(x: st.Tensor<[...L, In]>, a: st.Tensor<[In, R]>, b: st.Tensor<[R, Out]>) {
  expectType<st.Tensor<[...L, Out]>>(st.matMul(st.matMul(x, a), b));
}
loraDelta(st.zeros([2, 3, 8]), st.zeros([8, 4]), st.zeros([4, 8]));
expectError(st.matMul(st.zeros([3]), st.zeros([3, 4])));
// One key/value head broadcast over the query heads in generic code (multi-query attention), both ways round.
function multiQuery<B extends number, H extends number, T extends number, S extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, 1, S, Dh]>, v: st.Tensor<[B, 1, S, Dh]>,
  oneQuery: st.Tensor<[B, 1, T, Dh]>, keys: st.Tensor<[B, H, S, Dh]>, narrowKey: st.Tensor<[B, 1, S, 7]>,
) {
  const scores = st.matMul(q, k, false, true);
  expectType<st.Tensor<[B, H, T, S]>>(scores);
  expectType<st.Tensor<[B, H, T, Dh]>>(st.matMul(scores, v));
  expectType<st.Tensor<[B, H, T, S]>>(st.matMul(oneQuery, keys, false, true));
  expectError(st.matMul(q, narrowKey, false, true));
  expectError(st.matMul(q, k));
}
multiQuery(st.zeros([2, 8, 4, 16]), st.zeros([2, 1, 6, 16]), st.zeros([2, 1, 6, 16]), st.zeros([2, 1, 4, 16]), st.zeros([2, 8, 6, 16]), st.zeros([2, 1, 6, 7]));
// The same as methods.
function multiQueryMethods<B extends number, H extends number, T extends number, S extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, 1, S, Dh]>, v: st.Tensor<[B, 1, S, Dh]>, narrowKey: st.Tensor<[B, 1, S, 7]>,
) {
  const scores = q.matMul(k, false, true);
  expectType<st.Tensor<[B, H, T, S]>>(scores);
  expectType<st.Tensor<[B, H, T, Dh]>>(scores.matMul(v));
  expectError(q.matMul(narrowKey, false, true));
}
multiQueryMethods(st.zeros([2, 8, 4, 16]), st.zeros([2, 1, 6, 16]), st.zeros([2, 1, 6, 16]), st.zeros([2, 1, 6, 7]));
