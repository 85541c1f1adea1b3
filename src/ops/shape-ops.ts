// Ops that move elements between shapes: reshape, transpose, expandDims, squeeze, concat, stack,
// split, slice, gather, oneHot, and the head split/merge that generic layer code uses.
import { tf } from './tf.js';
import type { Add, Digit, Div, Factors, IsDivisible, Mul, Product, Sub } from '../shapes/arith.js';
import type { AsList, Concat, ConcatLastFits, ConcatLastShape, ExpandDims, Gather, OneHot, Slice, SliceFits, Split, SplitFits, Squeeze, Stack, Transpose } from '../shapes/axes.js';
import type { CheckedArg, DimsAgree, ErrorOf, FirstError, FormatDim, FormatList, FormatShape, IsDynamicRank, IsUnion, NormAxis, ReplaceAt, Shape, ShapeOf } from '../shapes/core.js';
import type { MulChain, MulLeft, Reshape } from '../shapes/reshape.js';
import type { CheckedLiteral, CompareReal, IsFraction, TruncatedText } from '../shapes/literals.js';
import {
  concatShape, expandDimsShape, formatShape, gatherShape, normAxis, reshapeShape, ShapeError, sliceShape, splitShapes,
  squeezeShape, stackShape, transposeShape,
} from '../shapes/rules.js';
import type { Device } from './backend.js';
import type { DeviceCheck, DTypeIs, RankOnly, RankSentence, RawShape, RawShapes, RecoveryOnly, Refused, RefusedArg, RunTimeRank, Same, ShapeArg } from './checks.js';
import { deviceOf, expectDType, isFraction, oneHotRaw, run, wrap } from './internal.js';
import { gatherRowsRaw, scatterAddRowsRaw } from './kernels.js';
import { matMul2d } from './linalg.js';
import { Tensor, type AnyTensor, type DType, type Kind } from './tensor.js';

type Axes = number[] | undefined;
declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    reshape: In extends [infer S extends Shape, infer T extends Shape] ? MinusOneOverGeneric<S, T, ErrorOf<Reshape<S, T>>> : never;
    splitLastDim: In extends [infer S extends Shape, infer X extends number, infer H extends number, infer Dh extends number] ? SplitLastDimCheck<S, X, H, Dh> : never;
    transpose: In extends [infer S extends Shape, infer P extends Axes] ? ErrorOf<Transpose<S, P>> : never;
    expandDims: In extends [infer S extends Shape, infer A extends number] ? ErrorOf<ExpandDims<S, A>> : never;
    squeeze: In extends [infer S extends Shape, infer A extends Axes] ? ErrorOf<Squeeze<S, A>> : never;
    split: In extends [infer S extends Shape, infer NS extends number | number[], infer A extends number] ? ErrorOf<Split<S, NS, A>> : never;
    slice: In extends [infer S extends Shape, infer B extends number | number[], infer Z extends number | number[] | undefined] ? ErrorOf<Slice<S, B, Z>> : never;
    /** gather's indices [SI] (dtype DI, device DevI) into x [S] (device Dev) along A. */
    gather: In extends [infer S extends Shape, infer SI extends Shape, infer A extends number, infer Dev extends Device, infer DevI extends Device, infer DI extends DType]
      ? FirstError<[DeviceCheck<'gather', Dev, DevI>, DTypeIs<'gather', DI, 'int32', 'indices'>, ErrorOf<Gather<S, SI, A>>]> : never;
  }
}
// The checked arguments (ShapeArg: the sentence over the user's dims in generic code). The second
// sentence of each is for what only the dims decide, which generic code cannot show.
/**
 * reshape's sentence in generic code: there the element counts are products of the user's dims, which
 * the rule cannot compare. (The target is intersected, not branded: that keeps T's inference.)
 */
type ReshapeSentence<S extends Shape, T extends Shape> =
  `reshape: ${RawShape<S>} to ${RawShape<T>} cannot be checked over generic dims (generic forms: a -1 for a run of the tensor's own dims, after or before the dims it keeps or between its first and its last ones; a -1 beside a factor of the last dim; [-1, X] back to [...L, X]; splitLastDim, mergeLastDims)`;
/** S's dims between its first P['length'] and its last R['length'] (S is [...P, ...middle, ...R], checked by KeptDims). */
type Between<S extends Shape, P extends Shape, R extends Shape> = { s: S } extends { s: [...P, ...infer M extends Shape, ...R] } ? M : never;
/**
 * reshape's generic -1 forms: the dims the new shape keeps around the -1 are the tensor's own (the same types:
 * decided where they are, so a wrong dim is refused, and the next signature is tried).
 */
type KeptDims<S extends Shape, P extends Shape, R extends Shape> =
  { s: S } extends { s: [...P, ...infer M extends Shape, ...R] } ? ({ s: [...P, ...M, ...R] } extends { s: S } ? unknown : NotThisForm) : NotThisForm;
/**
 * reshape's size-1 dims put anywhere: T is S's own dims (the same types) in their order with 1s before, between or after
 * them (`[1, t]` on `[T]`, PyTorch's `pos[None, :]`; `[b, 1, 1, 1]` on `[B]`), or S is T's with 1s (the 1s dropped
 * again). A size-1 dim does not change the element count. Matched against every such shape of T's length: a test of
 * a generic dim against 1 is never decided (tsc would have to tell a type parameter from the literal), a match of
 * the same type parameter is. (The shapes come in as defaults: computed in the test itself, it stayed undecided.)
 */
type UnitsAround<S extends Shape, T extends Shape, TS = OnesInto<S, T>, ST = OnesInto<T, S>, GS = Shorter<T, S> extends true ? Cuts<S, T> : never, GT = Shorter<S, T> extends true ? Cuts<T, S> : never> =
  { t: T; s: S; gt: InvAll<T>; gs: InvAll<S> } extends { t: TS } | { s: ST } | { gt: GS } | { gs: GT } ? unknown : NotThisForm;
/** Every shape of N's length made of S's dims in their order and 1s (never when S is longer). */
type OnesInto<S extends Shape, N extends Shape> = N extends [unknown, ...infer NR extends Shape]
  ? (S extends [infer H extends number, ...infer SR extends Shape] ? [H, ...OnesInto<SR, NR>] | [1, ...OnesInto<S, NR>] : [1, ...OnesInto<[], NR>])
  : (S extends [] ? [] : never);
/**
 * reshape's -1 before literal dims whose product is that of a run of the tensor's last dims, literals too (`[-1, 3136]`
 * on `[B, 64, 7, 7]`, PyTorch's `x.view(-1, 64 * 7 * 7)`): the -1 is the product of the dims before that run (B).
 * The run is found from the last dim on, while its product is a literal; one that reaches a generic dim first
 * (`[-1, 3000]` there: 3000 divides no product of the literal last dims) is not this form, and the checked signature
 * prints the sentence: over generic dims a literal part of the new shape that does not divide the tensor's is refused,
 * although some sizes of the generic dims would fit (B = 375 for 3000), since no type can name the -1 then.
 */
type HeadBefore<S extends Shape, N extends number, Run extends Shape = []> =
  number extends N ? false
  : S extends [...infer Init extends Shape, infer Last extends number]
    ? ({ p: Product<[Last, ...Run]> } extends { p: N } ? Init : HeadBefore<Init, N, [Last, ...Run]>)
    : false;
/**
 * (UnitsAround's other alternatives) reshape's regrouping in generic code: the new shape's dims, as written (`[dimMul(b, t), dimMul(h, dh)]` on
 * `[B, T, H, Dh]`, x.view(B * T, H * Dh)), are the tensor's dims cut into runs in their order, each run's product;
 * or the tensor's dims are the new shape's so cut (the split back, `[b, t, h, dh]` on `[Mul<B, T>, Mul<H, Dh>]`).
 * Compared dim by dim, each product as `(x: G) => G` (both ways: tsc relates a product of generic dims to a wider
 * one, Mul<H, H> to Mul<H, Dh>, which one way alone let through); a run of three or more either way grouped. A fold
 * that mixes the order (`[dimMul(b, h), t, dh]`, heads into the batch before the transpose) is no cut and gets the
 * checked signature's sentence. One signature with the 1s' form, one test (a separate signature cost ~90 more
 * instantiations in the library).
 */
/**
 * reshape's -1 after a kept first dim, before a tail that regroups the tensor's last dims (The Annotated Transformer's
 * `view(nbatches, -1, h, d_k)` on `[B, S, Mul<H, Dk>]` and `view(nbatches, -1, h * d_k)` on `[B, S, H, Dk]`; Bart's
 * `view(bsz, -1, heads, head_dim)` of a memory whose length it does not name): two dims for the tensor's last one, split
 * into those factors, or one for its last two, their product. Compared both ways, as Cuts' runs: decided where they
 * are one dim; two generic products of other factors stay undecided, which refuses the form (the next signature is
 * tried). One signature for both (each separate one cost ~20 instantiations on every reshape that reaches it).
 */
type TailRegrouped<S extends Shape, A, R extends Shape> =
  R extends readonly [infer F extends number, infer G extends number]
    ? ({ s: S } extends { s: [A, ...infer _M, infer X] } ? ({ x: Inv<X> } extends { x: Inv<Mul<F, G>> } ? unknown : NotThisForm) : NotThisForm)
  : R extends readonly [infer G]
    ? ({ s: S } extends { s: [A, ...infer _M, infer X extends number, infer Y extends number] } ? ({ g: Inv<G> } extends { g: Inv<Mul<X, Y>> } ? unknown : NotThisForm) : NotThisForm)
  : NotThisForm;
/** The dims the -1 of TailRegrouped stands for: S without its first and its last one (two dims in R) or two. */
type RegroupedMiddle<S extends Shape, R extends Shape> =
  R extends readonly [unknown, unknown] ? ({ s: S } extends { s: [unknown, ...infer M extends Shape, unknown] } ? M : never)
  : ({ s: S } extends { s: [unknown, ...infer M extends Shape, unknown, unknown] } ? M : never);
/**
 * reshape to a new shape with a dim known only at run time (`number`) where generic code computes it: Karpathy's
 * `logits.view(B * T, C)` and `targets.view(B * T)`, `x.view(B, T * C)`, nanoGPT's `view(B, T, n_head, C // n_head)` over a
 * generic C (`b * t`, `c / h` are `number`): the new shape as written, beside some of the tensor's own first or last dims,
 * without a -1 or a negative dim; the element count is
 * checked at run time, as every `number` dim is (the dims written are the values passed, so the type holds whenever the
 * reshape does). A tensor of literal dims is the rule's (its count must be a multiple of the new shape's known dims).
 * (Text tests, which tsc decides for a type parameter.)
 */
