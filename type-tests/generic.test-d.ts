// Generic code the users write: each op below is called with dims that are type parameters, and
// must type-check (with the result stated) inside the generic function, then give literal shapes
// at the call site. Concrete mistakes still reach the checked signature's sentence.
import { expectError, expectType } from 'tsd';
import * as st from '../src/index.js';

// reshape: flatten the leading dims with -1, and unflatten them back.
function projectTokens<B extends number, T extends number, D extends number, O extends number>(
  x: st.Tensor<[B, T, D]>, w: st.Tensor<[D, O]>, b: B, t: T, o: O,
): st.Tensor<[B, T, O]> {
  const flat = st.reshape(x, [-1, x.shape[2]]);
  expectType<st.Tensor<[st.Mul<B, T>, D]>>(flat);
  return st.reshape(st.matMul(flat, w), [b, t, o]);
}
expectType<st.Tensor<[2, 3, 5]>>(projectTokens(st.zeros([2, 3, 4]), st.zeros([4, 5]), 2, 3, 5));
expectType<st.Tensor<[8, 64]>>(st.reshape(st.zeros([2, 4, 64]), [-1, 64]));
expectError(st.reshape(st.zeros([2, 4, 64]), [-1, 60]));

// split + concat: RoPE's rotate-half keeps the head dim.
function rotateHalf<L extends st.Shape, Dh extends number>(x: st.Tensor<[...L, Dh]>): st.Tensor<[...L, Dh]> {
  const [x1, x2] = st.split(x, 2, -1);
  return st.concat([st.neg(x2), x1], -1);
}
expectType<st.Tensor<[2, 16, 64]>>(rotateHalf(st.zeros([2, 16, 64])));
expectType<[st.Tensor<[2, 32]>, st.Tensor<[2, 32]>]>(st.split(st.zeros([2, 64]), 2, -1));
expectError(st.split(st.zeros([2, 63]), 2, -1));

// where: a padding mask [B, 1, 1, T] over scores [B, H, T, T].
function maskScores<B extends number, H extends number, T extends number>(mask: st.Tensor<[B, 1, 1, T], 'bool'>, scores: st.Tensor<[B, H, T, T]>) {
  return st.where(mask, scores, -1e9);
}
expectType<st.Tensor<[2, 4, 8, 8]>>(maskScores(st.zeros([2, 1, 1, 8], 'bool'), st.zeros([2, 4, 8, 8])));

// slice: the last position, with a begin known only at run time.
function lastPosition<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>) {
  return st.slice(logits, [0, logits.shape[1] - 1, 0], [-1, 1, -1]);
}
expectType<st.Tensor<[2, 1, 65]>>(lastPosition(st.zeros([2, 16, 65])));

// stack of two [B]; matMul with transposeA (a weight gradient); sub of a [1, D] mean; expandDims.
function pair<B extends number>(a: st.Tensor<[B]>, b: st.Tensor<[B]>) {
  return st.stack([a, b]);
}
expectType<st.Tensor<[2, 7]>>(pair(st.zeros([7]), st.zeros([7])));
expectType<st.Tensor<[7, 2]>>(st.stack([st.zeros([7]), st.zeros([7])], -1));
expectError(st.stack([st.zeros([7]), st.zeros([8])]));
function weightGrad<T extends number, I extends number, O extends number>(x: st.Tensor<[T, I]>, dy: st.Tensor<[T, O]>) {
  return st.matMul(x, dy, true, false);
}
expectType<st.Tensor<[4, 3]>>(weightGrad(st.zeros([10, 4]), st.zeros([10, 3])));
expectError(st.matMul(st.zeros([10, 4]), st.zeros([9, 3]), true, false));
function center<B extends number, D extends number>(x: st.Tensor<[B, D]>, m: st.Tensor<[1, D]>) {
  return st.sub(x, m);
}
expectType<st.Tensor<[5, 3]>>(center(st.zeros([5, 3]), st.zeros([1, 3])));
function lastAxis<L extends st.Shape, D extends number>(x: st.Tensor<[...L, D]>) {
  return st.expandDims(x, -1);
}
expectType<st.Tensor<[2, 3, 1]>>(lastAxis(st.zeros([2, 3])));
function firstAxis<L extends st.Shape, D extends number>(x: st.Tensor<[...L, D]>) {
  return st.expandDims(x, 0);
}
expectType<st.Tensor<[1, 2, 3]>>(firstAxis(st.zeros([2, 3])));

