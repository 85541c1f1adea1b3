// Elementwise ops: unary math keeps the shape; binary ops broadcast like NumPy; comparisons give bool.
import { expectError, expectType } from 'tsd';
import * as st from '../src/index.js';

declare const x: st.Tensor<[2, 3]>;
declare const xi: st.Tensor<[2, 3], 'int32'>;
declare const xb: st.Tensor<[2, 3], 'bool'>;
declare const btd: st.Tensor<[4, 16, 32]>;
declare const d: st.Tensor<[32]>;
declare const t1d: st.Tensor<[16, 1]>;
declare const b11: st.Tensor<[4, 1, 1]>;
declare const col: st.Tensor<[3, 1]>;
declare const row: st.Tensor<[1, 4]>;
declare const s0: st.Tensor<[]>;

// ---- unary: numeric ops keep the dtype (float32 or int32).
expectType<st.Tensor<[2, 3]>>(st.neg(x));
expectType<st.Tensor<[2, 3]>>(st.abs(x));
expectType<st.Tensor<[2, 3]>>(st.square(x));
expectType<st.Tensor<[2, 3]>>(st.relu(x));
expectType<st.Tensor<[2, 3], 'int32'>>(st.neg(xi));
expectType<st.Tensor<[2, 3], 'int32'>>(st.abs(xi));
expectType<st.Tensor<[2, 3], 'int32'>>(st.square(xi));
expectType<st.Tensor<[2, 3], 'int32'>>(st.relu(xi));
expectError(st.neg(xb));
expectError(st.abs(xb));
expectError(st.square(xb));
expectError(st.relu(xb));

// ---- unary: float-only ops.
expectType<st.Tensor<[2, 3]>>(st.exp(x));
expectType<st.Tensor<[2, 3]>>(st.log(x));
expectType<st.Tensor<[2, 3]>>(st.sqrt(x));
expectType<st.Tensor<[2, 3]>>(st.rsqrt(x));
expectType<st.Tensor<[2, 3]>>(st.sigmoid(x));
expectType<st.Tensor<[2, 3]>>(st.tanh(x));
expectType<st.Tensor<[2, 3]>>(st.sin(x));
expectType<st.Tensor<[2, 3]>>(st.cos(x));
expectType<st.Tensor<[2, 3]>>(st.silu(x));
expectType<st.Tensor<[2, 3]>>(st.gelu(x));
expectType<st.Tensor<[4, 16, 32]>>(st.gelu(btd));
expectType<st.Tensor<[]>>(st.exp(s0));
// int32 (or bool) given to a float-only op is rejected.
expectError(st.exp(xi));
expectError(st.log(xi));
expectError(st.sqrt(xi));
expectError(st.rsqrt(xi));
expectError(st.sigmoid(xi));
expectError(st.tanh(xi));
expectError(st.sin(xi));
expectError(st.cos(xi));
expectError(st.silu(xi));
expectError(st.gelu(xi));
expectError(st.exp(xb));

// ---- binary arithmetic: same shapes.
expectType<st.Tensor<[2, 3]>>(st.add(x, x));
expectType<st.Tensor<[2, 3]>>(st.sub(x, x));
expectType<st.Tensor<[2, 3]>>(st.mul(x, x));
expectType<st.Tensor<[2, 3]>>(st.div(x, x));
expectType<st.Tensor<[2, 3]>>(st.pow(x, x));
expectType<st.Tensor<[2, 3]>>(st.maximum(x, x));
expectType<st.Tensor<[2, 3]>>(st.minimum(x, x));
expectType<st.Tensor<[2, 3]>>(st.squaredDifference(x, x));
expectType<st.Tensor<[2, 3], 'int32'>>(st.add(xi, xi));
expectType<st.Tensor<[2, 3], 'int32'>>(st.div(xi, xi));