type RunTimeRun<S extends Shape, T extends Shape> =
  // (The cheap test first: a new shape without a `number` dim, every literal one, is not this form.)
  { n: number } extends { n: T[number] }
    ? ({ s: S; n: number } extends KeptThenRunTime<T, []> | RunTimeThenKept<T, []> | (T extends readonly [infer N] ? { s: unknown; n: N } : never)
      ? SomeNonLiteral<S, NotThisForm> & NoNegativeDim<T> : NotThisForm)
    : NotThisForm;
/**
 * The forms: some first dims of T are the tensor's own first dims and a later one is `number` (`[b, t, h, c / h]`,
 * `[b, t * c]`), or some last dims are its last dims and an earlier one is `number` (`[b * t, c]`), or the new shape is
 * one `number` (`[b * t]`); a union of every such cut, so that one decided match is enough (a typo, `[b * t, t]` on
 * [B, T, V], keeps none and is refused).
 */
type KeptThenRunTime<T, P extends unknown[]> = T extends readonly [infer H, ...infer R]
  ? (P extends [] ? never : { s: [...P, ...unknown[]]; n: T[number & keyof T] }) | KeptThenRunTime<R, [...P, H]>
  : never;
type RunTimeThenKept<T, Q extends unknown[]> = T extends readonly [...infer I, infer L]
  ? (Q extends [] ? never : { s: [...unknown[], ...Q]; n: T[number & keyof T] }) | RunTimeThenKept<I, [L, ...Q]>
  : never;
type NoNegativeDim<T> = T extends readonly [infer H, ...infer R] ? (`${H & number}` extends `-${string}` ? NotThisForm : NoNegativeDim<R>) : unknown;
/**
 * ... or a tensor with a run-time dim (`range(0, b * t)` is `[number]`) reshaped to a new shape without a -1 or a negative
 * dim and with some dim not a literal (`[b, t]`): the new shape as written, its count checked at run time (an all-literal
 * new shape is the rule's: `[number, 128]` can never become `[2, 16, 65]`). Text tests, which tsc decides for a type parameter.
 */
type FromRunTime<S extends Shape, T extends Shape> = { n: number } extends { n: S[number] } ? SomeNonLiteral<T, NotThisForm> : NotThisForm;
/** unknown when no dim of T is negative and some is not a literal (a type parameter or `number`; all literals: the rule decides). */
type SomeNonLiteral<T, Seen> = T extends readonly [infer H, ...infer R]
  ? (`${H & number}` extends `-${string}` ? NotThisForm : SomeNonLiteral<R, `${H & number}` extends `${Digit}${string}` ? Seen : unknown>)
  : Seen;
/** unknown for a dim that is exactly `number` (a run-time dim; not a literal, not a type parameter), else refused. */
type RunTimeOnly<N> = { n: number } extends { n: N } ? unknown : NotThisForm;
/** true when M has fewer dims than S. */
type Shorter<M, S> = S extends [unknown, ...infer SR] ? (M extends [unknown, ...infer MR] ? Shorter<MR, SR> : true) : false;
/** Every way to cut S into M['length'] non-empty runs in their order, each run as its product. */
type Cuts<S extends unknown[], M extends unknown[]> =
  M extends [unknown, ...infer MR extends unknown[]] ? (MR extends [] ? (S extends [] ? never : [RunOf<S>]) : CutFrom<S, MR, []>) : never;
/** The cuts whose first run is Run and then a prefix of S. */
type CutFrom<S extends unknown[], MR extends unknown[], Run extends unknown[]> =
  S extends [infer H, ...infer R extends unknown[]] ? Prepend<RunOf<[...Run, H]>, Cuts<R, MR>> | CutFrom<R, MR, [...Run, H]> : never;
type Prepend<X, U> = U extends unknown[] ? [X, ...U] : never;
type RunOf<Run extends unknown[]> = Run extends [unknown, unknown, unknown, ...unknown[]] ? Inv<MulChain<Run>> | Inv<MulLeft<Run>> : Inv<MulChain<Run>>;
type Inv<G> = (x: G) => G;
type InvAll<T> = { [I in keyof T]: Inv<T[I]> };
/** The -1 of that form: the product of the dims before the run. */
type HeadProduct<S extends Shape, R extends Shape> = HeadBefore<S, Product<R>> extends infer I extends Shape ? Product<I> : never;
type LiteralRun<S extends Shape, R extends Shape, H = HeadBefore<S, Product<R>>> = { h: H } extends { h: unknown[] } ? unknown : NotThisForm;
/**
 * The factors of a product dim st.Mul<A, B>, read from the alias's arguments, else false (a literal dim infers `number`
 * for both, and Mul<number, number> is not the literal; a `number` dim gives [number, number]).
 */
type MulFactors<M> = { m: M } extends { m: Mul<infer A, infer B> } ? ({ m: Mul<A, B> } extends { m: M } ? [A, B] : false) : false;
/**
 * reshape's -1 beside a factor G of the last dim M: a product with G among its factors (decided where G is the factor
 * itself), or a literal M divisible by a literal G (`[b, t, -1, 64]` on `[B, T, 768]`; a misfit goes to the checked
 * signature's sentence).
 */
type FactorOf<M, G> = MulFactors<M> extends [infer A, infer B] ? ({ k: G } extends { k: A | B } ? unknown : NotThisForm)
  : IsDivisible<M & number, G & number> extends true ? unknown : NotThisForm;
/**
 * The factor of M other than G: G matched away from the factors' union (a test on a generic factor would defer); for a
 * square the union is G alone and X is G; for literals, the quotient. (The factors re-inferred from MulFactors' tuple:
 * matched straight from the alias's arguments, or from Factors' union of NoInfer copies, G matched nothing.)
 */
type CoFactor<M, G> = MulFactors<M> extends [infer A, infer B]
  ? ({ u: A | B } extends { u: G | (infer X extends number) } ? X : never) : Div<M & number, G & number>;
/**
 * The reshape rule's guard: a -1 in T where a dim of S or T is a type parameter (or a product of them) is refused with
 * the generic sentence; the rule cannot fill that -1 (the forms above take the ones generic code can show), and left to
 * it, the checker's wildcard probe passed any such reshape with a -1 left in the result. Written as checks the checker
 * relates an argument to (text tests it skips for a type parameter), since no evaluated test tells a type parameter
 * from `number`. R: the rule otherwise.
 */
type MinusOneOverGeneric<S extends Shape, T extends Shape, R, L extends Shape = T> =
  L extends [infer H, ...infer Rest extends Shape] ? (`${H & number}` extends '-1' ? AllConcrete<[...S, ...T], R, ReshapeSentence<S, T>> : MinusOneOverGeneric<S, T, R, Rest>) : R;
/** R when every dim is a literal or `number` (a type parameter passes both of `number`'s branches, and the text test's second), else M. */
type AllConcrete<L extends Shape, R, M> = L extends [infer H, ...infer Rest extends Shape]
  ? ({ x: number } extends { x: H } ? AllConcrete<Rest, R, M> : (`${H & number}` extends `${Digit}${string}` | '-1' ? AllConcrete<Rest, R, M> : M))
  : R;
type PermArg<S extends Shape, P extends Axes> = ShapeArg<'transpose', [S, P], P, S, Transpose<RankOnly<S>, P>, `transpose: perm ${FormatList<AsList<P>>} does not fit ${RawShape<S>}`>;
type ExpandAxisArg<S extends Shape, A extends number> = ShapeArg<'expandDims', [S, A], A, S, ExpandDims<RankOnly<S>, A>, `expandDims: axis ${A} does not fit ${RawShape<S>}`>;
type SqueezeArg<S extends Shape, A extends Axes> = ShapeArg<'squeeze', [S, A], A, S, Squeeze<RankOnly<S>, A>, `squeeze: axes ${FormatList<AsList<A>>} of ${RawShape<S>} must have size 1`>;
type SplitArg<S extends Shape, NS extends number | number[], A extends number> = ShapeArg<'split', [S, NS, A], CheckedLiteral<NS, SplitFits<S, NS, A>>, S, Split<RankOnly<S>, NS, A>,
  `split: dim ${S[NormAxis<S['length'], A>] & number} at axis ${A} of ${RawShape<S>} cannot be shown to split into ${NS extends number ? `${NS} equal parts` : `parts ${FormatList<AsList<NS>>}`} (in generic code: a dim typed st.Mul<K, X> splits into K parts, any other dim into halves)`>;
// (The sizes rank-only too in the sentence's rule: a size that is a type parameter left it unevaluated, and tsc printed
// the rule's machinery; a negative literal size in generic code then gets the fit sentence.)
type SizesRankOnly<Z> = Z extends readonly unknown[] ? { [I in keyof Z]: number } : Z;
type BeginArg<S extends Shape, B extends number | number[], Z extends number | number[] | undefined> = ShapeArg<'slice', [S, B, Z], CheckedLiteral<B, SliceFits<S, B, Z>>, S, Slice<RankOnly<S>, B, SizesRankOnly<Z>>,
  `slice: begin ${FormatList<AsList<B>>} and size ${FormatList<AsList<Z>>} cannot be shown to fit ${RawShape<S>}`>;
/** gather's sentence in generic code: the dtype's when that is wrong (it is known there), else the axis's. */
type GatherSentence<S extends Shape, SI extends Shape, A extends number, DI extends DType> =
  DTypeIs<'gather', DI, 'int32', 'indices'> extends infer M extends string ? M : RankSentence<Gather<RankOnly<S>, SI, A>, S, `gather: indices ${RawShape<SI>} do not fit ${RawShape<S>} at axis ${A}`>;

