// Shape ops: reshape, transpose, expandDims, squeeze, concat, stack, split, slice, gather, oneHot,
// and the head split/merge that generic layer code relies on.
import { expectError, expectType } from 'tsd';
import * as st from '../src/index.js';

declare const x234: st.Tensor<[2, 3, 4]>;
declare const x34: st.Tensor<[3, 4]>;
declare const xi: st.Tensor<[2, 3], 'int32'>;

// ---- reshape: the element count is kept.
expectType<st.Tensor<[6, 4]>>(st.reshape(x234, [6, 4]));
expectType<st.Tensor<[24]>>(st.reshape(x234, [24]));
expectType<st.Tensor<[4, 3, 2]>>(st.reshape(x234, [4, 3, 2]));
expectType<st.Tensor<[1, 24, 1]>>(st.reshape(x234, [1, 24, 1]));
expectType<st.Tensor<[6], 'int32'>>(st.reshape(xi, [6]));
// Big products are computed on decimal digits, not tuple lengths.
declare const w: st.Tensor<[4096, 11008]>;
expectType<st.Tensor<[11008, 4096]>>(st.reshape(w, [11008, 4096]));
expectType<st.Tensor<[45088768]>>(st.reshape(w, [45088768]));
expectType<st.Tensor<[512, 128]>>(st.reshape(st.zeros([32, 16, 128]), [512, 128]));
expectType<st.Tensor<[32, 16, 128]>>(st.reshape(st.zeros([512, 128]), [32, 16, 128]));
// One -1 is inferred.
expectType<st.Tensor<[6, 4]>>(st.reshape(x234, [-1, 4]));
expectType<st.Tensor<[2, 12]>>(st.reshape(x234, [2, -1]));
expectType<st.Tensor<[24]>>(st.reshape(x234, [-1]));
expectType<st.Tensor<[11008, 4096]>>(st.reshape(w, [-1, 4096]));
expectType<st.Tensor<[32, 16, 128]>>(st.reshape(st.zeros([512, 128]), [32, -1, 128]));
// Dynamic dims skip the count check (it runs at run time).
declare const dyn: st.Tensor<[number, 4]>;
expectType<st.Tensor<[2, 2, 4]>>(st.reshape(dyn, [2, 2, 4]));
expectType<st.Tensor<[number, 2, 2]>>(st.reshape(dyn, [-1, 2, 2]));
// Bad counts, two -1, other negative dims.
expectError(st.reshape(x234, [5, 5]));
expectError(st.reshape(x234, [25]));
expectError(st.reshape(w, [11008, 4095]));
expectError(st.reshape(st.zeros([8, 64]), [8, 60]));
expectError(st.reshape(x234, [-1, 5]));
expectError(st.reshape(x234, [-1, -1]));
expectError(st.reshape(x234, [-1, 2, -1]));
expectError(st.reshape(x234, [-2, -12]));

// ---- transpose: no perm reverses the dims.
expectType<st.Tensor<[4, 3, 2]>>(st.transpose(x234));
expectType<st.Tensor<[4, 3]>>(st.transpose(x34));
expectType<st.Tensor<[2, 4, 3]>>(st.transpose(x234, [0, 2, 1]));
expectType<st.Tensor<[3, 2, 4]>>(st.transpose(x234, [1, 0, 2]));
expectType<st.Tensor<[2, 3, 4]>>(st.transpose(x234, [0, 1, 2]));
expectType<st.Tensor<[3, 2], 'int32'>>(st.transpose(xi));
declare const q: st.Tensor<[2, 16, 8, 64]>;
expectType<st.Tensor<[2, 8, 16, 64]>>(st.transpose(q, [0, 2, 1, 3]));
// Bad perms: out of range, repeated, wrong length, negative.
expectError(st.transpose(x234, [0, 1, 3]));
expectError(st.transpose(x234, [0, 1, 1]));
expectError(st.transpose(x234, [0, 1]));
expectError(st.transpose(x234, [0, 1, 2, 3]));
expectError(st.transpose(x234, [0, -1, 1]));

// ---- expandDims: axis in [-rank-1, rank]; default 0.
expectType<st.Tensor<[1, 3, 4]>>(st.expandDims(x34));
expectType<st.Tensor<[1, 3, 4]>>(st.expandDims(x34, 0));
expectType<st.Tensor<[3, 1, 4]>>(st.expandDims(x34, 1));
expectType<st.Tensor<[3, 4, 1]>>(st.expandDims(x34, 2));
expectType<st.Tensor<[3, 4, 1]>>(st.expandDims(x34, -1));
expectType<st.Tensor<[3, 1, 4]>>(st.expandDims(x34, -2));
expectType<st.Tensor<[1, 3, 4]>>(st.expandDims(x34, -3));
expectType<st.Tensor<[1]>>(st.expandDims(st.zeros([])));
expectError(st.expandDims(x34, 3));
expectError(st.expandDims(x34, -4));