// attention with repeats: 1 (plain multi-head) in generic code.
function selfAttention<B extends number, H extends number, T extends number, Dh extends number>(q: st.Tensor<[B, H, T, Dh]>) {
  return st.scaledDotProductAttention(q, q, q, { repeats: 1 });
}
expectType<st.Tensor<[2, 4, 8, 16]>>(selfAttention(st.zeros([2, 4, 8, 16])));

// stack and concat of an array (a list of unknown length): the count is a dynamic dim.
declare const rows: st.Tensor<[4, 8]>[];
expectType<st.Tensor<[number, 4, 8]>>(st.stack(rows));
expectType<st.Tensor<[4, number]>>(st.concat(rows, 1));
expectType<st.Tensor<[4, 8, number]>>(st.stack(rows, -1));

// Groupings of a three-factor product: one literal when the factors are literals; in generic code each
// grouping (commuted too) is a member, and regroup moves between them.
expectType<128>(0 as unknown as st.Groupings<2, 4, 16>);
function regrouped<KV extends number, Rep extends number, Dh extends number>(
  kv: KV, rep: Rep, dh: Dh, x: st.Tensor<[3, st.Mul<KV, st.Mul<Rep, Dh>>]>,
): st.Tensor<[3, st.Mul<st.Mul<Dh, Rep>, KV>]> {
  const left = st.regroup(x, [kv, rep, dh]);
  expectType<st.Tensor<[3, st.Mul<st.Mul<KV, Rep>, Dh>]>>(left);
  return st.regroup(left, [kv, rep, dh], x);
}
expectType<st.Tensor<[3, 128]>>(regrouped(2, 4, 16, st.zeros([3, 128])));
expectType<st.Tensor<[3, 128]>>(st.regroup(st.zeros([3, 128]), [2, 4, 16]));
expectError(st.regroup(st.zeros([3, 96]), [2, 4, 16]));

// The generic forms added with the axis sentences: expandDims after a first dim, halves of the axis
// before the last and of the first, the first axis and every axis of a reduction, a [N, C] table.
function moreForms<X extends number, L extends st.Shape, Y extends number, D extends number, B extends number, V extends number>(
  lead: st.Tensor<[X, ...L]>, tail: st.Tensor<[...L, X, Y]>, table: st.Tensor<[V, D]>, ids: st.Tensor<[B], 'int32'>,
) {
  expectType<st.Tensor<[X, 1, ...L]>>(st.expandDims(lead, 1));
  expectType<st.Tensor<[X, 1, ...L]>>(lead.expandDims(1));
  expectType<[st.Tensor<[...L, st.Div<X, 2>, Y]>, st.Tensor<[...L, st.Div<X, 2>, Y]>]>(st.split(tail, 2, -2));
  expectType<[st.Tensor<[st.Div<X, 2>, ...L]>, st.Tensor<[st.Div<X, 2>, ...L]>]>(lead.split(2, 0));
  expectType<st.Tensor<L>>(st.sum(lead, 0));
  expectType<st.Tensor<[]>>(st.mean(tail));
  expectType<st.Tensor<[B, D]>>(st.gather(table, ids));
  return st.max(lead, 0);
}
expectType<st.Tensor<[5]>>(moreForms(st.zeros([4, 5]), st.zeros([5, 4, 3]), st.zeros([10, 8]), st.zeros([2], 'int32')));
// Concrete mistakes still reach the checked signatures.
expectError(st.expandDims(st.zeros([2, 3]), 3));
expectError(st.split(st.zeros([3, 4]), 2, 0));
expectError(st.sum(st.zeros([2, 3]), 2));