/** reshape's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface ReshapeFunction {
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const T extends Shape>(
    x: Tensor<S, D, Dev, K>, shape: T & RecoveryOnly,
  ): Tensor<T, D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const P extends Shape>(
    x: Tensor<S, D, Dev, K>, shape: readonly [...P, -1] & KeptDims<S, P, []>,
  ): Tensor<[...P, Product<Between<S, P, []>>], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const R extends Shape>(
    x: Tensor<S, D, Dev, K>, shape: readonly [-1, ...R] & KeptDims<S, [], R>,
  ): Tensor<[Product<Between<S, [], R>>, ...R], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, A extends number, const R extends Shape>(
    x: Tensor<S, D, Dev, K>, shape: readonly [A, -1, ...R] & KeptDims<S, [A], R>,
  ): Tensor<[A, Product<Between<S, [A], R>>, ...R], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, A extends number, const R extends Shape>(
    x: Tensor<S, D, Dev, K>, shape: readonly [A, -1, ...R] & TailRegrouped<S, A, R>,
  ): Tensor<[A, Product<RegroupedMiddle<S, R>>, ...R], D, Dev, K>;
  // A last dim that is a product split by a -1 beside one of its factors (HF's `view(*input_shape, -1, head_dim)`,
  // or `[b, t, heads, -1]`, on `[B, T, Mul<H, Dh>]`): the -1 is the other factor; a literal last dim is divided
  // (`[b, t, 12, -1]` on `[B, T, 768]`). The factor is `const`: inside another call's argument a literal one widened
  // to number.
  <L extends Shape, M extends number, D extends DType, Dev extends Device, K extends Kind, const G extends number>(
    x: Tensor<[...L, M], D, Dev, K>, shape: readonly [...L, -1, G & FactorOf<M, G>],
  ): Tensor<[...L, CoFactor<M, G>, G], D, Dev, K>;
  <L extends Shape, M extends number, D extends DType, Dev extends Device, K extends Kind, const F extends number>(
    x: Tensor<[...L, M], D, Dev, K>, shape: readonly [...L, F & FactorOf<M, F>, -1],
  ): Tensor<[...L, F, CoFactor<M, F>], D, Dev, K>;
  <const L extends Shape, X extends number, D extends DType, Dev extends Device, K extends Kind>(
    x: Tensor<[NoInfer<Product<L>>, X], D, Dev, K>, shape: readonly [...L, NoInfer<X>],
  ): Tensor<[...L, X], D, Dev, K>;
  // Flattening to one dim, for any shape (generic ones too).
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    x: Tensor<S, D, Dev, K>, shape: readonly [-1],
  ): Tensor<[Product<S>], D, Dev, K>;
  // A -1 before literal dims that a run of the tensor's last dims makes (a CNN's `view(-1, 64 * 7 * 7)`), generic dims too.
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const R extends Shape>(
    x: Tensor<S, D, Dev, K>, shape: readonly [-1, ...R] & LiteralRun<S, R>,
  ): Tensor<[HeadProduct<S, R>, ...R], D, Dev, K>;
  // Size-1 dims put around the tensor's own (DDPM's `extract`, `a.gather(t).reshape(b, 1, 1, 1)`, to broadcast
  // over images; `pos.reshape([1, t])`), generic dims too.
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const T extends Shape>(
    x: Tensor<S, D, Dev, K>, shape: T & UnitsAround<S, T>,
  ): Tensor<T, D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const T extends Shape>(
    x: Tensor<S, D, Dev, K>, shape: T & (RunTimeRun<S, T> | FromRunTime<S, T>),
  ): Tensor<T, D, Dev, K>;
  // ... and nanoGPT's `view(B * T, -1)`: the -1 beside a run-time dim is one too.
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, N extends number>(
    x: Tensor<S, D, Dev, K>, shape: readonly [N & RunTimeOnly<N>, -1],
  ): Tensor<[number, number], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const T extends Shape>(
    x: Tensor<S, D, Dev, K>, shape: T & Refused<ReshapeSentence<S, T>, 'reshape', [S, T]>,
  ): Tensor<ShapeOf<Reshape<S, T>>, D, Dev, K>;
}
function reshapeImpl(x: AnyTensor, shape: readonly number[]): AnyTensor {
  const out = reshapeShape(x.shape, shape);
  return wrap('reshape', run(x.device, () => tf.reshape(x.raw, out)), x.device, out, x.dtype);
}
/**
 * The same elements in a new shape; one -1 is inferred. `reshape(zeros([8, 64]), [8, 60])` fails to compile.
 * The first signatures hold in generic code, where the -1 stands for a run of the tensor's own dims, which it
 * merges into their product (a chain of Mul): after the dims before it (`[b, -1]` on `[B, C, H, W]` gives
 * `[B, Mul<C, Mul<H, W>>]`), before the dims after it (`[-1, d]` on `[B, T, D]` gives `[Mul<B, T>, D]`), or between the
 * first dim and the dims after it (ViT's patchify, `[b, -1, c]` on `[B, H, W, C]` gives `[B, Mul<H, W>, C]`); then
 * unflattening `[Product<L>, X]` back to `[...L, X]`, and flattening to one dim.
 */
export const reshape: ReshapeFunction = reshapeImpl as unknown as ReshapeFunction;

/** The dims reordered by perm; without perm they are reversed. */
export function transpose<S extends Shape, D extends DType, Dev extends Device, K extends Kind, const P extends number[] | undefined = undefined>(
  x: Tensor<S, D, Dev, K>, perm?: PermArg<S, P>,
): Tensor<ShapeOf<Transpose<S, P>>, D, Dev, K> {
  const out = transposeShape(x.shape, perm);
  return wrap<ShapeOf<Transpose<S, P>>, D, Dev, K>('transpose', run(x.device, () => tf.transpose(x.raw, perm)), x.device, out, x.dtype);
}

/** expandDims's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface ExpandDimsFunction {
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(x: Tensor<S, D, Dev, K>, axis: -1): Tensor<[...S, 1], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(x: Tensor<S, D, Dev, K>, axis?: 0): Tensor<[1, ...S], D, Dev, K>;
  <X extends number, L extends Shape, D extends DType, Dev extends Device, K extends Kind>(x: Tensor<[X, ...L], D, Dev, K>, axis: 1): Tensor<[X, 1, ...L], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const A extends number = 0>(
    x: Tensor<S, D, Dev, K>, axis?: ExpandAxisArg<S, A>,
  ): Tensor<ShapeOf<ExpandDims<S, A>>, D, Dev, K>;
}
function expandDimsImpl(x: AnyTensor, axis?: number): AnyTensor {
  const out = expandDimsShape(x.shape, axis ?? 0);
  return wrap('expandDims', run(x.device, () => tf.reshape(x.raw, out)), x.device, out, x.dtype);
}
/**
 * A dim of size 1 inserted at axis. The first signatures (axis -1, 0, or 1 after a first dim) hold in generic
 * code (`[...L, D]`); four candidates also keep TypeScript 5.9 from listing each before the sentence.
 */
export const expandDims: ExpandDimsFunction = expandDimsImpl as unknown as ExpandDimsFunction;

/**
 * squeeze's signatures: an empty list of axes first (no axis removed, as at run time; a helper that computes the axes
 * and finds none): the list's type was never[], from which A was not inferred, and the call was refused.
 */
export interface SqueezeFunction {
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(x: Tensor<S, D, Dev, K>, axis: readonly []): Tensor<S, D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const A extends number[] | undefined = undefined>(
    x: Tensor<S, D, Dev, K>, axis?: SqueezeArg<S, A>,
  ): Tensor<ShapeOf<Squeeze<S, A>>, D, Dev, K>;
}
function squeezeImpl(x: AnyTensor, axis?: readonly number[]): AnyTensor {
  const out = squeezeShape(x.shape, axis);
  return wrap('squeeze', run(x.device, () => tf.reshape(x.raw, out)), x.device, out, x.dtype);
}
/** Dims of size 1 removed: the given axes, or all of them. */
export const squeeze: SqueezeFunction = squeezeImpl as unknown as SqueezeFunction;

type ShapesOf<Ts extends readonly unknown[]> = { -readonly [I in keyof Ts]: Ts[I] extends Tensor<infer S, DType, Device, Kind> ? S : never };
// (The shape is inferred, not matched against Shape, so that a list of tensors of type-parameter dims keeps its dtype.)
type DTypeOfList<Ts extends readonly unknown[]> = Ts[0] extends Tensor<infer _S, infer D, Device, Kind> ? D : DType;
type DeviceOfList<Ts extends readonly unknown[]> = Ts[0] extends Tensor<infer _S, DType, infer Dev, Kind> ? Dev : Device;
/** The kind every tensor of a list shares (probabilities stay probabilities), else plain values. */
type KindOfList<Ts extends readonly unknown[]> = [Ts[number]] extends [Tensor<Shape, DType, Device, infer K>] ? ([K] extends [Kind] ? (true extends IsUnion<K> ? 'values' : K) : 'values') : 'values';
/** Every tensor of a list on one device with one dtype, as one error sentence or unknown. */
// (The shape inferred, not matched against Shape: a tensor of type-parameter dims is then decided a tensor.)
type ListCheck<Op extends string, Ts extends readonly unknown[]> = FirstError<{
  [I in keyof Ts]: Ts[I] extends Tensor<infer _S, infer D, infer Dev, Kind>
    ? FirstError<[DeviceCheck<Op, DeviceOfList<Ts>, Dev>, [D] extends [DTypeOfList<Ts>] ? unknown : `${Op}: dtypes differ (${DTypeOfList<Ts>} vs ${D})`]>
    : `${Op}: every element must be a tensor`
}>;

declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    /** concat(xs, axis) and stack(xs, axis): the list's dtypes, devices and shapes. */
    concat: In extends [infer Ts extends readonly unknown[], infer A extends number]
      ? FirstError<[ListCheck<'concat', Ts>, ConcatLastFits<ShapesOf<Ts>, A> extends true ? unknown : ErrorOf<Concat<ShapesOf<Ts>, A>>]> : never;
    stack: In extends [infer Ts extends readonly unknown[], infer A extends number] ? FirstError<[ListCheck<'stack', Ts>, ErrorOf<Stack<ShapesOf<Ts>, A>>]> : never;
  }
}

/** concat's result: the last-axis form's shape where it applies (a shape of unknown rank too), else the rule's. */
type ConcatShape<L extends readonly unknown[], A extends number> = ConcatLastFits<L, A> extends true ? ConcatLastShape<L> : ShapeOf<Concat<L, A>>;
/** The shapes of a list, each of its rank alone (RankOnly). */
type RankOnlyAll<L extends readonly unknown[]> = { [I in keyof L]: RankOnly<L[I]> };
type FirstShape<L> = L extends readonly [infer S extends Shape, ...unknown[]] ? S : [];
/**
 * concat's and stack's sentences in generic code: the list's dtype or device sentence (decided there), the axis's,
 * read from the ranks (RankSentence), else the shapes that differ.
 */
type ConcatSentence<Ts extends readonly unknown[], A extends number, L extends readonly unknown[] = ShapesOf<Ts>> = ListCheck<'concat', Ts> extends infer M extends string ? M
  // (Along the last axis no axis is out of range, and the rank test waits on a shape of unknown rank: the shapes' sentence.)
  : A extends -1 ? `concat: shapes ${RawShapes<L>} differ off the concat axis ${A}`
  : RankSentence<Concat<RankOnlyAll<L>, A>, FirstShape<L>, `concat: shapes ${RawShapes<L>} differ off the concat axis ${A}`>;