// ---- broadcasting: [B, T, D] + [D], rank extension, size-1 dims, scalars.
expectType<st.Tensor<[4, 16, 32]>>(st.add(btd, d));
expectType<st.Tensor<[4, 16, 32]>>(st.add(d, btd));
expectType<st.Tensor<[4, 16, 32]>>(st.mul(btd, t1d));
expectType<st.Tensor<[4, 16, 32]>>(st.sub(btd, b11));
expectType<st.Tensor<[3, 4]>>(st.add(col, row));
expectType<st.Tensor<[3, 4]>>(st.maximum(row, col));
expectType<st.Tensor<[2, 3]>>(st.mul(x, s0));
expectType<st.Tensor<[2, 3]>>(st.mul(s0, x));
// JS numbers act as scalars of the tensor's dtype.
expectType<st.Tensor<[2, 3]>>(st.add(x, 1));
expectType<st.Tensor<[2, 3]>>(st.mul(x, 0.5));
expectType<st.Tensor<[2, 3]>>(st.pow(x, 2));
expectType<st.Tensor<[2, 3]>>(st.minimum(x, 6));
expectType<st.Tensor<[2, 3]>>(st.squaredDifference(x, 0));
expectType<st.Tensor<[2, 3], 'int32'>>(st.mul(xi, 2));
// ... first too (`1 - x`, BCE's `1 - p`, a GRU's `1 - z`), with the same int32 check; not with a bool tensor.
expectType<st.Tensor<[2, 3]>>(st.sub(1, x));
expectType<st.Tensor<[2, 3]>>(st.div(1, x));
expectType<st.Tensor<[2, 3], 'int32'>>(st.sub(1, xi));
expectType<st.Tensor<[4, 16, 32]>>(st.mul(0.5, btd));
expectError(st.mul(0.5, xi));
expectError(st.sub(1, xb));
declare const k: number;
expectType<st.Tensor<[4, 16, 32]>>(st.div(btd, k));
expectType<st.Tensor<[4, 16, 32]>>(st.sub(k, btd));
// Dynamic dims yield to literal ones; unknown rank gives an unknown shape.
declare const dyn: st.Tensor<[number, 32]>;
declare const anyRank: st.Tensor<number[]>;
expectType<st.Tensor<[4, 16, 32]>>(st.add(btd, dyn));
expectType<st.Tensor<[number, 32]>>(st.add(dyn, d));
expectType<st.Tensor<number[]>>(st.add(btd, anyRank));

// ---- mismatches are rejected.
declare const x34: st.Tensor<[3, 4]>;
declare const d31: st.Tensor<[31]>;
expectError(st.add(x, x34));
expectError(st.sub(btd, d31));
expectError(st.mul(btd, st.zeros([16, 31])));
expectError(st.div(x, st.zeros([3, 2])));
expectError(st.pow(x, x34));
expectError(st.maximum(x, x34));
expectError(st.minimum(x, x34));
expectError(st.squaredDifference(x, x34));
// Dtypes must match: no silent upcasts.
expectError(st.add(x, xi));
expectError(st.mul(xi, x));
expectError(st.sub(x, xb));
// Arithmetic on bool is rejected.
expectError(st.add(xb, xb));
expectError(st.mul(xb, 1));
// Something that is not a tensor or a number is rejected.
expectError(st.add(x, 'one'));
expectError(st.add(x, [1, 2, 3]));

// ---- comparisons return 'bool'.
expectType<st.Tensor<[2, 3], 'bool'>>(st.equal(x, x));
expectType<st.Tensor<[2, 3], 'bool'>>(st.notEqual(x, 0));
expectType<st.Tensor<[2, 3], 'bool'>>(st.less(x, x));
expectType<st.Tensor<[2, 3], 'bool'>>(st.lessEqual(x, 1));
expectType<st.Tensor<[2, 3], 'bool'>>(st.greater(xi, xi));
expectType<st.Tensor<[2, 3], 'bool'>>(st.greaterEqual(xi, 3));
expectType<st.Tensor<[2, 3], 'bool'>>(st.equal(xb, xb));
expectType<st.Tensor<[4, 16, 32], 'bool'>>(st.greater(btd, d));
expectType<st.Tensor<[3, 4], 'bool'>>(st.less(col, row));
expectError(st.equal(x, x34));
expectError(st.less(x, xi));
expectError(st.greater(btd, d31));

// ---- logical ops take and give bool.
declare const m34: st.Tensor<[3, 4], 'bool'>;
declare const m4: st.Tensor<[4], 'bool'>;
expectType<st.Tensor<[2, 3], 'bool'>>(st.logicalAnd(xb, xb));
expectType<st.Tensor<[2, 3], 'bool'>>(st.logicalOr(xb, xb));
expectType<st.Tensor<[3, 4], 'bool'>>(st.logicalAnd(m34, m4));
expectType<st.Tensor<[2, 3], 'bool'>>(st.logicalNot(xb));
expectError(st.logicalAnd(x, x));
expectError(st.logicalOr(xb, x));
expectError(st.logicalAnd(xb, m34));
expectError(st.logicalNot(x));
expectError(st.logicalNot(xi));