// split of a product dim into its factor's count (either order, last, before-last and first axis; the
// last by its index too), tile by generic reps, concat along the first, before-last and last-by-index axes,
// stack along axis 1, and a binary op with a leading 1 ([B, T, D] + [1, T, D]).
function productAndRepForms<B extends number, T extends number, D extends number, H extends number, P extends number>(
  qkv: st.Tensor<[B, T, st.Mul<3, D>]>, kv: st.Tensor<[B, T, st.Mul<D, 2>]>, pairs: st.Tensor<[st.Mul<2, B>, D]>,
  heads: st.Tensor<[B, st.Mul<H, 4>, D]>, prefix: st.Tensor<[1, P, D]>, x: st.Tensor<[B, T, D]>, b: B, h: H,
) {
  expectType<[st.Tensor<[B, T, D]>, st.Tensor<[B, T, D]>, st.Tensor<[B, T, D]>]>(st.split(qkv, 3, -1));
  expectType<[st.Tensor<[B, T, D]>, st.Tensor<[B, T, D]>, st.Tensor<[B, T, D]>]>(qkv.split(3, 2));
  expectType<[st.Tensor<[B, T, D]>, st.Tensor<[B, T, D]>]>(st.split(kv, 2, -1));
  expectType<[st.Tensor<[B, D]>, st.Tensor<[B, D]>]>(st.split(pairs, 2, 0));
  expectType<st.Tensor<[B, H, D]>>(st.split(heads, 4, -2)[3]);
  expectType<st.Tensor<[B, P, D]>>(st.tile(prefix, [b, 1, 1]));
  expectType<st.Tensor<[B, P, D]>>(prefix.tile([b, 1, 1]));
  expectType<st.Tensor<[1, P, st.Mul<D, H>]>>(st.tile(prefix, [1, 1, h]));
  expectType<st.Tensor<[st.Add<B, B>, T, D]>>(st.concat([x, x], 0));
  expectType<st.Tensor<[B, st.Add<T, T>, D]>>(st.concat([x, x], -2));
  expectType<st.Tensor<[B, T, st.Add<D, D>]>>(st.concat([x, x], 2));
  expectType<st.Tensor<[B, 2, T, D]>>(st.stack([x, x], 1));
  expectType<st.Tensor<[B, T, D, 2]>>(st.stack([x, x], 3));
  expectType<st.Tensor<[B, T, D]>>(st.add(x, st.zeros<[1, T, D]>([1, x.shape[1], x.shape[2]])));
  // A generic rep on the second axis (a generic dim) multiplies it.
  expectType<st.Tensor<[1, st.Mul<P, B>, D]>>(st.tile(prefix, [1, b, 1]));
  // A count that is not a factor, halves of a product, two generic reps on generic dims: refused.
  expectError(st.split(qkv, 2, -1));
  expectError(st.split(heads, 3, -2));
  expectError(st.tile(x, [1, b, h]));
  return st.split(qkv, 3, -1)[0];
}
expectType<st.Tensor<[2, 8, 16]>>(productAndRepForms(st.zeros([2, 8, 48]), st.zeros([2, 8, 32]), st.zeros([4, 16]), st.zeros([2, 12, 16]), st.zeros([1, 5, 16]), st.zeros([2, 8, 16]), 2, 3));
// Literal dims keep the literal forms: 96 splits into 3 of 32, and a wrong count or a negative or fractional rep is refused.
expectType<[st.Tensor<[2, 32]>, st.Tensor<[2, 32]>, st.Tensor<[2, 32]>]>(st.split(st.zeros([2, 96]), 3, -1));
expectError(st.split(st.zeros([2, 96]), 5, -1));
expectError(st.tile(st.zeros([1, 3]), [-2, 1]));
expectError(st.tile(st.zeros([1, 3]), [1.5, 1]));