type StackSentence<Ts extends readonly unknown[], A extends number, L extends readonly unknown[] = ShapesOf<Ts>> = ListCheck<'stack', Ts> extends infer M extends string ? M
  : RankSentence<Stack<RankOnlyAll<L>, A>, FirstShape<L>, `stack: shapes ${RawShapes<L>} differ`>;

/** The list's tensors, checked to share one dtype and one device. */
function tensorList(op: string, xs: readonly unknown[]): { list: AnyTensor[]; device: Device } {
  const list = xs.map((x) => {
    if (!(x instanceof Tensor)) throw new Error(`${op}: every element must be a tensor`);
    return x;
  });
  if (list.length === 0) throw new Error(`${op}: needs at least one tensor`);
  const [first, ...rest] = list;
  for (const t of rest) if (t.dtype !== first.dtype) throw new Error(`${op}: dtypes differ (${first.dtype} vs ${t.dtype})`);
  return { list, device: deviceOf(op, first, ...rest) };
}

/** concat's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface ConcatFunction {
  // RecoveryOnly: a refused concat has the first tensor's type. (The axis is typed a literal so that tsc counts this
  // signature among those of literal parameters, which it tries first: else the first of those would type the call.)
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    xs: readonly [Tensor<S, D, Dev, K>, ...unknown[]] & RecoveryOnly, axis?: -1,
  ): Tensor<S, D, Dev, K>;
  <A extends number, B extends number, X extends number, Y extends number, C extends number, D extends DType, Dev extends Device, K extends Kind>(
    xs: readonly [Tensor<[A, B, X, C], D, Dev, K>, Tensor<[NoInfer<A>, NoInfer<B>, Y, NoInfer<C>], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>], axis: 2,
  ): Tensor<[A, B, Add<X, Y>, C], D, Dev, K>;
  // Along the first axis (two batches joined, a data pipeline's [B1, T] and [B2, T]; also by default), in generic code.
  <X extends number, Y extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    xs: readonly [Tensor<[X, ...R], D, Dev, K>, Tensor<[Y, ...R], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>], axis?: 0,
  ): Tensor<[Add<X, Y>, ...R], D, Dev, K>;
  // Along the time axis of [B, T, ...] (prefix or BOS tokens before a sequence), in generic code.
  <A extends number, X extends number, Y extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    xs: readonly [Tensor<[A, X, ...R], D, Dev, K>, Tensor<[NoInfer<A>, Y, ...R], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>], axis: 1,
  ): Tensor<[A, Add<X, Y>, ...R], D, Dev, K>;
  // X is inferred only from another Div<X, 2> (the halves of a split); two plain halves leave it never, and the next form.
  <L extends Shape, X extends number = never, D extends DType = DType, Dev extends Device = Device, K extends Kind = Kind>(
    xs: readonly [Tensor<[...L, Div<X, 2>], D, Dev, K>, Tensor<[...L, NoInfer<Div<X, 2>>], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>], axis: -1 | FixedIndex<L>,
  ): Tensor<[...L, X], D, Dev, K>;
  <L extends Shape, Y extends number, Z extends number, D extends DType, Dev extends Device, K extends Kind>(
    xs: readonly [Tensor<[...L, Y], D, Dev, K>, Tensor<[...L, Z], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>], axis: -1 | FixedIndex<L>,
  ): Tensor<[...L, Add<Y, Z>], D, Dev, K>;
  // Along the one before the last (HF's cache: cat([past, key], dim=-2)), in generic code.
  <L extends Shape, X extends number, Y extends number, Z extends number, D extends DType, Dev extends Device, K extends Kind>(
    xs: readonly [Tensor<[...L, X, Z], D, Dev, K>, Tensor<[...L, Y, NoInfer<Z>], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>], axis: -2 | FixedIndex<L>,
  ): Tensor<[...L, Add<X, Y>, Z], D, Dev, K>;
  <const Ts extends readonly unknown[], const A extends number = 0>(
    xs: Ts & Refused<ConcatSentence<Ts, A>, 'concat', [Ts, A]>, axis?: A,
  ): Tensor<ConcatShape<ShapesOf<Ts>, A>, DTypeOfList<Ts>, DeviceOfList<Ts>, KindOfList<Ts>>;
}
function concatImpl(xs: readonly unknown[], axis?: number): AnyTensor {
  const { list, device } = tensorList('concat', xs);
  const out = concatShape(list.map((x) => x.shape), axis ?? 0);
  return wrap('concat', run(device, () => tf.concat(list.map((x) => x.raw), axis ?? 0)), device, out, list[0].dtype);
}
/**
 * Tensors joined along an existing axis; every other dim must agree. The first signatures hold in
 * generic code for two tensors: [batch, heads, time, headDim] along time (a key/value cache grows), along
 * axis 1 of [B, T, ...] (a prefix before a sequence), along the last axis (also by its index: features
 * side by side; halves back into X), along the first (two batches) and along the one before the last.
 */
export const concat: ConcatFunction = concatImpl as unknown as ConcatFunction;

/** stack's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface StackFunction {
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    xs: readonly [Tensor<S, D, Dev, K>, Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>], axis?: 0,
  ): Tensor<[2, ...S], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    xs: readonly [Tensor<S, D, Dev, K>, Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>], axis: -1 | FixedIndex<S>,
  ): Tensor<[...S, 2], D, Dev, K>;
  // After the first dim (pairs per example: [B, 2, D] from two [B, D]).
  <X extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    xs: readonly [Tensor<[X, ...R], D, Dev, K>, Tensor<[NoInfer<X>, ...R], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>], axis: 1,
  ): Tensor<[X, 2, ...R], D, Dev, K>;
  <const Ts extends readonly unknown[], const A extends number = 0>(
    xs: Ts & Refused<StackSentence<Ts, A>, 'stack', [Ts, A]>, axis?: A,
  ): Tensor<ShapeOf<Stack<ShapesOf<Ts>, A>>, DTypeOfList<Ts>, DeviceOfList<Ts>, KindOfList<Ts>>;
}
function stackImpl(xs: readonly unknown[], axis?: number): AnyTensor {
  const { list, device } = tensorList('stack', xs);
  const out = stackShape(list.map((x) => x.shape), axis ?? 0);
  return wrap('stack', run(device, () => tf.stack(list.map((x) => x.raw), axis ?? 0)), device, out, list[0].dtype);
}
/** Tensors of one shape stacked along a new axis. The first signatures (two tensors, axis 0, 1, or -1 and its index) hold in generic code. */
export const stack: StackFunction = stackImpl as unknown as StackFunction;

/** Leaves an odd literal dim to the checked signature (its sentence); a generic dim passes. */
type EvenCheck<X extends number> = `${X}` extends `${string}${1 | 3 | 5 | 7 | 9}` ? { readonly odd: X } : unknown;
declare const notThisForm: unique symbol;
/** What a generic-form overload's argument is given when that form does not apply (the next signature is tried). */
type NotThisForm = { readonly [notThisForm]: true };
/** An index of a shape of known length (the last axis of `[...L, X]` is L['length']); none for an unknown rank. */
type FixedIndex<L extends readonly unknown[]> = number extends L['length'] ? never : L['length'];
/**
 * unknown when the halved dim is not a product (its factors U were not inferred: never), else refused:
 * a product splits by its factors' form, and into another count (`Mul<3, D>` into 2) it cannot be shown
 * to split. (For a generic factor the test is still decided: any factor is more than never.)
 */
type NotProduct<U> = { u: U } extends { u: never } ? unknown : NotThisForm;
/**
 * The factor of a product left when the count K is the other one (U: the factors as a union, Factors' inference):
 * D for Mul<3, D> or Mul<D, 3> split into 3. U is matched against `X | K`, so K's member is matched away and X
 * is the other factor (a test on the factors would defer on a generic one). Distributed over K, which makes
 * the count inferred by `const N` the plain literal that the union's member is.
 */
type OtherFactor<U, K> = K extends number ? ({ u: U } extends { u: K | (infer X extends number) } ? X : never) : never;
/** unknown when the count K is one of the factors U (decided where the factor is K itself), else refused. */
type IsFactor<U, K> = { k: K } extends { k: U } ? unknown : NotThisForm;
/** A count these forms type as a tuple: a literal below 100 (a type parameter or `number` goes to the checked signature). */
type LiteralCount<K extends number> = `${K}` extends `${Digit}` | `${Digit}${Digit}` ? unknown : NotThisForm;
/** K copies of T (K a small literal: LiteralCount). */
type Copies<K extends number, T, Acc extends unknown[] = []> = Acc['length'] extends K ? Acc : Copies<K, T, [...Acc, T]>;
type SplitResult<S extends Shape, NS extends number | number[], A extends number, D extends DType, Dev extends Device, K extends Kind = 'values'> =
  // Tested against unknown[] and each part inferred as a Shape: a test of [B, T, 32] against Shape defers
  // in generic code (its restrictive instance is not a Shape), which left the parts untyped.
  Split<S, NS, A> extends infer P ? P extends readonly unknown[] ? { [I in keyof P]: P[I] extends infer E extends Shape ? Tensor<E, D, Dev, K> : never } : never : never;