// ---- squeeze: every 1, or the given axes (each of size 1).
declare const ones: st.Tensor<[1, 3, 1, 4, 1]>;
expectType<st.Tensor<[3, 4]>>(st.squeeze(ones));
expectType<st.Tensor<[3, 1, 4, 1]>>(st.squeeze(ones, [0]));
expectType<st.Tensor<[1, 3, 4, 1]>>(st.squeeze(ones, [2]));
expectType<st.Tensor<[1, 3, 1, 4]>>(st.squeeze(ones, [-1]));
expectType<st.Tensor<[3, 4, 1]>>(st.squeeze(ones, [0, 2]));
expectType<st.Tensor<[3, 4]>>(st.squeeze(ones, [0, 2, 4]));
expectType<st.Tensor<[3, 4]>>(st.squeeze(x34));
expectType<st.Tensor<[]>>(st.squeeze(st.zeros([1, 1])));
expectError(st.squeeze(ones, [1]));
expectError(st.squeeze(ones, [0, 3]));
expectError(st.squeeze(ones, [5]));
expectError(st.squeeze(x34, [0]));

// ---- concat: the axis dims add up; every other dim must agree.
declare const a23: st.Tensor<[2, 3]>;
declare const b53: st.Tensor<[5, 3]>;
declare const c27: st.Tensor<[2, 7]>;
expectType<st.Tensor<[7, 3]>>(st.concat([a23, b53]));
expectType<st.Tensor<[7, 3]>>(st.concat([a23, b53], 0));
expectType<st.Tensor<[9, 3]>>(st.concat([a23, b53, a23]));
expectType<st.Tensor<[2, 10]>>(st.concat([a23, c27], 1));
expectType<st.Tensor<[2, 10]>>(st.concat([a23, c27], -1));
expectType<st.Tensor<[2, 3]>>(st.concat([a23]));
declare const k1: st.Tensor<[2, 8, 10, 64]>;
declare const k2: st.Tensor<[2, 8, 1, 64]>;
expectType<st.Tensor<[2, 8, 11, 64]>>(st.concat([k1, k2], 2));
expectType<st.Tensor<[2, 3], 'int32'>>(st.concat([xi]));
expectError(st.concat([a23, b53], 1)); // 2 vs 5 off the axis
expectError(st.concat([a23, c27])); // 3 vs 7 off the axis
expectError(st.concat([a23, x234])); // ranks differ
expectError(st.concat([a23, b53], 2)); // axis out of range
expectError(st.concat([a23, xi])); // dtypes differ
expectError(st.concat([k1, st.zeros([3, 8, 1, 64])], 2)); // batch dims differ
expectError(st.concat([k1, st.zeros([2, 8, 1, 32])], 2)); // head dims differ
expectError(st.concat([]));

// ---- stack: equal shapes; a new axis of the tensors' count.
expectType<st.Tensor<[3, 2, 3]>>(st.stack([a23, a23, a23]));
expectType<st.Tensor<[2, 2, 3]>>(st.stack([a23, a23], 0));
expectType<st.Tensor<[2, 2, 3]>>(st.stack([a23, a23], 1));
expectType<st.Tensor<[2, 3, 2]>>(st.stack([a23, a23], 2));
expectType<st.Tensor<[2, 3, 2]>>(st.stack([a23, a23], -1));
expectType<st.Tensor<[1, 2, 3]>>(st.stack([a23]));
expectError(st.stack([a23, b53]));
expectError(st.stack([a23, a23], 3));
expectError(st.stack([a23, a23], -4));
expectError(st.stack([a23, xi]));