// slice: a crop along axis 1, the last axis or the one before it by a type-parameter or number size.
function crops<B extends number, T extends number, D extends number, H extends number, W extends number>(x: st.Tensor<[B, T, D]>, c: st.Tensor<[B, H, T, D]>, w: W, start: number) {
  expectType<st.Tensor<[B, W, D]>>(st.slice(x, [0, start, 0], [-1, w, -1]));
  expectType<st.Tensor<[B, T, W]>>(x.slice([0, 0, 0], [-1, -1, w]));
  expectType<st.Tensor<[B, H, W, D]>>(st.slice(c, [0, 0, 0, 0], [-1, -1, w, -1]));
  expectType<st.Tensor<[B, number, D]>>(st.slice(x, [0, start, 0], [-1, start, -1]));
  expectError(st.slice(x, [0, -1, 0], [-1, w, -1]));
  return st.slice(x, [0, 0, 0], [-1, w, -1]);
}
expectType<st.Tensor<[2, 3, 4]>>(crops(st.zeros([2, 8, 4]), st.zeros([2, 2, 8, 4]), 3, 1));
expectError(st.slice(st.zeros([2, 8, 4]), [0, 6, 0], [-1, 3, -1]));

// Forms found by the red-team programs: positions of a generic length, an outer product and an outer
// comparison by broadcasting, masks of one shape combined, a helper's table typed Div<Dh, 2> beside x.
function positionsAndMasks<T extends number, H extends number, B extends number, Dh extends number>(
  t: T, inv: st.Tensor<[H]>, x: st.Tensor<[B, T, Dh]>, cos: st.Tensor<[T, st.Div<Dh, 2>]>,
) {
  const pos = st.range(0, t, 1, 'int32');
  expectType<st.Tensor<[T], 'int32'>>(pos);
  expectType<st.Tensor<[T]>>(st.range(0, t));
  expectType<st.Tensor<[T, H]>>(st.mul(st.expandDims(st.range(0, t), -1), st.expandDims(inv, 0)));
  const causal = st.lessEqual(st.expandDims(pos, 0), st.expandDims(pos, -1));
  expectType<st.Tensor<[T, T], 'bool'>>(causal);
  expectType<st.Tensor<[T, T], 'bool'>>(st.greaterEqual(st.expandDims(pos, -1), st.expandDims(pos, 0)));
  expectType<st.Tensor<[T, T], 'bool'>>(st.logicalAnd(causal, causal));
  const [x1] = st.split(x, 2, -1);
  return st.mul(x1, cos);
}
declare const xr: st.Tensor<[2, 16, 64]>;
// Dh is inferred from x alone (64): the table's Div<Dh, 2> = 32 is not a second inference site.
expectType<st.Tensor<[2, 16, 32]>>(positionsAndMasks(16, st.zeros([8]), xr, st.zeros([16, 32])));
expectType<st.Tensor<[4]>>(st.range(0, 4));
expectType<st.Tensor<[number]>>(st.range(1, 2.5));
expectError(st.range(0, 2.5));
expectError(st.range(0, -1));
expectType<st.Tensor<[3, 4]>>(st.mul(st.zeros([3, 1]), st.zeros([1, 4])));
expectType<st.Tensor<[4, 3]>>(st.add(st.zeros([1, 3]), st.zeros([4, 1])));
expectError(st.mul(st.zeros([3, 2]), st.zeros([1, 4])));
expectError(st.logicalAnd(st.zeros([3, 4], 'bool'), st.zeros([4, 3], 'bool')));
// Two plain halves are not the halves form: their concat is their sum.
expectType<st.Tensor<[2, 64]>>(st.concat([st.zeros([2, 32]), st.zeros([2, 32])], -1));
// A position table with a leading 1 ([1, T, D], nanoGPT's and ViT's pos_emb) and a value per row ([B, 1, 1],
// a drop-path mask) in generic code.
function leadingOnes<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, pos: st.Tensor<[1, T, D]>, keep: st.Tensor<[B, 1, 1]>) {
  expectType<st.Tensor<[B, T, D]>>(st.add(x, pos));
  return st.mul(x, keep);
}
expectType<st.Tensor<[4, 16, 64]>>(leadingOnes(st.zeros([4, 16, 64]), st.zeros([1, 16, 64]), st.zeros([4, 1, 1])));
expectError(st.add(st.zeros([4, 16, 64]), st.zeros([1, 16, 32])));
expectError(st.mul(st.zeros([4, 16, 64]), st.zeros([3, 1, 1])));
// slice in generic code by literal begins and sizes: the class token [B, 1, D], the shifted ids [B, T - 1];
// whether they fit the dims is checked where the dims are known (and at run time).
function sliceForms<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, ids: st.Tensor<[B, T], 'int32'>) {
  expectType<st.Tensor<[B, 1, D]>>(st.slice(x, [0, 0, 0], [-1, 1, -1]));
  expectType<st.Tensor<[B, st.Sub<T, 1>], 'int32'>>(st.slice(ids, [0, 1], [-1, -1]));
}
sliceForms(st.zeros([2, 5, 3]), st.zeros([2, 5], 'int32'));
expectType<st.Tensor<[4, 32]>>(st.slice(st.zeros([4, 33]), [0, 1], [-1, -1]));
expectError(st.slice(st.zeros([3, 4]), [0, 2], [3, 3]));
expectError(st.slice(st.zeros([3, 4]), [5]));
// Two batches joined along the first axis, and pairs stacked after the first dim, in generic code.
function joinAndPair<B1 extends number, B2 extends number, T extends number, D extends number>(
  a: st.Tensor<[B1, T], 'int32'>, b: st.Tensor<[B2, T], 'int32'>, x: st.Tensor<[B1, D]>, y: st.Tensor<[B1, D]>,
) {
  expectType<st.Tensor<[st.Add<B1, B2>, T], 'int32'>>(st.concat([a, b], 0));
  expectType<st.Tensor<[B1, 2, D]>>(x.stack(y, 1));
  return st.stack([x, y], 1);
}
expectType<st.Tensor<[2, 2, 5]>>(joinAndPair(st.zeros([2, 4], 'int32'), st.zeros([3, 4], 'int32'), st.zeros([2, 5]), st.zeros([2, 5])));
expectType<st.Tensor<[5, 5]>>(st.concat([st.zeros([2, 5]), st.zeros([3, 5])], 0));
expectError(st.concat([st.zeros([2, 5]), st.zeros([3, 4])], 0));
expectError(st.stack([st.zeros([2, 5]), st.zeros([2, 4])], 1));
// Nothing is inferred through Add either: B comes from the views alone, not also from labels [Add<B, B>].
function contrastiveLabels<B extends number, D extends number>(z1: st.Tensor<[B, D]>, labels: st.Tensor<[st.Add<B, B>], 'int32'>) {
  return st.sparseSoftmaxCrossEntropy(st.matMul(st.concat([z1, z1], 0), st.concat([z1, z1], 0), false, true), labels);
}
expectType<st.Tensor<[]>>(contrastiveLabels(st.zeros([16, 8]), st.zeros([32], 'int32')));
// A padding mask [B, 1, T] over single-head scores [B, Q, T] in generic code.
function padMask<B extends number, T extends number>(scores: st.Tensor<[B, T, T]>, pad: st.Tensor<[B, 1, T], 'bool'>) {
  return st.softmax(st.where(pad, scores, -1e9));
}
expectType<st.Tensor<[2, 6, 6]>>(st.where(st.ones([2, 1, 6], 'bool'), st.zeros([2, 6, 6]), -1e9));
expectType<st.Probabilities<[2, 6, 6]>>(padMask(st.zeros([2, 6, 6]), st.ones([2, 1, 6], 'bool')));
expectError(st.where(st.ones([2, 1, 5], 'bool'), st.zeros([2, 4, 6]), -1e9));