/** split's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface SplitFunction {
  <L extends Shape, X extends number, D extends DType, Dev extends Device, K extends Kind, U extends number = never>(
    x: Tensor<[...L, X | Factors<U>], D, Dev, K>, numOrSizeSplits: 2 & EvenCheck<X> & NotProduct<U>, axis: -1 | FixedIndex<L>,
  ): [Tensor<[...L, Div<X, 2>], D, Dev, K>, Tensor<[...L, Div<X, 2>], D, Dev, K>];
  <L extends Shape, X extends number, Y extends number, D extends DType, Dev extends Device, K extends Kind, U extends number = never>(
    x: Tensor<[...L, X | Factors<U>, Y], D, Dev, K>, numOrSizeSplits: 2 & EvenCheck<X> & NotProduct<U>, axis: -2 | FixedIndex<L>,
  ): [Tensor<[...L, Div<X, 2>, Y], D, Dev, K>, Tensor<[...L, Div<X, 2>, Y], D, Dev, K>];
  <X extends number, L extends Shape, D extends DType, Dev extends Device, K extends Kind, U extends number = never>(
    x: Tensor<[X | Factors<U>, ...L], D, Dev, K>, numOrSizeSplits: 2 & EvenCheck<X> & NotProduct<U>, axis: 0,
  ): [Tensor<[Div<X, 2>, ...L], D, Dev, K>, Tensor<[Div<X, 2>, ...L], D, Dev, K>];
  <L extends Shape, D extends DType, Dev extends Device, K extends Kind, const N extends number, U extends number = never>(
    x: Tensor<[...L, Factors<U>], D, Dev, K>, numOrSizeSplits: N & LiteralCount<N> & IsFactor<U, N>, axis: -1 | FixedIndex<L>,
  ): Copies<N, Tensor<[...L, OtherFactor<U, N>], D, Dev, K>>;
  <L extends Shape, Y extends number, D extends DType, Dev extends Device, K extends Kind, const N extends number, U extends number = never>(
    x: Tensor<[...L, Factors<U>, Y], D, Dev, K>, numOrSizeSplits: N & LiteralCount<N> & IsFactor<U, N>, axis: -2 | FixedIndex<L>,
  ): Copies<N, Tensor<[...L, OtherFactor<U, N>, Y], D, Dev, K>>;
  <L extends Shape, D extends DType, Dev extends Device, K extends Kind, const N extends number, U extends number = never>(
    x: Tensor<[Factors<U>, ...L], D, Dev, K>, numOrSizeSplits: N & LiteralCount<N> & IsFactor<U, N>, axis: 0,
  ): Copies<N, Tensor<[OtherFactor<U, N>, ...L], D, Dev, K>>;
  <A extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind, const N extends number, U extends number = never>(
    x: Tensor<[A, Factors<U>, ...R], D, Dev, K>, numOrSizeSplits: N & LiteralCount<N> & IsFactor<U, N>, axis: 1,
  ): Copies<N, Tensor<[A, OtherFactor<U, N>, ...R], D, Dev, K>>;
  // Sizes that are the caller's values (type parameters or `number`), along any axis of a shape of known rank: each part
  // has its size on the axis (vLLM's `qkv.split([q_size, kv_size, kv_size], -1)`), the fit checked at run time; a -1 last
  // is the rest of the dim (`split(x, [n, -1], 1)` on [B, T, D] gives [B, N, D] and [B, Sub<T, N>, D]; a -1 first, rarer, is
  // left to the checked signature: each form costs the library ~500 instantiations). A list
  // of literal sizes goes to the checked signature.
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const NS extends number[], const A extends number = 0, Ax extends number = NormAxis<S['length'], A>>(
    x: Tensor<S, D, Dev, K>, numOrSizeSplits: NS & RunTimeSizes<NS>, axis?: A & AxisIn<Ax>,
  ): SizedParts<S, Ax, NS, D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, Z extends number, const A extends number = 0, Ax extends number = NormAxis<S['length'], A>, X extends number = S[Ax] & number>(
    x: Tensor<S, D, Dev, K>, numOrSizeSplits: [Z & RunTimeSize<Z>, -1], axis?: A & AxisIn<Ax>,
  ): SizedParts<S, Ax, [Z, Sub<X, Z>], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const NS extends number | number[], const A extends number = 0>(
    x: Tensor<S, D, Dev, K>, numOrSizeSplits: SplitArg<S, NS, A>, axis?: A,
  ): SplitResult<S, NS, A, D, Dev, K>;
  // (unknown[]: an overload whose part holds Sub<X, Z> was not checked compatible with AnyTensor[].)
}
function splitImpl(x: AnyTensor, numOrSizeSplits: number | number[], axis?: number): unknown[] {
  const shapes = splitShapes(x.shape, numOrSizeSplits, axis ?? 0);
  // Sizes as computed (a -1 filled in): wasm's split kernel does not infer one.
  const ax = normAxis('split', x.shape, axis ?? 0);
  const sizes = typeof numOrSizeSplits === 'number' ? numOrSizeSplits : shapes.map((p) => p[ax]);
  const raws = run(x.device, () => tf.split(x.raw, sizes, ax));
  return raws.map((r, i) => wrap('split', r, x.device, shapes[i], x.dtype));
}
/**
 * A tensor cut along axis into N equal parts or parts of the given sizes: a tuple of tensors. The
 * first signatures hold in generic code, for the last axis, the one before it, the first and the second: a dim
 * that is not a product splits into halves (RoPE's rotate-half), `Div<X, 2>`, which `concat([a, b], -1)`
 * turns back into X; a dim that is a product `Mul<K, X>` or `Mul<X, K>` (nanoGPT's c_attn output
 * `[B, T, Mul<3, C>]`, also under the user's own alias `type QKV<C> = st.Mul<3, C>`) splits into K parts of X,
 * read from the product's factors (U, inferred through Factors; never for any other dim, so that a literal dim
 * does not match a product). The halves come first: most calls are halves and stop there (each failed candidate
 * costs the checker). A wrong count (`Mul<3, D>` into 2) reaches the checked signature's sentence. (Four or more
 * candidates also keep TypeScript 5.9 from listing each before the sentence.)
 */
export const split: SplitFunction = splitImpl as unknown as SplitFunction;

/** A size the generic forms of slice take: a type parameter or `number` (a literal size goes to the checked signature). */
type RunTimeSize<Z> = `${Z & number}` extends `${Digit}${string}` | `-${string}` ? NotThisForm : unknown;
/**
 * A sizes list split's run-time form takes: no negative literal (a -1 goes to the -1 forms or the checked signature), and
 * not every size a literal (those the checked signature compares with the dim). Text tests the checker skips for a type
 * parameter.
 */
type RunTimeSizes<NS extends number[]> = NoNegative<NS> & SomeRunTime<NS>;
/** The parts of a split by sizes NS along Ax: each has its size on the axis. */
type SizedParts<S extends Shape, Ax extends number, NS extends readonly number[], D extends DType, Dev extends Device, K extends Kind> =
  { -readonly [I in keyof NS]: Tensor<ReplaceAt<S, Ax, NS[I]>, D, Dev, K> };
/** An axis in range (NormAxis gave one); out of range, the checked signature's sentence. */
type AxisIn<Ax> = [Ax] extends [never] ? NotThisForm : unknown;
type NoNegative<NS> = NS extends [infer H, ...infer R] ? BeginOk<H> & NoNegative<R> : unknown;
type SomeRunTime<NS> = NS extends [infer H, ...infer R] ? (`${H & number}` extends `${Digit}${string}` ? SomeRunTime<R> : unknown) : NotThisForm;
/** A begin the generic forms of slice take: anything but a negative literal (which gets the checked signature's sentence). */
type BeginOk<B> = `${B & number}` extends `-${string}` ? NotThisForm : unknown;
type ZerosOf<L extends Shape> = { [I in keyof L]: 0 };
/**
 * The check of the every-size-given form: one begin and one size per axis, and no begin or size a negative literal (a -1 size,
 * or a negative begin, goes to the checked signature). One test on the lists' text, which the checker skips for a
 * type parameter (the caller's `t: T` passes; the run time checks it).
 */
type GivenSlice<S extends Shape, B extends number[], Z extends number[]> =
  `${ListText<B>}|${ListText<Z>}` extends `${string}-${string}` ? NotThisForm : [B['length'], Z['length']] extends [S['length'], S['length']] ? unknown : NotThisForm;
type ListText<L extends number[]> = L extends [infer H extends number, ...infer R extends number[]] ? `${H},${ListText<R>}` : '';
type MinusOnesOf<L extends Shape> = { [I in keyof L]: -1 };

/** slice's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface SliceFunction {
  <A extends number, X extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind, B extends number, const Z extends number>(
    x: Tensor<[A, X, ...R], D, Dev, K>, begin: readonly [0, B & BeginOk<B>, ...ZerosOf<R>], size: readonly [-1, Z & RunTimeSize<Z>, ...MinusOnesOf<R>],
  ): Tensor<[A, Z, ...R], D, Dev, K>;
  <L extends Shape, X extends number, D extends DType, Dev extends Device, K extends Kind, B extends number, const Z extends number>(
    x: Tensor<[...L, X], D, Dev, K>, begin: readonly [...ZerosOf<L>, B & BeginOk<B>], size: readonly [...MinusOnesOf<L>, Z & RunTimeSize<Z>],
  ): Tensor<[...L, Z], D, Dev, K>;
  <L extends Shape, X extends number, Y extends number, D extends DType, Dev extends Device, K extends Kind, B extends number, const Z extends number>(
    x: Tensor<[...L, X, Y], D, Dev, K>, begin: readonly [...ZerosOf<L>, B & BeginOk<B>, 0], size: readonly [...MinusOnesOf<L>, Z & RunTimeSize<Z>, -1],
  ): Tensor<[...L, Z, Y], D, Dev, K>;
  // Every size given (none -1): the result is the sizes, whatever the dims (nanoGPT's causal buffer bias[:, :, :T, :T],
  // `slice(bias [1, 1, S, S], [0, 0, 0, 0], [1, 1, t, t])` with t: T, is [1, 1, T, T]); they fit, checked at run time
  // (SliceFits refuses a literal misfit here, which then gets the checked signature's sentence).
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const B extends number[], const Z extends number[]>(
    x: Tensor<S, D, Dev, K>, begin: B, size: CheckedLiteral<Z, SliceFits<S, B, Z>> & GivenSlice<S, B, Z>,
  ): Tensor<Z, D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const B extends number | number[], const Z extends number | number[] | undefined = undefined>(
    x: Tensor<S, D, Dev, K>, begin: BeginArg<S, B, Z>, size?: Z,
  ): Tensor<ShapeOf<Slice<S, B, Z>>, D, Dev, K>;
}
function sliceImpl(x: AnyTensor, begin: number | readonly number[], size?: number | readonly number[]): AnyTensor {
  const out = sliceShape(x.shape, begin, size);
  const list = (v: number | readonly number[] | undefined) => (typeof v === 'object' ? [...v] : v);
  return wrap('slice', run(x.device, () => tf.slice(x.raw, list(begin) as number | number[], list(size))), x.device, out, x.dtype);
}
/**
 * A block: begin per axis, and a size per axis (-1 or missing: to the end). The first signatures hold in
 * generic code: a crop along axis 1, the last axis or the one before it, by a size that is a type parameter
 * or `number` (the caller's length, checked at run time against the dim, as every `number` is): `slice(x [B, T, D],
 * [0, start, 0], [-1, w, -1])` is `[B, W, D]`. Literal sizes are checked against the dims by the last signature.
 */
export const slice: SliceFunction = sliceImpl as unknown as SliceFunction;