// ---- where: condition must be bool; the three shapes broadcast together.
declare const mask: st.Tensor<[16, 16], 'bool'>;
declare const scores: st.Tensor<[4, 16, 16]>;
declare const neginf: st.Tensor<[]>;
expectType<st.Tensor<[2, 3]>>(st.where(xb, x, x));
expectType<st.Tensor<[4, 16, 16]>>(st.where(mask, scores, neginf));
expectType<st.Tensor<[4, 16, 16]>>(st.where(mask, neginf, scores));
declare const cond3: st.Tensor<[3, 1, 1], 'bool'>;
declare const a14: st.Tensor<[1, 4, 1]>;
declare const b15: st.Tensor<[5]>;
expectType<st.Tensor<[3, 4, 5]>>(st.where(cond3, a14, b15));
expectType<st.Tensor<[2, 3], 'int32'>>(st.where(xb, xi, xi));
expectError(st.where(x, x, x)); // float condition
expectError(st.where(xi, x, x)); // int32 condition
expectError(st.where(xb, x, xi)); // branches differ in dtype
expectError(st.where(xb, x, x34)); // branches do not broadcast
expectError(st.where(m34, x, x)); // condition does not broadcast

// ---- cast
expectType<st.Tensor<[2, 3], 'int32'>>(st.cast(x, 'int32'));
expectType<st.Tensor<[2, 3]>>(st.cast(xi, 'float32'));
expectType<st.Tensor<[2, 3]>>(st.cast(xb, 'float32'));
expectType<st.Tensor<[2, 3], 'bool'>>(st.cast(x, 'bool'));
expectError(st.cast(x, 'float64'));

// ---- clipByValue keeps shape and dtype; bool rejected.
expectType<st.Tensor<[2, 3]>>(st.clipByValue(x, -1, 1));
expectType<st.Tensor<[2, 3], 'int32'>>(st.clipByValue(xi, 0, 10));
expectError(st.clipByValue(xb, 0, 1));

// ---- generic code: the common cases type-check by unification alone (no cast), with dims that
// are type parameters.
function residual<B extends number, T extends number, D extends number>(
  h: st.Tensor<[B, T, D]>, bias: st.Tensor<[D]>, scale: st.Tensor<[B, T, 1]>, mask: st.Tensor<[T, T], 'bool'>, s: st.Tensor<[B, T, T]>,
): st.Tensor<[B, T, D]> {
  expectType<st.Tensor<[B, T, D]>>(st.add(h, h));
  expectType<st.Tensor<[B, T, D]>>(st.add(h, bias));
  expectType<st.Tensor<[B, T, D]>>(st.mul(h, scale));
  expectType<st.Tensor<[B, T, D]>>(st.mul(h, 0.5));
  expectType<st.Tensor<[B, T, D], 'bool'>>(st.greater(h, 0));
  expectType<st.Tensor<[B, T, T]>>(st.where(mask, s, -1e9));
  return st.add(st.mul(h, scale), bias);
}
expectType<st.Tensor<[4, 16, 32]>>(residual(btd, d, st.zeros([4, 16, 1]), st.zeros([16, 16], 'bool'), st.zeros([4, 16, 16])));