// A product under the user's own alias splits as the st.Mul it stands for (any of the axes above, and axis 1 of
// [B, Mul<3, H>, T, Dh]); into a count that is not a factor, or in halves, it is refused as st.Mul is.
type Qkv<C extends number> = st.Mul<3, C>;
export function aliasedProductSplits<B extends number, T extends number, C extends number, H extends number, Dh extends number, L extends st.Shape>(
  fused: st.Tensor<[B, T, Qkv<C>]>, anyRank: st.Tensor<[...L, Qkv<C>]>, heads: st.Tensor<[B, Qkv<H>, T, Dh]>, first: st.Tensor<[Qkv<B>, C]>,
) {
  expectType<[st.Tensor<[B, T, C]>, st.Tensor<[B, T, C]>, st.Tensor<[B, T, C]>]>(st.split(fused, 3, -1));
  expectType<[st.Tensor<[B, T, C]>, st.Tensor<[B, T, C]>, st.Tensor<[B, T, C]>]>(fused.split(3, 2));
  expectType<st.Tensor<[...L, C]>>(st.split(anyRank, 3, -1)[2]);
  expectType<[st.Tensor<[B, H, T, Dh]>, st.Tensor<[B, H, T, Dh]>, st.Tensor<[B, H, T, Dh]>]>(st.split(heads, 3, 1));
  expectType<st.Tensor<[B, H, T, Dh]>>(heads.split(3, 1)[0]);
  expectType<st.Tensor<[B, C]>>(st.split(first, 3, 0)[1]);
  expectError(st.split(fused, 2, -1));
  expectError(st.split(fused, 4, -1));
  expectError(st.split(heads, 2, 1));
}