// ---- split: N equal parts, or sizes that add up to the dim.
declare const s64: st.Tensor<[2, 6, 4]>;
expectType<[st.Tensor<[1, 6, 4]>, st.Tensor<[1, 6, 4]>]>(st.split(s64, 2));
expectType<[st.Tensor<[2, 2, 4]>, st.Tensor<[2, 2, 4]>, st.Tensor<[2, 2, 4]>]>(st.split(s64, 3, 1));
expectType<[st.Tensor<[2, 6, 2]>, st.Tensor<[2, 6, 2]>]>(st.split(s64, 2, -1));
expectType<[st.Tensor<[2, 1, 4]>, st.Tensor<[2, 5, 4]>]>(st.split(s64, [1, 5], 1));
expectType<[st.Tensor<[2, 6, 1]>, st.Tensor<[2, 6, 1]>, st.Tensor<[2, 6, 2]>]>(st.split(s64, [1, 1, 2], 2));
// The fused q/k/v projection split into three, as in GPT-2.
declare const qkv: st.Tensor<[4, 16, 2304]>;
expectType<[st.Tensor<[4, 16, 768]>, st.Tensor<[4, 16, 768]>, st.Tensor<[4, 16, 768]>]>(st.split(qkv, 3, -1));
expectError(st.split(s64, 4, 1)); // 6 is not divisible by 4
expectError(st.split(s64, 3)); // 2 is not divisible by 3
expectError(st.split(s64, [1, 4], 1)); // sizes add up to 5, not 6
expectError(st.split(s64, [2, 2, 2], 2)); // 6, not 4
expectError(st.split(s64, 2, 3)); // axis out of range

// ---- slice: begin per axis; size per axis (-1 or missing: to the end).
declare const s10: st.Tensor<[10, 8, 6]>;
expectType<st.Tensor<[4, 8, 6]>>(st.slice(s10, [2], [4]));
expectType<st.Tensor<[4, 3, 6]>>(st.slice(s10, [2, 1], [4, 3]));
expectType<st.Tensor<[8, 8, 6]>>(st.slice(s10, [2]));
expectType<st.Tensor<[8, 8, 6]>>(st.slice(s10, 2));
expectType<st.Tensor<[4, 8, 6]>>(st.slice(s10, 2, 4));
expectType<st.Tensor<[4, 7, 6]>>(st.slice(s10, [2, 1], [4, -1]));
expectType<st.Tensor<[10, 8, 2]>>(st.slice(s10, [0, 0, 4], [-1, -1, 2]));
expectType<st.Tensor<[0, 8, 6]>>(st.slice(s10, [10]));
expectType<st.Tensor<[10, 8, 6]>>(st.slice(s10, [0, 0, 0], [10, 8, 6]));
expectError(st.slice(s10, [8], [4])); // 8 + 4 > 10
expectError(st.slice(s10, [11])); // begin past the end
expectError(st.slice(s10, [0, 0, 0, 0])); // more axes than the tensor
expectError(st.slice(s10, [-1])); // negative begin
expectError(st.slice(s10, [0], [-2])); // negative size other than -1
expectError(st.slice(s10, [0, 0, 5], [1, 1, 2])); // 5 + 2 > 6

// ---- gather: int32 indices replace the axis by their shape.
declare const emb: st.Tensor<[100, 32]>;
declare const ids: st.Tensor<[4, 16], 'int32'>;
declare const ids1: st.Tensor<[5], 'int32'>;
expectType<st.Tensor<[4, 16, 32]>>(st.gather(emb, ids));
expectType<st.Tensor<[5, 32]>>(st.gather(emb, ids1));
expectType<st.Tensor<[5, 32]>>(st.gather(emb, ids1, 0));
expectType<st.Tensor<[100, 5]>>(st.gather(emb, ids1, 1));
expectType<st.Tensor<[100, 4, 16]>>(st.gather(emb, ids, -1));
expectType<st.Tensor<[4, 16, 3], 'int32'>>(st.gather(st.zeros([7, 3], 'int32'), ids));
declare const fids: st.Tensor<[5]>;
expectError(st.gather(emb, fids)); // float32 indices
expectError(st.gather(emb, st.zeros([5], 'bool'))); // bool indices
expectError(st.gather(emb, ids1, 2)); // axis out of range

// ---- oneHot: a new last axis of the depth; int32 by default.
expectType<st.Tensor<[5, 10], 'int32'>>(st.oneHot(ids1, 10));
expectType<st.Tensor<[4, 16, 65], 'int32'>>(st.oneHot(ids, 65));
expectType<st.Tensor<[5, 10]>>(st.oneHot(ids1, 10, 1, 0, 'float32'));
expectError(st.oneHot(fids, 10));
// The expected type must not pick the dtype (it is int32 at run time).
declare function expecting<T>(x: T): T;
expectError(expecting<st.Tensor<[5, 10]>>(st.oneHot(ids1, 10)));

// ---- repeatInterleave: the axis grows by the repeat count (grouped-query attention).
declare const kv: st.Tensor<[2, 4, 16, 64]>;
expectType<st.Tensor<[2, 8, 16, 64]>>(st.repeatInterleave(kv, 2, 1));
expectType<st.Tensor<[2, 4, 16, 192]>>(st.repeatInterleave(kv, 3, -1));
expectType<st.Tensor<[6], 'int32'>>(st.repeatInterleave(st.zeros([3], 'int32'), 2, 0));
expectError(st.repeatInterleave(kv, 2, 4));
expectError(st.repeatInterleave(kv, 2, -5));