/** gather's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface GatherFunction {
  <N extends number, C extends number, D extends DType, Dev extends Device, K extends Kind, SI extends Shape>(
    x: Tensor<[N, C], D, Dev, K>, indices: Tensor<SI, 'int32', NoInfer<Same<Dev>>, Kind>,
  ): Tensor<[...SI, C], D, Dev, K>;
  <N extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind, SI extends Shape>(
    x: Tensor<[N, ...R], D, Dev, K>, indices: Tensor<SI, 'int32', NoInfer<Same<Dev>>, Kind>,
  ): Tensor<[...SI, ...R], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, SI extends Shape>(
    x: Tensor<S, D, Dev, K> & RunTimeRank<S>, indices: Tensor<SI, 'int32', NoInfer<Same<Dev>>, Kind>,
  ): Tensor<number[], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, SI extends Shape, DI extends DType, DevI extends Device, const A extends number = 0>(
    x: Tensor<S, D, Dev, K>,
    indices: Tensor<SI, DI, DevI, Kind> & Refused<GatherSentence<S, SI, A, DI>, 'gather', [S, SI, A, Dev, DevI, DI]>,
    axis?: A,
  ): Tensor<ShapeOf<Gather<S, SI, A>>, D, Dev, K>;
}
function gatherImpl(x: AnyTensor, indices: AnyTensor, axis?: number): AnyTensor {
  deviceOf('gather', x, indices);
  expectDType('gather', indices, ['int32'], 'indices');
  const ax = normAxis('gather', x.shape, axis ?? 0);
  const out = gatherShape(x.shape, indices.shape, ax);
  const raw = run(x.device, () => (x.dtype === 'float32' ? tf.tidy(() => gatherWithGradient(x.raw, indices.raw, ax)) : tf.gather(x.raw, indices.raw, ax)));
  return wrap('gather', raw, x.device, out, x.dtype);
}
/**
 * Rows picked by int32 indices along axis: the axis is replaced by the indices' shape. On float
 * tensors the gradient is a one-hot matrix product, which runs on every backend (tfjs's own
 * gradient needs UnsortedSegmentSum, which wasm lacks). The first signatures (rows of a table, as
 * an embedding lookup: a [N, C] table, one of any rank, one of a rank known at run time) hold in generic
 * code; four candidates also keep TypeScript 5.9 from listing each before the sentence.
 */
export const gather: GatherFunction = gatherImpl as unknown as GatherFunction;

function gatherWithGradient(x: tf.Tensor, indices: tf.Tensor, axis: number): tf.Tensor {
  // Move the gathered axis to the front, gather rows there, and move the indices' dims back.
  const rank = x.rank;
  const toFront = [axis, ...Array.from({ length: rank }, (_, i) => i).filter((i) => i !== axis)];
  const front = axis === 0 ? x : tf.transpose(x, toFront);
  const rows = front.shape[0];
  const gatherRows = tf.customGrad((...inputs) => {
    const [table, ids, save] = inputs as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
    // Saved, not closed over: the forward pass frees its intermediates before the backward pass.
    save([ids]);
    // On wasm, a row copy (./kernels.ts); elsewhere tfjs's gather.
    const rowSize = rows === 0 ? 0 : table.size / rows;
    const flatIds = tf.reshape(ids, [-1]);
    const fast = gatherRowsRaw(tf.reshape(table, [rows, rowSize]), flatIds);
    const value = fast ? tf.reshape(fast, [...ids.shape, ...table.shape.slice(1)]) : tf.gather(table, ids, 0);
    const gradFunc = (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]): tf.Tensor[] => {
      const g = dy as tf.Tensor;
      const savedIds = tf.reshape(saved[0], [-1]);
      const flatDy = tf.reshape(g, [savedIds.shape[0], rowSize]);
      // The gradient sums dy's rows into the picked rows: a scatter-add on wasm, else a one-hot product.
      const scattered = scatterAddRowsRaw(flatDy, savedIds, rows);
      const dTable = scattered ?? matMul2d(tf.transpose(oneHotRaw(savedIds, rows, 1, 0, 'float32')), flatDy);
      return [tf.reshape(dTable, table.shape), tf.zerosLike(saved[0])];
    };
    return { value, gradFunc };
  });
  const picked = gatherRows(front, indices);
  if (axis === 0) return picked;
  // picked: [...indices, ...x without axis]; put the indices' dims back at position axis.
  const ir = indices.rank;
  const perm = [
    ...Array.from({ length: axis }, (_, i) => ir + i),
    ...Array.from({ length: ir }, (_, i) => i),
    ...Array.from({ length: rank - 1 - axis }, (_, i) => ir + axis + i),
  ];
  return tf.transpose(picked, perm);
}

/**
 * A literal fraction as oneHot's on or off value of an int32 one-hot (the default dtype): tfjs truncates it, so label
 * smoothing's `oneHot(labels, C, 0.9, 0.01)` gives zeros. The sentence, or unknown; thrown at run time too.
 */
export type OneHotValueCheck<D extends DType, V extends number> =
  [D] extends ['int32'] ? (IsFraction<V> extends true ? `oneHot: ${V} is not an integer, but the dtype is int32 (the value would become ${TruncatedText<V>}); pass dtype 'float32'` : unknown) : unknown;
function oneHotValueSentence(v: number): string {
  return `oneHot: ${v} is not an integer, but the dtype is int32 (the value would become ${Math.trunc(v)}); pass dtype 'float32'`;
}
/**
 * oneHot's depth: an integer >= 2 (tfjs refuses 1, and a fraction such as a computed `n / 2` ran and gave rows of
 * its integer part). The sentence, or unknown (also for `number`, checked at run time with the same words).
 */
export type OneHotDepthCheck<Depth extends number> =
  number extends Depth ? unknown
  : IsFraction<Depth> extends true ? OneHotDepthSentence<Depth>
  : CompareReal<Depth, 2> extends 'lt' ? OneHotDepthSentence<Depth> : unknown;
type OneHotDepthSentence<Depth extends number> = `oneHot: depth must be an integer >= 2, got ${Depth}`;
function checkOneHotDepth(depth: number): void {
  if (!Number.isInteger(depth) || depth < 2) throw new ShapeError(`oneHot: depth must be an integer >= 2, got ${depth}`);
}
/** One-hot rows of depth for int32 indices: a new last axis (int32 like tfjs, or the dtype given). */
export function oneHot<SI extends Shape, DI extends DType, Dev extends Device, const Depth extends number, D extends 'float32' | 'int32' = 'int32', const On extends number = 1, const Off extends number = 0>(
  indices: Tensor<SI, DI, Dev, Kind> & DTypeIs<'oneHot', DI, 'int32', 'indices'>, depth: CheckedLiteral<Depth, OneHotDepthCheck<Depth>>,
  onValue?: CheckedLiteral<On, OneHotValueCheck<D, On>>, offValue?: CheckedLiteral<Off, OneHotValueCheck<D, Off>>, dtype?: D,
): Tensor<OneHot<SI, Depth>, NoInfer<D>, Dev> {
  expectDType('oneHot', indices, ['int32'], 'indices');
  checkOneHotDepth(depth);
  const dt = dtype ?? 'int32';
  const on = onValue ?? 1;
  const off = offValue ?? 0;
  for (const v of [on, off]) {
    if (dt === 'int32' && isFraction(v)) throw new ShapeError(oneHotValueSentence(v));
  }
  const raw = run(indices.device, () => oneHotRaw(indices.raw, depth, on, off, dt));
  return wrap('oneHot', raw, indices.device, [...indices.shape, depth], dt);
}

/** true when some known dim of S disagrees with T's dim at the same place. */
type Disagrees<S extends Shape, T extends Shape> =
  S extends [infer a, ...infer SR extends Shape]
    ? T extends [infer b, ...infer TR extends Shape] ? (DimsAgree<a, b> extends true ? Disagrees<SR, TR> : true) : false
    : false;
/** withShape's check: known ranks must match and known dims agree; dynamic dims are checked at run time. */
type WithShapeCheck<S extends Shape, T extends Shape> =
  IsDynamicRank<S> extends true ? unknown
  : IsDynamicRank<T> extends true ? unknown
  : S['length'] extends T['length'] ? (Disagrees<S, T> extends true ? `withShape: ${FormatShape<S>} cannot be ${FormatShape<T>}` : unknown)
  : `withShape: ${FormatShape<S>} cannot be ${FormatShape<T>} (rank ${S['length']} vs ${T['length']})`;

/**
 * The same tensor (not a copy) typed with the given shape, checked at run time: how dims the
 * compiler cannot know (read from data, computed) become literal or named dims for typed code.
 */
export function withShape<S extends Shape, D extends DType, Dev extends Device, K extends Kind, const T extends Shape>(
  x: Tensor<S, D, Dev, K>, shape: CheckedLiteral<T, WithShapeCheck<S, T>>,
): Tensor<T, D, Dev, K> {
  if (formatShape(x.shape) !== formatShape(shape)) throw new ShapeError(`withShape: ${formatShape(x.shape)} cannot be ${formatShape(shape)}`);
  return wrap('withShape', x.raw, x.device, shape, x.dtype);
}

/** splitLastDim's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface SplitLastDimFunction {
  <S extends Shape, H extends number, Dh extends number, D extends DType, Dev extends Device, K extends Kind>(
    x: Tensor<[...S, NoInfer<Mul<H, Dh>>], D, Dev, K>, heads: H, headDim: Dh,
  ): Tensor<[...S, H, Dh], D, Dev, K>;
  /** Any other last dim: the run-time sentence when the sizes are known (4096 is not 32 * 64). */
  <S extends Shape, X extends number, H extends number, Dh extends number, D extends DType, Dev extends Device, K extends Kind>(
    x: Tensor<[...S, X], D, Dev, K>, heads: H, headDim: RefusedArg<`splitLastDim: last dim ${X} of ${RawShape<[...S, X]>} is not known to be ${H} * ${Dh} (in generic code, type that dim as st.Mul<heads, headDim>)`, 'splitLastDim', [[...S, X], X, H, Dh], Dh>,
  ): Tensor<[...S, H, Dh], D, Dev, K>;
}
function splitLastDimImpl(x: AnyTensor, heads: number, headDim: number): AnyTensor {
  const shape = x.shape;
  const last = shape[shape.length - 1];
  if (last !== heads * headDim) {
    throw new ShapeError(`splitLastDim: last dim ${last} of ${formatShape(shape)} is not ${heads} * ${headDim}`);
  }
  const out = [...shape.slice(0, -1), heads, headDim];
  return wrap('splitLastDim', run(x.device, () => tf.reshape(x.raw, out)), x.device, out, x.dtype);
}
/**
 * The last dim, declared as the product H * Dh, split into [H, Dh]. Generic code keeps
 * `Mul<H, Dh>` unevaluated, so splitting and merging back type-checks without a cast; concrete
 * sizes (H = 8, Dh = 16) evaluate it to 128, so callers pass plain [B, T, 128] tensors.
 */
export const splitLastDim: SplitLastDimFunction = splitLastDimImpl as unknown as SplitLastDimFunction;