// split by literal sizes over a generic dim (the class token and the patches: [1, -1] along the tokens) has the
// parts' shapes, the -1 the rest of the dim; the sizes are checked at run time. More than one -1, a negative size
// or an axis out of range are refused; over literal dims the sizes are checked against the dim.
export function sizesOverGenericDims<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>) {
  expectType<[st.Tensor<[B, 1, D]>, st.Tensor<[B, st.Sub<T, 1>, D]>]>(st.split(x, [1, -1], 1));
  expectType<[st.Tensor<[B, T, st.Sub<D, 4>]>, st.Tensor<[B, T, 4]>]>(x.split([-1, 4], -1));
  expectType<[st.Tensor<[B, 2, D]>, st.Tensor<[B, 3, D]>]>(st.split(x, [2, 3], 1));
  expectError(st.split(x, [1, -1, -1], 1));
  expectError(st.split(x, [1, -2], 1));
  expectError(st.split(x, [1, -1], 3));
}
expectType<[st.Tensor<[4, 2]>, st.Tensor<[4, 4]>]>(st.split(st.zeros([4, 6]), [2, -1], 1));
expectError(st.split(st.zeros([4, 6]), [7, -1], 1));
expectError(st.split(st.zeros([4, 6]), [2, 3], 1));

// A flatten of [B, T, V] to [-1, V] and of [B, T] to [-1] give one leading dim (nanoGPT's loss).
export function flattenAgrees<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>, targets: st.Tensor<[B, T], 'int32'>) {
  expectType<st.Tensor<[st.Mul<B, T>, V]>>(st.reshape(logits, [-1, logits.shape[2]]));
  expectType<st.Tensor<[st.Mul<B, T>], 'int32'>>(st.reshape(targets, [-1]));
  expectType<st.Tensor<[st.Product<[B, T, V]>]>>(logits.reshape([-1]));
  expectType<st.Tensor<[]>>(st.sparseSoftmaxCrossEntropy(st.reshape(logits, [-1, logits.shape[2]]), st.reshape(targets, [-1])));
}

