// tile, pad, unstack, topk, multinomial, cumsum: result types, and the calls that must not compile.
import { expectError, expectType } from 'tsd';
import * as st from '../src/index.js';

declare const x23: st.Tensor<[2, 3]>;
declare const x234: st.Tensor<[2, 3, 4]>;
declare const xi: st.Tensor<[2, 3], 'int32'>;
declare const xb: st.Tensor<[2, 3], 'bool'>;
declare const dyn: st.Tensor<[number, 4]>;
declare const anyRank: st.Tensor<number[]>;
type T = st.Named<'T', 16>;
declare const named: st.Tensor<[2, T]>;

// ---- tile: each dim times its rep; a rep of 1 keeps the dim (and its name).
expectType<st.Tensor<[4, 9]>>(st.tile(x23, [2, 3]));
expectType<st.Tensor<[2, 3]>>(st.tile(x23, [1, 1]));
expectType<st.Tensor<[2, 6, 4]>>(st.tile(x234, [1, 2, 1]));
expectType<st.Tensor<[4, 3], 'int32'>>(st.tile(xi, [2, 1]));
expectType<st.Tensor<[2, 3], 'bool'>>(st.tile(xb, [1, 1]));
expectType<st.Tensor<[number, 8]>>(st.tile(dyn, [3, 2]));
expectType<st.Tensor<[4, T]>>(st.tile(named, [2, 1]));
expectType<st.Tensor<number[]>>(st.tile(anyRank, [2, 2]));
expectError(st.tile(x23, [2]));
expectError(st.tile(x23, [2, 2, 2]));
expectError(st.tile(x23, [2, -1]));

// ---- pad: before + dim + after on each axis.
expectType<st.Tensor<[4, 6]>>(st.pad(x23, [[1, 1], [2, 1]]));
expectType<st.Tensor<[2, 3]>>(st.pad(x23, [[0, 0], [0, 0]]));
expectType<st.Tensor<[2, 5, 4]>>(st.pad(x234, [[0, 0], [2, 0], [0, 0]], -1));
expectType<st.Tensor<[3, 3], 'int32'>>(st.pad(xi, [[0, 1], [0, 0]]));
expectType<st.Tensor<[number, 6]>>(st.pad(dyn, [[1, 0], [1, 1]]));
expectType<st.Tensor<[2, T]>>(st.pad(named, [[0, 0], [0, 0]]));
expectError(st.pad(x23, [[1, 1]]));
expectError(st.pad(x23, [[1, 1], [0, 0], [0, 0]]));
expectError(st.pad(x23, [[1, 1], [-1, 0]]));
expectError(st.pad(x23, [[1, 1], [0, -2]]));

// ---- unstack: a tuple of the slices along the axis, each without it.
expectType<[st.Tensor<[3]>, st.Tensor<[3]>]>(st.unstack(x23));
expectType<[st.Tensor<[2]>, st.Tensor<[2]>, st.Tensor<[2]>]>(st.unstack(x23, 1));
expectType<[st.Tensor<[2]>, st.Tensor<[2]>, st.Tensor<[2]>]>(st.unstack(x23, -1));
expectType<[st.Tensor<[2, 3]>, st.Tensor<[2, 3]>, st.Tensor<[2, 3]>, st.Tensor<[2, 3]>]>(st.unstack(x234, 2));
expectType<[st.Tensor<[3], 'int32'>, st.Tensor<[3], 'int32'>]>(st.unstack(xi));
expectType<st.Tensor<[4]>[]>(st.unstack(dyn));
expectType<st.Tensor<[2]>[]>(st.unstack(st.zeros([2, 100]), 1));
const [first, second] = st.unstack(x23);
expectType<st.Tensor<[3]>>(first);
expectType<st.Tensor<[3]>>(second);
expectError(st.unstack(x23, 2));
expectError(st.unstack(x23, -3));