// ---- dimDiv / dimMul: run-time dim arithmetic typed with its type-level value.
expectType<64>(st.dimDiv(512, 8));
expectType<128>(st.dimMul(8, 16));
declare const nHeads: number;
expectType<number>(st.dimDiv(512, nHeads));

// ---- splitLastDim / mergeLastDims, concrete.
declare const h: st.Tensor<[2, 16, 128]>;
expectType<st.Tensor<[2, 16, 8, 16]>>(st.splitLastDim(h, 8, 16));
expectType<st.Tensor<[2, 16, 4, 32]>>(st.splitLastDim(h, 4, 32));
expectType<st.Tensor<[2, 16, 128]>>(st.mergeLastDims(st.splitLastDim(h, 8, 16)));
expectType<st.Tensor<[2, 16, 128]>>(st.mergeLastDims(st.zeros([2, 16, 8, 16])));
expectType<st.Tensor<[11008]>>(st.mergeLastDims(st.zeros([86, 128])));
expectError(st.splitLastDim(h, 8, 8)); // 8 * 8 is not 128
expectError(st.splitLastDim(h, 3, 43)); // 129

// ---- splitLastDim / mergeLastDims, generic: Mul<H, Dh> stays unevaluated, so splitting the heads
// out and merging them back gives the declared type without a cast.
function heads<B extends number, T extends number, H extends number, Dh extends number>(
  x: st.Tensor<[B, T, st.Mul<H, Dh>]>, h: H, dh: Dh,
): st.Tensor<[B, T, st.Mul<H, Dh>]> {
  const split = st.splitLastDim(x, h, dh);
  expectType<st.Tensor<[B, T, H, Dh]>>(split);
  // Heads to the front and back again: transpose resolves on generic dims too.
  const perHead = st.transpose(split, [0, 2, 1, 3]);
  expectType<st.Tensor<[B, H, T, Dh]>>(perHead);
  return st.mergeLastDims(st.transpose(perHead, [0, 2, 1, 3]));
}
// With the dims given, Mul<8, 16> evaluates to 128 and plain [2, 16, 128] tensors fit. (Left to
// inference, H would also be inferred from inside Mul<H, Dh> and become the union 8 | 128.)
expectType<st.Tensor<[2, 16, 128]>>(heads<2, 16, 8, 16>(h, 8, 16));
expectType<st.Tensor<[2, 16, 128]>>(heads<2, 16, 2, 64>(h, 2, 64));
expectError(heads<2, 16, 8, 8>(h, 8, 8));

// ---- withShape: a run-time checked view with a known shape.
declare const dynamic: st.Tensor<[number, number, 8]>;
type T16 = st.Named<'T', 16>;
declare const t16: T16;
expectType<st.Tensor<[2, 16, 8]>>(st.withShape(dynamic, [2, 16, 8]));
expectType<st.Tensor<[2, T16, 8]>>(st.withShape(dynamic, [2, t16, 8]));
expectError(st.withShape(dynamic, [2, 16, 4]));
expectError(st.withShape(x34, [4, 3]));
expectError(st.withShape(x34, [3, 4, 1]));
// A literal fraction as an on/off value of an int32 one-hot (the default) is refused; float32 takes it.
expectError(st.oneHot(ids1, 10, 0.9, 0));
expectError(ids1.oneHot(10, 1, 0.1));
expectType<st.Tensor<[5, 10]>>(st.oneHot(ids1, 10, 0.9, 0.1 / 9, 'float32'));
expectType<st.Tensor<[5, 10], 'int32'>>(st.oneHot(ids1, 10, 2, -1));
// slice with every size given (none -1), sizes that are type parameters included: the result is the sizes.
export function givenSizes<S extends number, T extends number>(bias: st.Tensor<[1, 1, S, S], 'bool'>, t: T) {
  expectType<st.Tensor<[1, 1, T, T], 'bool'>>(st.slice(bias, [0, 0, 0, 0], [1, 1, t, t]));
  expectType<st.Tensor<[1, 1, T, T], 'bool'>>(bias.slice([0, 0, 0, 0], [1, 1, t, t]));
  expectError(st.slice(bias, [0, 0, -1, 0], [1, 1, t, t]));
}
expectType<st.Tensor<[2, 3]>>(st.slice(st.zeros([4, 6]), [1, 2], [2, 3]));
expectError(st.slice(st.zeros([4, 6]), [3, 2], [2, 4]));
expectError(st.slice(st.zeros([5]), [2, 0], [1]));