// reshape with a -1 for a run of the tensor's own dims, merged into their product (a Mul chain), in generic code:
// after the kept dims (a classifier's flatten), before them, and between the first and the last (ViT's patchify).
export function minusOneForms<B extends number, C extends number, H extends number, W extends number>(
  img: st.Tensor<[B, C, H, W]>,
) {
  const [b, c] = img.shape;
  expectType<st.Tensor<[B, st.Mul<C, st.Mul<H, W>>]>>(st.reshape(img, [b, -1]));
  expectType<st.Tensor<[B, st.Mul<C, st.Mul<H, W>>]>>(img.reshape([b, -1]));
  expectType<st.Tensor<[B, C, st.Mul<H, W>]>>(st.reshape(img, [b, c, -1]));
  expectType<st.Tensor<[st.Mul<B, st.Mul<C, H>>, W]>>(st.reshape(img, [-1, img.shape[3]]));
  expectType<st.Tensor<[st.Mul<B, C>, H, W]>>(img.reshape([-1, img.shape[2], img.shape[3]]));
  expectType<st.Tensor<[B, st.Mul<C, H>, W]>>(st.reshape(img, [b, -1, img.shape[3]]));
  expectType<st.Tensor<[B, st.Mul<C, H>, W]>>(img.reshape([b, -1, img.shape[3]]));
  expectType<st.Tensor<[B, C, H, W, 1]>>(st.reshape(img, [b, c, img.shape[2], img.shape[3], -1]));
  // A dim that is not the tensor's own (H where the tensor has W) is refused.
  expectError(st.reshape(img, [b, -1, img.shape[2]]));
}
// Literal shapes: the same forms give the element counts; a misfit still gets the checked signature.
expectType<st.Tensor<[2, 60]>>(st.reshape(st.zeros([2, 3, 4, 5]), [2, -1]));
expectType<st.Tensor<[2, 12, 5]>>(st.reshape(st.zeros([2, 3, 4, 5]), [2, -1, 5]));
expectType<st.Tensor<[3, 8, 5]>>(st.reshape(st.zeros([2, 3, 4, 5]), [3, -1, 5]));
expectType<st.Tensor<[24, 5]>>(st.reshape(st.zeros([2, 3, 4, 5]), [-1, 5]));
expectError(st.reshape(st.zeros([2, 3, 4, 5]), [7, -1, 5]));