// ---- topk: the last dim becomes k; indices are int32.
expectType<st.TopKResult<[2, 2], 'float32', 'default'>>(st.topk(x23, 2));
expectType<st.Tensor<[2, 3, 1]>>(st.topk(x234, 1).values);
expectType<st.Tensor<[2, 3, 1], 'int32'>>(st.topk(x234, 1).indices);
expectType<st.Tensor<[2, 3], 'int32'>>(st.topk(xi, 3).values);
expectType<st.Tensor<[number, 2]>>(st.topk(dyn, 2).values);
expectError(st.topk(x23, 4));
expectError(st.topk(x23, -1));
expectError(st.topk(st.scalar(1), 1));
expectError(st.topk(xb, 1));

// ---- multinomial: [classes] -> [n], [batch, classes] -> [batch, n]; logits, not probabilities.
expectType<st.Tensor<[5], 'int32'>>(st.multinomial(st.zeros([7]), 5));
expectType<st.Tensor<[2, 4], 'int32'>>(st.multinomial(x23, 4, 1));
expectType<st.Tensor<[2, 1], 'int32'>>(st.multinomial(st.logSoftmax(x23), 1));
expectType<st.Tensor<[3], 'int32', 'cpu'>>(st.multinomial(st.zeros([7], 'float32', 'cpu'), 3));
expectError(st.multinomial(st.softmax(x23), 1));
expectError(st.multinomial(x234, 1));
expectError(st.multinomial(xi, 1));

// ---- cumsum: same shape and dtype; the axis must exist.
expectType<st.Tensor<[2, 3]>>(st.cumsum(x23));
expectType<st.Tensor<[2, 3]>>(st.cumsum(x23, 1, true, true));
expectType<st.Tensor<[2, 3, 4]>>(st.cumsum(x234, -1));
expectType<st.Tensor<[2, 3], 'int32'>>(st.cumsum(xi, 1));
expectError(st.cumsum(x23, 2));
expectError(st.cumsum(x23, -3));
expectError(st.cumsum(xb));
// A k known only at run time (checked there) over a generic last dim: nanoGPT's top_k filter.
export function topkRunTimeK<B extends number, V extends number>(logits: st.Tensor<[B, V]>, k: number) {
  expectType<st.Tensor<[B, number]>>(st.topk(logits, k).values);
}
// unstack along a run-time (number) time dim in generic code: an array of steps of the other dims.
export function unstackRunTimeSteps<B extends number, D extends number>(x: st.Tensor<[B, number, D]>) {
  expectType<st.Tensor<[B, D]>[]>(st.unstack(x, 1));
}
// A literal k over a generic last dim (a top-2 router over a user's E experts): [N, 2], k checked at run time.
export function topkLiteralKGenericDim<N extends number, E extends number>(probs: st.Tensor<[N, E]>) {
  expectType<st.Tensor<[N, 2]>>(st.topk(probs, 2).values);
  expectType<st.Tensor<[N, 2], 'int32'>>(probs.topk(2).indices);
  expectError(st.topk(probs, -1));
}
// k the vocab size itself, a type parameter (a nucleus sampler sorting every logit): [1, V].
export function topkGenericK<V extends number>(logits: st.Tensor<[1, V]>, vocab: V) {
  expectType<st.Tensor<[1, V]>>(st.topk(logits, vocab).values);
}

// unstack along any axis of a generic shape of known rank (a middle axis of rank 4: the time steps of
// [B, H, T, Dh]), by index or from the end; the first axis of [X, ...R]; an axis out of range is refused.
export function unstackMiddleAxis<B extends number, H extends number, T extends number, Dh extends number, R extends st.Shape>(
  x: st.Tensor<[B, H, T, Dh]>, y: st.Tensor<[T, ...R]>,
) {
  expectType<st.Tensor<[B, H, Dh]>[]>(st.unstack(x, 2));
  expectType<st.Tensor<[B, T, Dh]>[]>(st.unstack(x, -3));
  expectType<st.Tensor<[B, H, T]>[]>(x.unstack(3));
  expectType<st.Tensor<[H, T, Dh]>[]>(st.unstack(x));
  expectType<st.Tensor<R>[]>(st.unstack(y));
  expectError(st.unstack(x, 4));
}
expectType<[st.Tensor<[2, 4]>, st.Tensor<[2, 4]>, st.Tensor<[2, 4]>]>(st.unstack(st.zeros([2, 3, 4]), 1));