// ... and a second operand of the same rank whose dims are the first's or 1 (a bias [1, 1, D], a per-head
// scale [1, H, 1, 1], FiLM's [B, 1, D], squeeze-excitation's [B, C, 1, 1]); another dim is still refused.
function broadcastOnto<B extends number, H extends number, T extends number, D extends number>(
  x: st.Tensor<[B, T, D]>, bias: st.Tensor<[1, 1, D]>, film: st.Tensor<[B, 1, D]>, s: st.Tensor<[B, H, T, T]>, perHead: st.Tensor<[1, H, 1, 1]>,
  wrong: st.Tensor<[1, 1, T]>,
) {
  expectType<st.Tensor<[B, T, D]>>(st.add(x, bias));
  expectType<st.Tensor<[B, T, D]>>(st.sub(x, film));
  expectType<st.Tensor<[B, T, D]>>(st.sub(x, st.max(x, 1, true)));
  expectType<st.Tensor<[B, H, T, T]>>(st.mul(s, perHead));
  expectType<st.Tensor<[B, T, D]>>(x.add(film));
  expectError(st.add(x, wrong));
}
// where takes a mask of the scores' rank with 1s where it broadcasts (nanoGPT's [1, 1, T, T] causal buffer,
// a per-example [B, 1, T, T], padding masks [B, 1, 1, T] and [B, 1, T]).
function masks<B extends number, H extends number, T extends number>(
  s: st.Tensor<[B, H, T, T]>, causal: st.Tensor<[1, 1, T, T], 'bool'>, perExample: st.Tensor<[B, 1, T, T], 'bool'>,
  pad: st.Tensor<[B, 1, 1, T], 'bool'>, single: st.Tensor<[B, T, T]>, pad3: st.Tensor<[B, 1, T], 'bool'>, wrong: st.Tensor<[1, H, 1, T], 'bool'>,
) {
  expectType<st.Tensor<[B, H, T, T]>>(st.where(causal, s, -1e9));
  expectType<st.Tensor<[B, H, T, T]>>(st.where(perExample, s, -1e9));
  expectType<st.Tensor<[B, H, T, T]>>(st.where(pad, s, -1e9));
  expectType<st.Tensor<[B, T, T]>>(st.where(pad3, single, -1e9));
  expectType<st.Tensor<[B, H, T, T]>>(s.where(causal, -1e9));
  expectError(st.where(st.zeros([1, 1, 4, 4], 'bool'), st.zeros([2, 3, 4, 5]), -1e9));
  return wrong;
}
// logicalAnd of a padding mask [..., 1, T] and a causal [T, T] in generic code: one [..., T, T] mask.
function oneMask<B extends number, T extends number>(pad: st.Tensor<[B, 1, T], 'bool'>, causal: st.Tensor<[T, T], 'bool'>, pad4: st.Tensor<[B, 1, 1, T], 'bool'>) {
  expectType<st.Tensor<[B, T, T], 'bool'>>(st.logicalAnd(pad, causal));
  expectType<st.Tensor<[B, 1, T, T], 'bool'>>(st.logicalOr(pad4, causal));
  expectType<st.Tensor<[B, T, T], 'bool'>>(pad.logicalAnd(causal));
  expectType<st.Tensor<[B, 1, T], 'bool'>>(pad.logicalOr(pad));
}
expectType<st.Tensor<[4, 16, 16], 'bool'>>(st.logicalAnd(st.zeros([4, 1, 16], 'bool'), st.causalMask(16)));
expectError(st.logicalAnd(st.zeros([4, 1, 16], 'bool'), st.causalMask(8)));
expectType<st.Tensor<[4, 16, 32]>>(st.mul(btd, st.zeros([1, 16, 1])));
expectError(st.add(st.zeros([4, 2, 3]), st.zeros([4, 1, 2])));

// A trailing 1 against a vector or a matrix, and outer products per row, in generic code (NeRF's x[..., None] * freqs,
// Mamba's delta[..., None] * A and delta[..., None] * B[..., None, :]); literal mismatches still get the sentence.
function trailingOne<B extends number, L extends number, D extends number, N extends number, F extends number>(
  delta: st.Tensor<[B, L, D, 1]>, A: st.Tensor<[D, N]>, Bm: st.Tensor<[B, L, 1, N]>, x: st.Tensor<[B, 3, 1]>, freqs: st.Tensor<[F]>,
) {
  expectType<st.Tensor<[B, L, D, N]>>(st.mul(delta, A));
  expectType<st.Tensor<[B, L, D, N]>>(st.mul(delta, Bm));
  expectType<st.Tensor<[B, 3, F]>>(st.mul(x, freqs));
}
expectType<st.Tensor<[2, 16, 64, 8]>>(st.mul(st.zeros([2, 16, 64, 1]), st.zeros([64, 8])));
// The same as methods, and the per-row outer comparison (sequence packing's same-segment mask).
function trailingOneMethods<B extends number, T extends number, D extends number, N extends number>(
  x: st.Tensor<[B, T, 1]>, freqs: st.Tensor<[N]>, delta: st.Tensor<[B, T, D, 1]>, A: st.Tensor<[D, N]>, seg: st.Tensor<[B, T], 'int32'>, causal: st.Tensor<[T, T], 'bool'>,
) {
  expectType<st.Tensor<[B, T, N]>>(x.mul(freqs));
  expectType<st.Tensor<[B, T, D, N]>>(delta.mul(A));
  expectType<st.Tensor<[B, T, T], 'bool'>>(st.equal(st.expandDims(seg, 2), st.expandDims(seg, 1)));
  expectType<st.Tensor<[B, T, T], 'bool'>>(st.expandDims(seg, 2).equal(st.expandDims(seg, 1)));
  expectType<st.Tensor<[B, T, T], 'bool'>>(st.logicalAnd(st.equal(st.expandDims(seg, 2), st.expandDims(seg, 1)), causal));
}
expectError(st.equal(st.zeros([2, 8, 1]), st.zeros([3, 1, 8])));
expectError(st.mul(st.zeros([2, 16, 64, 1]), st.zeros([8, 64])));
expectError(st.mul(st.zeros([2, 16, 64, 1]), st.zeros([2, 8, 1, 4])));