type SplitLastDimCheck<S extends Shape, X extends number, H extends number, Dh extends number> =
  DimsAgree<X, Mul<H, Dh>> extends true ? unknown : `splitLastDim: last dim ${FormatDim<X>} of ${FormatShape<S>} is not ${H} * ${Dh}`;

/** The last two dims [H, Dh] merged into one of size Mul<H, Dh>: the inverse of splitLastDim. */
export function mergeLastDims<S extends Shape, H extends number, Dh extends number, D extends DType, Dev extends Device, K extends Kind>(
  x: Tensor<[...S, H, Dh], D, Dev, K>,
): Tensor<[...S, Mul<H, Dh>], D, Dev, K> {
  const shape = x.shape;
  if (shape.length < 2) throw new Error(`mergeLastDims: needs rank >= 2, got [${shape.join(', ')}]`);
  const out = [...shape.slice(0, -2), shape[shape.length - 2] * shape[shape.length - 1]];
  return wrap('mergeLastDims', run(x.device, () => tf.reshape(x.raw, out)), x.device, out, x.dtype);
}

/**
 * Each slice along axis repeated `repeats` times in place ([a, b] -> [a, a, b, b]), as grouped-query
 * attention repeats key/value heads. The axis becomes `Mul<dim, repeats>`.
 */
export function repeatInterleave<S extends Shape, D extends DType, Dev extends Device, K extends Kind, R extends number, const A extends number>(
  x: Tensor<S, D, Dev, K>, repeats: R, axis: RepeatAxisArg<S, A>,
): Tensor<ReplaceAt<S, NormAxis<S['length'], A>, Mul<S[NormAxis<S['length'], A>], R>>, D, Dev, K> {
  if (!Number.isInteger(repeats) || repeats < 1) throw new Error(`repeatInterleave: repeats must be a positive integer, got ${repeats}`);
  const shape = x.shape;
  const ax = normAxis('repeatInterleave', shape, axis);
  const out = shape.map((d, i) => (i === ax ? d * repeats : d));
  // A gather of [0, 0, 1, 1, ...]: its one-hot gradient works at any rank on every backend
  // (broadcastTo's gradient is a tile gradient, which tfjs lacks beyond rank 4).
  const picks = Int32Array.from({ length: shape[ax] * repeats }, (_, i) => Math.floor(i / repeats));
  const raw = run(x.device, () => tf.tidy(() => {
    // One repeat is the tensor itself (as plain multi-head attention has it).
    if (repeats === 1) return tf.clone(x.raw);
    const indices = tf.tensor1d(picks, 'int32');
    return x.dtype === 'float32' ? gatherWithGradient(x.raw, indices, ax) : tf.gather(x.raw, indices, ax);
  }));
  return wrap('repeatInterleave', raw, x.device, out, x.dtype);
}
type RepeatAxisCheck<S extends Shape, A extends number> =
  [NormAxis<S['length'], A>] extends [never] ? `repeatInterleave: axis ${A} is out of range for ${FormatShape<S>}` : unknown;
declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    repeatInterleave: In extends [infer S extends Shape, infer A extends number] ? RepeatAxisCheck<S, A> : never;
  }
}
type RepeatAxisArg<S extends Shape, A extends number> = ShapeArg<'repeatInterleave', [S, A], A, S, RepeatAxisCheck<RankOnly<S>, A>, `repeatInterleave: axis ${A} does not fit ${RawShape<S>}`>;

// ---- As Tensor methods (installed by src/ops/methods.ts): the signatures above with the tensor as
// `this`. Kept beside the functions so a change to one is made to both; named types, so every tensor
// type shares them (inline members of Tensor's interface were instantiated per tensor type).