// reshape splitting a product last dim with a -1 beside one of its factors (HF's view(*input_shape, -1, head_dim), or
// [b, t, heads, -1]): the -1 is the other factor, in either order of the product; a square splits too.
export function headSplits<B extends number, T extends number, H extends number, Dh extends number>(
  qkv: st.Tensor<[B, T, st.Mul<H, Dh>]>, sq: st.Tensor<[B, st.Mul<H, H>]>, h: H, dh: Dh, t: T,
) {
  const [b, tt] = qkv.shape;
  expectType<st.Tensor<[B, T, H, Dh]>>(st.reshape(qkv, [b, tt, -1, dh]));
  expectType<st.Tensor<[B, T, H, Dh]>>(qkv.reshape([b, tt, h, -1]));
  expectType<st.Tensor<[B, T, Dh, H]>>(st.reshape(qkv, [b, tt, -1, h]));
  expectType<st.Tensor<[B, T, Dh, H]>>(qkv.reshape([b, tt, dh, -1]));
  expectType<st.Tensor<[B, H, H]>>(st.reshape(sq, [b, h, -1]));
  expectType<st.Tensor<[H, Dh]>>(st.reshape(null as unknown as st.Tensor<[st.Mul<H, Dh>]>, [h, -1]));
  expectType<st.Tensor<[B, T, H, 64]>>(st.reshape(null as unknown as st.Tensor<[B, T, st.Mul<H, 64>]>, [b, tt, -1, 64]));
  // A dim that is not a factor of the product is not this form (the -1 is not read as H).
  expectError<st.Tensor<[B, T, H, T]>>(st.reshape(qkv, [b, tt, -1, t]));
}
// A generic batch and time before literal model dims: the literal last dim is divided.
export function literalWidth<B extends number, T extends number>(x: st.Tensor<[B, T, 768]>, flat: st.Tensor<[B, 30]>) {
  const [b, t] = x.shape;
  expectType<st.Tensor<[B, T, 12, 64]>>(st.reshape(x, [b, t, -1, 64]));
  expectType<st.Tensor<[B, T, 12, 64]>>(x.reshape([b, t, 12, -1]));
  expectType<st.Tensor<[B, 12, T, 64]>>(st.transpose(st.reshape(x, [b, t, 12, -1]), [0, 2, 1, 3]));
  // Not divisible, or a -1 over generic dims that no form covers (here a dim of another tensor): refused, where the
  // checked signature once accepted it with the -1 left in the result.
  expectError(st.reshape(flat, [b, -1, 8]));
  expectError(st.reshape(x, [b, -1, t]));
  expectError(st.reshape(x, [t, -1]));
}
expectType<st.Tensor<[2, 8, 4, 16]>>(st.reshape(st.zeros([2, 8, 64]), [2, 8, -1, 16]));
expectType<st.Tensor<[2, 8, 4, 16]>>(st.zeros([2, 8, 64]).reshape([2, 8, 4, -1]));
expectError(st.reshape(st.zeros([2, 8, 64]), [2, 8, -1, 15]));

// split by sizes that are the caller's values: each part has its size on the axis, a -1 last is the rest (Sub).
export function runTimeSizes<B extends number, T extends number, D extends number, N extends number, Q extends number, KV extends number>(
  x: st.Tensor<[B, T, D]>, n: N, q: Q, kv: KV,
) {
  expectType<[st.Tensor<[B, N, D]>, st.Tensor<[B, st.Sub<T, N>, D]>]>(st.split(x, [n, -1], 1));
  expectType<[st.Tensor<[B, T, N]>, st.Tensor<[B, T, st.Sub<D, N>]>]>(x.split([n, -1], -1));
  expectType<[st.Tensor<[B, T, Q]>, st.Tensor<[B, T, KV]>, st.Tensor<[B, T, KV]>]>(st.split(x, [q, kv, kv], 2));
  expectType<[st.Tensor<[N, T, D]>, st.Tensor<[N, T, D]>]>(x.split([n, n]));
  // An axis the shape lacks, or a negative literal size, is refused.
  expectError(st.split(x, [n, -1], 3));
  expectError(st.split(x, [n, -2], 1));
}
// Literal sizes keep the checked signature.
expectType<[st.Tensor<[4, 2]>, st.Tensor<[4, 4]>]>(st.split(st.zeros([4, 6]), [2, -1], 1));
expectError(st.split(st.zeros([4, 6]), [2, 3], 1));

// regroup inline as another call's argument: the result's grouping is not taken from that parameter's type.
declare function unflatten<B extends number, T extends number, D extends number>(flat: st.Tensor<[NoInfer<st.Mul<st.Mul<B, T>, D>>]>, b: B, t: T, d: D): st.Tensor<[B, T, D]>;
function regroupInline<B extends number, T extends number, D extends number>(flat: st.Tensor<[st.Mul<B, st.Mul<T, D>>]>, b: B, t: T, d: D) {
  expectType<st.Tensor<[B, T, D]>>(unflatten(st.regroup(flat, [b, t, d]), b, t, d));
}
regroupInline(st.zeros([24]), 2, 3, 4);