// A union of shapes (a conditional's branches) against an operand that fits one branch: checked per branch
// (the same-shape forms do not take the branch that fits for all of them).
declare const large: boolean;
const gates = st.softmax(st.matMul(st.zeros([64, 32]), large ? st.zeros([32, 16]) : st.zeros([32, 8])));
expectError(st.mul(gates, st.zeros([64, 8])));
expectError(st.where(st.zeros([64, 8], 'bool'), gates, 0));
expectType<st.Tensor<[64, 8] | [64, 16]>>(st.mul(gates, 2));

// ---- the generic-friendly signatures must not widen concrete dims into unions: each dim is
// inferred from one operand only, so [2, 3] + [3, 4] is not read as [2 | 3, 3 | 4].
declare function expecting<T>(x: T): T;
expectError(expecting<st.Tensor<[2 | 3, 3 | 4]>>(st.add(x, x34)));
expectError(st.where(xb, x, x34));
expectError(st.where(st.zeros([4, 4], 'bool'), st.zeros([2, 4, 4]), st.zeros([2, 4, 5])));

// An operand of a lower rank whose dims are the other's or 1, either side, in generic code; and [..., 1, 1] by a matrix.
function lowerRank<B extends number, C extends number, H extends number, W extends number>(
  x: st.Tensor<[B, C, H, W]>, bias: st.Tensor<[C, 1, 1]>, gain: st.Tensor<[1, C, 1, 1]>, rows: st.Tensor<[C, 1]>, table: st.Tensor<[H, W]>,
) {
  expectType<st.Tensor<[B, C, H, W]>>(st.add(x, bias));
  expectType<st.Tensor<[B, C, H, W]>>(st.mul(x, gain));
  expectType<st.Tensor<[B, C, H, W]>>(st.mul(bias, x));
  expectType<st.Tensor<[C, H, W]>>(st.mul(bias, table));
  expectError(st.add(x, rows));
}
lowerRank(st.zeros([2, 3, 4, 5]), st.zeros([3, 1, 1]), st.zeros([1, 3, 1, 1]), st.zeros([3, 1]), st.zeros([4, 5]));
expectType<st.Tensor<[2, 3, 4, 5]>>(st.add(st.zeros([2, 3, 4, 5]), st.zeros([3, 1, 1])));
expectError(st.add(st.zeros([2, 3, 4, 5]), st.zeros([4, 1, 1])));
function leadingOneFirst<B extends number, H extends number, T extends number>(s: st.Tensor<[B, H, T, T]>, scale: st.Tensor<[1, H, 1, 1]>, other: st.Tensor<[1, T, 1, 1]>) {
  expectType<st.Tensor<[B, H, T, T]>>(st.mul(scale, s));
  expectError(st.mul(other, s));
}
leadingOneFirst(st.zeros([2, 3, 4, 4]), st.zeros([1, 3, 1, 1]), st.zeros([1, 4, 1, 1]));
// The same as methods.
function lowerRankMethods<B extends number, C extends number, H extends number, W extends number>(
  x: st.Tensor<[B, C, H, W]>, bias: st.Tensor<[C, 1, 1]>, gain: st.Tensor<[1, C, 1, 1]>, rows: st.Tensor<[C, 1]>, table: st.Tensor<[H, W]>,
) {
  expectType<st.Tensor<[B, C, H, W]>>(x.add(bias));
  expectType<st.Tensor<[B, C, H, W]>>(bias.mul(x));
  expectType<st.Tensor<[B, C, H, W]>>(gain.mul(x));
  expectType<st.Tensor<[C, H, W]>>(bias.mul(table));
  expectError(x.add(rows));
}
lowerRankMethods(st.zeros([2, 3, 4, 5]), st.zeros([3, 1, 1]), st.zeros([1, 3, 1, 1]), st.zeros([3, 1]), st.zeros([4, 5]));