/** reshape as a method. */
export interface ReshapeMethod {
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const T extends Shape>(
    this: Tensor<S, D, Dev, K>, shape: T & RecoveryOnly,
  ): Tensor<T, D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const P extends Shape>(
    this: Tensor<S, D, Dev, K>, shape: readonly [...P, -1] & KeptDims<S, P, []>,
  ): Tensor<[...P, Product<Between<S, P, []>>], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const R extends Shape>(
    this: Tensor<S, D, Dev, K>, shape: readonly [-1, ...R] & KeptDims<S, [], R>,
  ): Tensor<[Product<Between<S, [], R>>, ...R], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, A extends number, const R extends Shape>(
    this: Tensor<S, D, Dev, K>, shape: readonly [A, -1, ...R] & KeptDims<S, [A], R>,
  ): Tensor<[A, Product<Between<S, [A], R>>, ...R], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, A extends number, const R extends Shape>(
    this: Tensor<S, D, Dev, K>, shape: readonly [A, -1, ...R] & TailRegrouped<S, A, R>,
  ): Tensor<[A, Product<RegroupedMiddle<S, R>>, ...R], D, Dev, K>;
  <L extends Shape, M extends number, D extends DType, Dev extends Device, K extends Kind, const G extends number>(
    this: Tensor<[...L, M], D, Dev, K>, shape: readonly [...L, -1, G & FactorOf<M, G>],
  ): Tensor<[...L, CoFactor<M, G>, G], D, Dev, K>;
  <L extends Shape, M extends number, D extends DType, Dev extends Device, K extends Kind, const F extends number>(
    this: Tensor<[...L, M], D, Dev, K>, shape: readonly [...L, F & FactorOf<M, F>, -1],
  ): Tensor<[...L, F, CoFactor<M, F>], D, Dev, K>;
  <const L extends Shape, X extends number, D extends DType, Dev extends Device, K extends Kind>(
    this: Tensor<[NoInfer<Product<L>>, X], D, Dev, K>, shape: readonly [...L, NoInfer<X>],
  ): Tensor<[...L, X], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(this: Tensor<S, D, Dev, K>, shape: readonly [-1]): Tensor<[Product<S>], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const R extends Shape>(
    this: Tensor<S, D, Dev, K>, shape: readonly [-1, ...R] & LiteralRun<S, R>,
  ): Tensor<[HeadProduct<S, R>, ...R], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const T extends Shape>(this: Tensor<S, D, Dev, K>, shape: T & UnitsAround<S, T>): Tensor<T, D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const T extends Shape>(
    this: Tensor<S, D, Dev, K>, shape: T & (RunTimeRun<S, T> | FromRunTime<S, T>),
  ): Tensor<T, D, Dev, K>;
  // ... and nanoGPT's `view(B * T, -1)`: the -1 beside a run-time dim is one too.
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, N extends number>(
    this: Tensor<S, D, Dev, K>, shape: readonly [N & RunTimeOnly<N>, -1],
  ): Tensor<[number, number], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const T extends Shape>(
    this: Tensor<S, D, Dev, K>, shape: T & Refused<ReshapeSentence<S, T>, 'reshape', [S, T]>,
  ): Tensor<ShapeOf<Reshape<S, T>>, D, Dev, K>;
}
/** transpose as a method. */
export type TransposeMethod = <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const P extends number[] | undefined = undefined>(
  this: Tensor<S, D, Dev, K>, perm?: PermArg<S, P>,
) => Tensor<ShapeOf<Transpose<S, P>>, D, Dev, K>;
/** expandDims as a method. */
export interface ExpandDimsMethod {
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(this: Tensor<S, D, Dev, K>, axis: -1): Tensor<[...S, 1], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(this: Tensor<S, D, Dev, K>, axis?: 0): Tensor<[1, ...S], D, Dev, K>;
  <X extends number, L extends Shape, D extends DType, Dev extends Device, K extends Kind>(this: Tensor<[X, ...L], D, Dev, K>, axis: 1): Tensor<[X, 1, ...L], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const A extends number = 0>(
    this: Tensor<S, D, Dev, K>, axis?: ExpandAxisArg<S, A>,
  ): Tensor<ShapeOf<ExpandDims<S, A>>, D, Dev, K>;
}
/** squeeze as a method. */
export interface SqueezeMethod {
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(this: Tensor<S, D, Dev, K>, axis: readonly []): Tensor<S, D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const A extends number[] | undefined = undefined>(
    this: Tensor<S, D, Dev, K>, axis?: SqueezeArg<S, A>,
  ): Tensor<ShapeOf<Squeeze<S, A>>, D, Dev, K>;
}
/** The list a list op sees when its first tensor is `this` and the rest are one tensor or a list. */
type ThisAnd<T, O> = O extends readonly unknown[] ? [T, ...O] : [T, O];
/** concat as tfjs chains it: `x.concat(y, axis)` or `x.concat([y, z], axis)` is `concat([x, y, z], axis)`. */
export interface ConcatMethod {
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    this: Tensor<S, D, Dev, K>, other: RecoveryOnly, axis?: -1,
  ): Tensor<S, D, Dev, K>;
  <A extends number, B extends number, X extends number, Y extends number, C extends number, D extends DType, Dev extends Device, K extends Kind>(
    this: Tensor<[A, B, X, C], D, Dev, K>, other: Tensor<[NoInfer<A>, NoInfer<B>, Y, NoInfer<C>], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>, axis: 2,
  ): Tensor<[A, B, Add<X, Y>, C], D, Dev, K>;
  <X extends number, Y extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    this: Tensor<[X, ...R], D, Dev, K>, other: Tensor<[Y, ...R], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>, axis?: 0,
  ): Tensor<[Add<X, Y>, ...R], D, Dev, K>;
  <A extends number, X extends number, Y extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    this: Tensor<[A, X, ...R], D, Dev, K>, other: Tensor<[NoInfer<A>, Y, ...R], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>, axis: 1,
  ): Tensor<[A, Add<X, Y>, ...R], D, Dev, K>;
  <L extends Shape, X extends number = never, D extends DType = DType, Dev extends Device = Device, K extends Kind = Kind>(
    this: Tensor<[...L, Div<X, 2>], D, Dev, K>, other: Tensor<[...L, NoInfer<Div<X, 2>>], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>, axis: -1 | FixedIndex<L>,
  ): Tensor<[...L, X], D, Dev, K>;
  <L extends Shape, Y extends number, Z extends number, D extends DType, Dev extends Device, K extends Kind>(
    this: Tensor<[...L, Y], D, Dev, K>, other: Tensor<[...L, Z], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>, axis: -1 | FixedIndex<L>,
  ): Tensor<[...L, Add<Y, Z>], D, Dev, K>;
  <L extends Shape, X extends number, Y extends number, Z extends number, D extends DType, Dev extends Device, K extends Kind>(
    this: Tensor<[...L, X, Z], D, Dev, K>, other: Tensor<[...L, Y, NoInfer<Z>], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>, axis: -2 | FixedIndex<L>,
  ): Tensor<[...L, Add<X, Y>, Z], D, Dev, K>;
  <T extends AnyTensor, const O extends AnyTensor | readonly unknown[], const A extends number = 0>(
    this: T, other: O & Refused<ConcatSentence<ThisAnd<T, O>, A>, 'concat', [ThisAnd<T, O>, A]>, axis?: A,
  ): Tensor<ConcatShape<ShapesOf<ThisAnd<T, O>>, A>, DTypeOfList<ThisAnd<T, O>>, DeviceOfList<ThisAnd<T, O>>, KindOfList<ThisAnd<T, O>>>;
}
/** stack as tfjs chains it: `x.stack(y, axis)` or `x.stack([y, z], axis)` is `stack([x, y, z], axis)`. */
export interface StackMethod {
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    this: Tensor<S, D, Dev, K>, other: Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>, axis?: 0,
  ): Tensor<[2, ...S], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    this: Tensor<S, D, Dev, K>, other: Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>, axis: -1 | FixedIndex<S>,
  ): Tensor<[...S, 2], D, Dev, K>;
  <X extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    this: Tensor<[X, ...R], D, Dev, K>, other: Tensor<[NoInfer<X>, ...R], NoInfer<D>, NoInfer<Same<Dev, D>>, NoInfer<K>>, axis: 1,
  ): Tensor<[X, 2, ...R], D, Dev, K>;
  <T extends AnyTensor, const O extends AnyTensor | readonly unknown[], const A extends number = 0>(
    this: T, other: O & Refused<StackSentence<ThisAnd<T, O>, A>, 'stack', [ThisAnd<T, O>, A]>, axis?: A,
  ): Tensor<ShapeOf<Stack<ShapesOf<ThisAnd<T, O>>, A>>, DTypeOfList<ThisAnd<T, O>>, DeviceOfList<ThisAnd<T, O>>, KindOfList<ThisAnd<T, O>>>;
}
/** split as a method. */
export interface SplitMethod {
  <L extends Shape, X extends number, D extends DType, Dev extends Device, K extends Kind, U extends number = never>(
    this: Tensor<[...L, X | Factors<U>], D, Dev, K>, numOrSizeSplits: 2 & EvenCheck<X> & NotProduct<U>, axis: -1 | FixedIndex<L>,
  ): [Tensor<[...L, Div<X, 2>], D, Dev, K>, Tensor<[...L, Div<X, 2>], D, Dev, K>];
  <L extends Shape, X extends number, Y extends number, D extends DType, Dev extends Device, K extends Kind, U extends number = never>(
    this: Tensor<[...L, X | Factors<U>, Y], D, Dev, K>, numOrSizeSplits: 2 & EvenCheck<X> & NotProduct<U>, axis: -2 | FixedIndex<L>,
  ): [Tensor<[...L, Div<X, 2>, Y], D, Dev, K>, Tensor<[...L, Div<X, 2>, Y], D, Dev, K>];
  <X extends number, L extends Shape, D extends DType, Dev extends Device, K extends Kind, U extends number = never>(
    this: Tensor<[X | Factors<U>, ...L], D, Dev, K>, numOrSizeSplits: 2 & EvenCheck<X> & NotProduct<U>, axis: 0,
  ): [Tensor<[Div<X, 2>, ...L], D, Dev, K>, Tensor<[Div<X, 2>, ...L], D, Dev, K>];
  <L extends Shape, D extends DType, Dev extends Device, K extends Kind, const N extends number, U extends number = never>(
    this: Tensor<[...L, Factors<U>], D, Dev, K>, numOrSizeSplits: N & LiteralCount<N> & IsFactor<U, N>, axis: -1 | FixedIndex<L>,
  ): Copies<N, Tensor<[...L, OtherFactor<U, N>], D, Dev, K>>;
  <L extends Shape, Y extends number, D extends DType, Dev extends Device, K extends Kind, const N extends number, U extends number = never>(
    this: Tensor<[...L, Factors<U>, Y], D, Dev, K>, numOrSizeSplits: N & LiteralCount<N> & IsFactor<U, N>, axis: -2 | FixedIndex<L>,
  ): Copies<N, Tensor<[...L, OtherFactor<U, N>, Y], D, Dev, K>>;
  <L extends Shape, D extends DType, Dev extends Device, K extends Kind, const N extends number, U extends number = never>(
    this: Tensor<[Factors<U>, ...L], D, Dev, K>, numOrSizeSplits: N & LiteralCount<N> & IsFactor<U, N>, axis: 0,
  ): Copies<N, Tensor<[OtherFactor<U, N>, ...L], D, Dev, K>>;
  <A extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind, const N extends number, U extends number = never>(
    this: Tensor<[A, Factors<U>, ...R], D, Dev, K>, numOrSizeSplits: N & LiteralCount<N> & IsFactor<U, N>, axis: 1,
  ): Copies<N, Tensor<[A, OtherFactor<U, N>, ...R], D, Dev, K>>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const NS extends number[], const A extends number = 0, Ax extends number = NormAxis<S['length'], A>>(
    this: Tensor<S, D, Dev, K>, numOrSizeSplits: NS & RunTimeSizes<NS>, axis?: A & AxisIn<Ax>,
  ): SizedParts<S, Ax, NS, D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, Z extends number, const A extends number = 0, Ax extends number = NormAxis<S['length'], A>, X extends number = S[Ax] & number>(
    this: Tensor<S, D, Dev, K>, numOrSizeSplits: [Z & RunTimeSize<Z>, -1], axis?: A & AxisIn<Ax>,
  ): SizedParts<S, Ax, [Z, Sub<X, Z>], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const NS extends number | number[], const A extends number = 0>(
    this: Tensor<S, D, Dev, K>, numOrSizeSplits: SplitArg<S, NS, A>, axis?: A,
  ): SplitResult<S, NS, A, D, Dev, K>;
}
/** slice as a method. */
export interface SliceMethod {
  <A extends number, X extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind, B extends number, const Z extends number>(
    this: Tensor<[A, X, ...R], D, Dev, K>, begin: readonly [0, B & BeginOk<B>, ...ZerosOf<R>], size: readonly [-1, Z & RunTimeSize<Z>, ...MinusOnesOf<R>],
  ): Tensor<[A, Z, ...R], D, Dev, K>;
  <L extends Shape, X extends number, D extends DType, Dev extends Device, K extends Kind, B extends number, const Z extends number>(
    this: Tensor<[...L, X], D, Dev, K>, begin: readonly [...ZerosOf<L>, B & BeginOk<B>], size: readonly [...MinusOnesOf<L>, Z & RunTimeSize<Z>],
  ): Tensor<[...L, Z], D, Dev, K>;
  <L extends Shape, X extends number, Y extends number, D extends DType, Dev extends Device, K extends Kind, B extends number, const Z extends number>(
    this: Tensor<[...L, X, Y], D, Dev, K>, begin: readonly [...ZerosOf<L>, B & BeginOk<B>, 0], size: readonly [...MinusOnesOf<L>, Z & RunTimeSize<Z>, -1],
  ): Tensor<[...L, Z, Y], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const B extends number[], const Z extends number[]>(
    this: Tensor<S, D, Dev, K>, begin: B, size: CheckedLiteral<Z, SliceFits<S, B, Z>> & GivenSlice<S, B, Z>,
  ): Tensor<Z, D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const B extends number | number[], const Z extends number | number[] | undefined = undefined>(
    this: Tensor<S, D, Dev, K>, begin: BeginArg<S, B, Z>, size?: Z,
  ): Tensor<ShapeOf<Slice<S, B, Z>>, D, Dev, K>;
}
/** gather as a method. */
export interface GatherMethod {
  <N extends number, C extends number, D extends DType, Dev extends Device, K extends Kind, SI extends Shape>(
    this: Tensor<[N, C], D, Dev, K>, indices: Tensor<SI, 'int32', NoInfer<Dev>, Kind>,
  ): Tensor<[...SI, C], D, Dev, K>;
  <N extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind, SI extends Shape>(
    this: Tensor<[N, ...R], D, Dev, K>, indices: Tensor<SI, 'int32', NoInfer<Dev>, Kind>,
  ): Tensor<[...SI, ...R], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, SI extends Shape>(
    this: Tensor<S, D, Dev, K> & RunTimeRank<S>, indices: Tensor<SI, 'int32', NoInfer<Dev>, Kind>,
  ): Tensor<number[], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, SI extends Shape, DI extends DType, DevI extends Device, const A extends number = 0>(
    this: Tensor<S, D, Dev, K>,
    indices: Tensor<SI, DI, DevI, Kind> & Refused<GatherSentence<S, SI, A, DI>, 'gather', [S, SI, A, Dev, DevI, DI]>,
    axis?: A,
  ): Tensor<ShapeOf<Gather<S, SI, A>>, D, Dev, K>;
}
/** oneHot as a method of the indices. */
export type OneHotMethod = <SI extends Shape, DI extends DType, Dev extends Device, const Depth extends number, D extends 'float32' | 'int32' = 'int32', const On extends number = 1, const Off extends number = 0>(
  this: Tensor<SI, DI, Dev, Kind> & DTypeIs<'oneHot', DI, 'int32', 'indices'>, depth: CheckedLiteral<Depth, OneHotDepthCheck<Depth>>,
  onValue?: CheckedLiteral<On, OneHotValueCheck<D, On>>, offValue?: CheckedLiteral<Off, OneHotValueCheck<D, Off>>, dtype?: D,
) => Tensor<OneHot<SI, Depth>, NoInfer<D>, Dev>;
/** splitLastDim as a method. */
export type SplitLastDimMethod = <S extends Shape, H extends number, Dh extends number, D extends DType, Dev extends Device, K extends Kind>(
  this: Tensor<[...S, NoInfer<Mul<H, Dh>>], D, Dev, K>, heads: H, headDim: Dh,
) => Tensor<[...S, H, Dh], D, Dev, K>;
/** mergeLastDims as a method. */
export type MergeLastDimsMethod = <S extends Shape, H extends number, Dh extends number, D extends DType, Dev extends Device, K extends Kind>(
  this: Tensor<[...S, H, Dh], D, Dev, K>,
) => Tensor<[...S, Mul<H, Dh>], D, Dev, K>;
/** repeatInterleave as a method. */
export type RepeatInterleaveMethod = <S extends Shape, D extends DType, Dev extends Device, K extends Kind, R extends number, const A extends number>(
  this: Tensor<S, D, Dev, K>, repeats: R, axis: RepeatAxisArg<S, A>,
) => Tensor<ReplaceAt<S, NormAxis<S['length'], A>, Mul<S[NormAxis<S['length'], A>], R>>, D, Dev, K>;
