// Shape rules of the ops that pick, move, add or remove axes.
import type { Add, Compare, Div, IsDivisible, Sub, Sum } from './arith.js';
import type { Broadcast } from './broadcast.js';
import type {
  Counter, DimsAgree, DropFirst, FormatDim, FormatList, FormatShape, InsertAt, IsDynamic, IsDynamicRank, NormAxis,
  ReplaceAt, Shape, SmallAdd, TakeFirst, Unify,
} from './core.js';
import type { SizeOf } from './dims.js';

type Reverse<S extends Shape> = S extends [infer H extends number, ...infer R extends Shape] ? [...Reverse<R>, H] : [];

type PermError<S extends Shape, P extends number[], Rest extends number[] = P, Seen extends number = never> =
  Rest extends [infer H extends number, ...infer R extends number[]]
    ? [NormAxis<S['length'], H>] extends [never]
      ? `transpose: axis ${H} of perm ${FormatList<P>} is out of range for ${FormatShape<S>}`
      : `${H}` extends `-${string}` ? `transpose: perm ${FormatList<P>} has a negative axis ${H}`
      : [H] extends [Seen] ? `transpose: perm ${FormatList<P>} repeats axis ${H}`
      : PermError<S, P, R, Seen | H>
    : unknown;

/** The dims of S in perm's order, built element by element (a mapped type would stay unresolved in generic code). */
type Permute<S extends Shape, P extends number[]> = P extends [infer H extends number, ...infer R extends number[]] ? [S[H], ...Permute<S, R>] : [];

/** The shape of transpose(x: S, perm): the dims in perm's order; no perm reverses them. */
export type Transpose<S extends Shape, P extends number[] | undefined = undefined> =
  IsDynamicRank<S> extends true ? number[]
  : P extends number[]
    ? number extends P['length'] ? number[]
    : P['length'] extends S['length']
      ? PermError<S, P> extends infer E extends string ? E : Permute<S, P>
      : `transpose: perm ${FormatList<P>} has ${P['length']} axes but ${FormatShape<S>} has rank ${S['length']}`
    : Reverse<S>;

/** The shape of expandDims(x: S, axis): a 1 inserted at axis, which may be in [-rank-1, rank]. */
export type ExpandDims<S extends Shape, A extends number = 0> =
  IsDynamicRank<S> extends true ? number[]
  : NormAxis<SmallAdd<S['length'], 1>, A> extends infer N extends number
    ? [N] extends [never] ? `expandDims: axis ${A} is out of range for ${FormatShape<S>}`
    : number extends N ? number[] : InsertAt<S, N, 1>
    : never;

type DropOnes<S extends Shape> = S extends [infer H extends number, ...infer R extends Shape]
  ? SizeOf<H> extends 1 ? DropOnes<R> : [H, ...DropOnes<R>] : [];
type HasDynamic<S extends Shape> = S extends [infer H, ...infer R extends Shape] ? (IsDynamic<H> extends true ? true : HasDynamic<R>) : false;

/**
 * Axes made non-negative (a union), or an error sentence naming the first bad axis: out of range, or an axis named
 * twice (`[0, 0]`, `[0, -3]` of a rank 3; NumPy and PyTorch refuse it, tfjs gave a wrong shape). A `number` axis
 * is left to the run time, which has the same sentences (rules.ts normAxes).
 */
type NormAxes<Op extends string, S extends Shape, Axes extends number[], Acc extends number = never, All extends number[] = Axes> =
  Axes extends [infer H extends number, ...infer R extends number[]]
    ? NormAxis<S['length'], H> extends infer N extends number
      ? [N] extends [never] ? `${Op}: axis ${H} is out of range for ${FormatShape<S>}`
      : number extends N | Acc ? NormAxes<Op, S, R, Acc | N, All>
      : [N] extends [Acc] ? `${Op}: axes ${FormatList<All>} name axis ${N} of ${FormatShape<S>} twice`
      : NormAxes<Op, S, R, Acc | N, All>
      : never
    : Acc;

type SqueezeAxes<S extends Shape, Ax extends number, I extends unknown[] = []> =
  S extends [infer H extends number, ...infer R extends Shape]
    ? [I['length']] extends [Ax] ? SqueezeAxes<R, Ax, [...I, unknown]> : [H, ...SqueezeAxes<R, Ax, [...I, unknown]>]
    : [];
type NotOne<S extends Shape, Axes extends number[]> = Axes extends [infer H extends number, ...infer R extends number[]]
  ? (NormAxis<S['length'], H> extends infer N extends number
    ? SizeOf<S[N]> extends 1 ? NotOne<S, R> : IsDynamic<S[N]> extends true ? NotOne<S, R> : [H, S[N]]
    : never)
  : never;

/** The shape of squeeze(x: S, axes?): the given axes (each of size 1) or every 1 removed. */
export type Squeeze<S extends Shape, Axes extends number[] | undefined = undefined> =
  IsDynamicRank<S> extends true ? number[]
  : Axes extends number[]
    // An axis known only at run time: the rank left is too (it printed `has size 1 | 3, not 1` before).
    ? number extends Axes[number] ? number[]
    : NormAxes<'squeeze', S, Axes> extends infer N
      ? [N] extends [string] ? N
      : [NotOne<S, Axes>] extends [never] ? SqueezeAxes<S, N & number>
      : NotOne<S, Axes> extends [infer A extends number, infer D]
        ? `squeeze: axis ${A} of ${FormatShape<S>} has size ${FormatDim<D>}, not 1` : never
      : never
    : HasDynamic<S> extends true ? number[] : DropOnes<S>;

/** The axes argument of a reduction as a list: undefined means every axis. */
type AxesList<S extends Shape, A> = A extends number[] ? A : A extends number ? [A] : Counter<S['length']> extends infer C extends unknown[] ? { [I in keyof C]: I extends `${infer N extends number}` ? N : never } : never;

type ReduceDims<S extends Shape, Ax extends number, Keep extends boolean, I extends unknown[] = []> =
  S extends [infer H extends number, ...infer R extends Shape]
    ? [I['length']] extends [Ax]
      ? (Keep extends true ? [1, ...ReduceDims<R, Ax, Keep, [...I, unknown]>] : ReduceDims<R, Ax, Keep, [...I, unknown]>)
      : [H, ...ReduceDims<R, Ax, Keep, [...I, unknown]>]
    : [];

/** The shape of a reduction (sum, mean, max, ...) over axes (a number, a list, or undefined for all). */
export type Reduce<Op extends string, S extends Shape, A extends number | number[] | undefined = undefined, Keep extends boolean = false> =
  IsDynamicRank<S> extends true ? number[]
  : NormAxes<Op, S, AxesList<S, A>> extends infer N
    ? [N] extends [never] ? S : [N] extends [string] ? N : number extends N ? number[] : ReduceDims<S, N & number, Keep>
    : never;

/** The shape an axis-collapsing op like argMax leaves: the axis removed. */
export type ArgReduce<Op extends string, S extends Shape, A extends number = 0> = Reduce<Op, S, A, false>;

// ---- concat, stack, split

/**
 * true when A and B are one type, decided where they are: a type parameter against itself in generic code too (a
 * comparison of two generic functions, which tsc decides by identity), where DimsAgree's tests wait for the sizes. Two
 * different type parameters leave it undecided, so the rule stays unevaluated and its call is refused.
 */
type Identical<A, B> = (<V>() => V extends A ? 1 : 2) extends (<V>() => V extends B ? 1 : 2) ? true : false;
// The concat axis's dims are added (Add of a `number` dim is `number`); the others are the same type (so that
// concat([x, sin(x), cos(x)], -1) of generic dims is decided), else agree by size.
type ConcatTwo<A extends Shape, B extends Shape, Ax extends number, I extends unknown[] = [], Out extends Shape = []> =
  A extends [infer a extends number, ...infer AR extends Shape]
    ? B extends [infer b extends number, ...infer BR extends Shape]
      ? I['length'] extends Ax
        ? ConcatTwo<AR, BR, Ax, [...I, unknown], [...Out, Add<a, b>]>
        : Identical<a, b> extends true ? ConcatTwo<AR, BR, Ax, [...I, unknown], [...Out, a]>
        : DimsAgree<a, b> extends true ? ConcatTwo<AR, BR, Ax, [...I, unknown], [...Out, Unify<a, b>]>
        : { clashAt: I['length']; a: a; b: b }
      : Out
    : Out;

// Shapes: the list's shapes after the first; a list of unknown length (an array, or [first, ...rest]) adds `number`
// along the axis after its shapes were checked like a tuple's.
type ConcatAll<Shapes extends Shape[], Ax extends number, Acc extends Shape> =
  Shapes extends [infer S extends Shape, ...infer R extends Shape[]]
    ? S['length'] extends Acc['length']
      // (infer ... extends Shape: decided for a shape of type parameters, where `C extends Shape` waited for them)
      ? ConcatTwo<Acc, S, Ax> extends infer C extends Shape ? ConcatAll<R, Ax, C>
        : ConcatTwo<Acc, S, Ax> extends { clashAt: infer I extends number; a: infer a; b: infer b }
          ? `concat: shapes ${FormatShape<Acc>} and ${FormatShape<S>} differ at axis ${I} (${FormatDim<a>} vs ${FormatDim<b>}); only the concat axis may differ`
        : never
      : `concat: ranks differ: ${FormatShape<Acc>} and ${FormatShape<S>}`
    : Shapes extends [] ? Acc
    : Shapes extends (infer S extends Shape)[]
      ? ConcatAll<[S], Ax, Acc> extends infer C extends Shape ? ReplaceAt<C, Ax, number> : ConcatAll<[S], Ax, Acc>
    : Acc;

/**
 * concat along the last axis of shapes whose dims before it are one type, a shape of unknown rank too (NeRF's
 * concat([x, sin(x), cos(x)], -1) on [...L, D], where the rule's rank tests wait): true when it applies (decided for the
 * same type parameters; other ones leave it undecided, and the call is refused), the shape [...L, the last dims added].
 * (Matched inside objects: a shape of unknown rank is a generic tuple, and a test on it waits.)
 */
export type ConcatLastFits<Shapes, A> =
  A extends -1 ? (Shapes extends [infer S0, ...infer R] ? ({ s: S0 } extends { s: [...infer I, unknown] } ? InitsAre<R, I> : false) : false) : false;
type InitsAre<R, I> = R extends [infer S, ...infer Rest] ? ({ s: S } extends { s: [...infer I2, unknown] } ? (Identical<I2, I> extends true ? InitsAre<Rest, I> : false) : false) : R extends [] ? true : false;
export type ConcatLastShape<Shapes> =
  Shapes extends [infer S0, ...infer R] ? ({ s: S0 } extends { s: [...infer I, infer X extends number] } ? [...I, LastSum<R, X>] : never) : never;
type LastSum<R, Acc extends number> = R extends [infer S, ...infer Rest] ? ({ s: S } extends { s: [...infer _I, infer X extends number] } ? LastSum<Rest, Add<Acc, X>> : Acc) : Acc;
/** The shape of concat([...], axis): the axis dims added up, every other dim equal. */
export type Concat<Shapes extends readonly unknown[], A extends number = 0> =
  Shapes extends [infer S0 extends Shape, ...infer R extends Shape[]]
    ? IsDynamicRank<S0> extends true ? number[]
    : NormAxis<S0['length'], A> extends infer N extends number
      ? [N] extends [never] ? `concat: axis ${A} is out of range for ${FormatShape<S0>}`
      : number extends N ? number[] : ConcatAll<R, N, S0>
      : never
    : Shapes extends [] ? 'concat: needs at least one tensor'
    : Shapes extends readonly (infer S extends Shape)[]
      ? (IsDynamicRank<S> extends true ? number[]
        : NormAxis<S['length'], A> extends infer N extends number
          ? [N] extends [never] ? `concat: axis ${A} is out of range for ${FormatShape<S>}` : number extends N ? number[] : ReplaceAt<S, N, number>
          : never)
      : number[];

type SameSizes<A extends Shape, B extends Shape> = A extends [infer a, ...infer AR extends Shape]
  ? B extends [infer b, ...infer BR extends Shape] ? (DimsAgree<a, b> extends true ? SameSizes<AR, BR> : false) : false
  : B extends [] ? true : false;
type UnifyShapes<A extends Shape, B extends Shape> = { [I in keyof A]: I extends keyof B ? Unify<A[I], B[I]> : A[I] };
// (Shapes of one type first, decided in generic code too, as ConcatTwo's dims; an array's element checked as one more shape.)
type StackAll<Shapes extends Shape[], Acc extends Shape> =
  Shapes extends [infer S extends Shape, ...infer R extends Shape[]]
    ? Identical<Acc, S> extends true ? StackAll<R, Acc>
    : SameSizes<Acc, S> extends true ? StackAll<R, UnifyShapes<Acc, S>> : `stack: shapes ${FormatShape<Acc>} and ${FormatShape<S>} differ`
    : Shapes extends [] ? Acc
    : Shapes extends (infer S extends Shape)[] ? StackAll<[S], Acc>
    : Acc;

/** The shape of stack([...], axis): every shape equal; a new axis of the tensors' count. */
export type Stack<Shapes extends readonly unknown[], A extends number = 0> =
  Shapes extends [infer S0 extends Shape, ...infer R extends Shape[]]
    ? IsDynamicRank<S0> extends true ? number[]
    : StackAll<R, S0> extends infer U extends Shape
      ? NormAxis<SmallAdd<S0['length'], 1>, A> extends infer N extends number
        ? [N] extends [never] ? `stack: axis ${A} is out of range for stacking ${FormatShape<S0>}`
        : number extends N ? number[] : InsertAt<U, N, Shapes['length']>
        : never
      : StackAll<R, S0>
    : Shapes extends [] ? 'stack: needs at least one tensor'
    : Shapes extends readonly (infer S extends Shape)[]
      ? (IsDynamicRank<S> extends true ? number[]
        : NormAxis<SmallAdd<S['length'], 1>, A> extends infer N extends number
          ? [N] extends [never] ? `stack: axis ${A} is out of range for stacking ${FormatShape<S>}` : number extends N ? number[] : InsertAt<S, N, number>
          : never)
      : number[];

/** A negative size other than -1 (which split infers from the rest). */
type NegativeSize<L extends number[]> = L extends [infer H extends number, ...infer R extends number[]] ? (H extends -1 ? NegativeSize<R> : `${H}` extends `-${string}` ? H : NegativeSize<R>) : never;
type MinusOnes<L extends number[], Acc extends unknown[] = []> = L extends [infer H, ...infer R extends number[]] ? MinusOnes<R, H extends -1 ? [...Acc, H] : Acc> : Acc['length'];
type WithoutMinusOne<L extends number[]> = L extends [infer H extends number, ...infer R extends number[]] ? (H extends -1 ? WithoutMinusOne<R> : [H, ...WithoutMinusOne<R>]) : [];
type FillMinusOne<L extends number[], X extends number> = L extends [infer H extends number, ...infer R extends number[]] ? [H extends -1 ? X : H, ...FillMinusOne<R, X>] : [];
type Parts<S extends Shape, Ax extends number, X extends number, N extends number> =
  Counter<N> extends infer C extends unknown[] ? { [I in keyof C]: ReplaceAt<S, Ax, X> } : never;
type SplitSizes<S extends Shape, Ax extends number, Sizes extends number[]> = { [I in keyof Sizes]: ReplaceAt<S, Ax, Sizes[I]> };

/**
 * The shapes of split(x: S, numOrSizes, axis): N equal parts (the axis dim divisible by N) or the
 * given sizes (adding up to the axis dim). A tuple of shapes, or an error sentence.
 */
export type Split<S extends Shape, NS extends number | number[], A extends number = 0> =
  IsDynamicRank<S> extends true ? number[][]
  : NormAxis<S['length'], A> extends infer Ax extends number
    ? [Ax] extends [never] ? `split: axis ${A} is out of range for ${FormatShape<S>}`
    : number extends Ax ? number[][]
    : NS extends number
      ? number extends NS ? number[][]
      : IsDynamic<S[Ax]> extends true ? Parts<S, Ax, number, NS>
      : IsDivisible<SizeOf<S[Ax]>, NS> extends true ? Parts<S, Ax, Div<SizeOf<S[Ax]>, NS>, NS>
      : `split: dim ${FormatDim<S[Ax]>} at axis ${Ax} of ${FormatShape<S>} cannot split into ${NS} equal parts`
    : NS extends number[]
      ? [NegativeSize<NS>] extends [never]
        ? (MinusOnes<NS> extends 0 ? SplitSizes<S, Ax, NS>
        : MinusOnes<NS> extends 1 ? SplitSizes<S, Ax, FillMinusOne<NS, Sub<S[Ax] & number, Sum<WithoutMinusOne<NS>>>>>
        : `split: sizes ${FormatList<NS>} have more than one -1`)
      : `split: size ${NegativeSize<NS>} in ${FormatList<NS>} is negative; only -1 (inferred) is allowed`
      : never
    : never;
/**
 * Whether split's sizes fit the dim at the axis of S: the sentence, or unknown. Apart from the shapes (Split reads
 * no dim for sizes: a -1 is the rest, `Sub<X, sum of the others>`), so that literal sizes over a generic dim (the
 * class token and the patches of a ViT's [B, T, D]: `[1, -1]` gives [B, 1, D] and [B, Sub<T, 1>, D]) have a
 * shape; split takes it as a CheckedLiteral, which passes where the dim is a type parameter, as slice's begins do,
 * and the run time checks the sizes.
 */
export type SplitFits<S extends Shape, NS extends number | number[], A extends number = 0> =
  NS extends number[] ? (IsDynamicRank<S> extends true ? unknown
    : NormAxis<S['length'], A> extends infer Ax extends number ? ([Ax] extends [never] ? unknown : number extends Ax ? unknown : SizesFit<S, Ax, NS, SizeOf<S[Ax]>>) : unknown)
  : unknown;
type SizesFit<S extends Shape, Ax extends number, NS extends number[], X> =
  number extends X ? unknown
  : MinusOnes<NS> extends 0 ? (Sum<NS> extends infer T extends number
    ? number extends T ? unknown : [T] extends [X] ? unknown
    : `split: sizes ${FormatList<NS>} add up to ${T}, but axis ${Ax} of ${FormatShape<S>} is ${FormatDim<S[Ax]>}` : unknown)
  : MinusOnes<NS> extends 1 ? (Sum<WithoutMinusOne<NS>> extends infer T extends number
    ? number extends T ? unknown : Compare<T, X & number> extends 'gt'
      ? `split: sizes ${FormatList<NS>} add up to ${T} without the -1, more than axis ${Ax} of ${FormatShape<S>} (${FormatDim<S[Ax]>})` : unknown
    : unknown)
  : unknown;

// ---- slice

type SliceDims<S0 extends Shape, S extends Shape, B extends number[], Z extends number[], I extends unknown[] = [], Acc extends Shape = []> =
  S extends [infer D extends number, ...infer SR extends Shape]
    ? B extends [infer b extends number, ...infer BR extends number[]]
      ? (Z extends [infer z extends number, ...infer ZR extends number[]] ? [z, ZR] : [-1, []]) extends [infer z extends number, infer ZR extends number[]]
        ? SliceDim<I['length'], D, b, z> extends infer R
          ? R extends string ? R : R extends [infer d extends number] ? SliceDims<S0, SR, BR, ZR, [...I, unknown], [...Acc, d]> : never
          : never
        : never
      : Z extends [] ? [...Acc, ...S] : SliceDims<S0, S, [0], Z, I, Acc> // sizes past the begins: those axes begin at 0, as in tfjs
    : Acc;
/**
 * One axis of a slice: `[dim]`, or an error sentence. The dim travels in a tuple so that a generic
 * dim (`T` kept whole by begin 0 and size -1) does not defer the caller's `extends string` test. The
 * dim D itself is never tested here: a literal size is the result ([1] for the class token of a
 * generic [B, T, D]), the rest of the dim is Sub<D, B>; whether begin and size fit D is SliceFits,
 * which the signature applies as a check that passes where the dims are type parameters.
 */
type SliceDim<Ax extends number, D extends number, B extends number, Z extends number> =
  `${B}` extends `-${string}` ? `slice: begin ${B} at axis ${Ax} is negative`
  : Z extends -1 ? (B extends 0 ? [D] : number extends B ? [number] : [Sub<D, B>])
  : `${Z}` extends `-${string}` ? `slice: size ${Z} at axis ${Ax} is negative; only -1 (to the end) is allowed`
  : [Z];
/** Whether each begin and size fits its dim of S0: the first sentence, or unknown. */
type SliceFitsDims<S0 extends Shape, S extends Shape, B extends number[], Z extends number[], I extends unknown[] = []> =
  S extends [infer D extends number, ...infer SR extends Shape]
    ? B extends [infer b extends number, ...infer BR extends number[]]
      ? (Z extends [infer z extends number, ...infer ZR extends number[]] ? [z, ZR] : [-1, []]) extends [infer z extends number, infer ZR extends number[]]
        ? SliceFitsDim<S0, I['length'], D, b, z> extends infer M extends string ? M : SliceFitsDims<S0, SR, BR, ZR, [...I, unknown]>
        : unknown
      : Z extends [] ? unknown : SliceFitsDims<S0, S, [0], Z, I>
    : unknown;
type SliceFitsDim<S0 extends Shape, Ax extends number, D extends number, B extends number, Z extends number> =
  number extends B ? unknown
  : `${B}` extends `-${string}` ? unknown
  : Z extends -1 ? SliceEnd<S0, Ax, D, B>
  : number extends Z ? unknown
  : `${Z}` extends `-${string}` ? unknown
  : number extends SizeOf<D> ? unknown
  : Compare<Add<B, Z>, SizeOf<D>> extends 'gt' ? `slice: begin ${B} + size ${Z} exceeds dim ${FormatDim<D>} at axis ${Ax} of ${FormatShape<S0>}` : unknown;
type SliceEnd<S0 extends Shape, Ax extends number, D extends number, B extends number> =
  B extends 0 ? unknown : number extends SizeOf<D> ? unknown
  : Compare<B, SizeOf<D>> extends 'gt' ? `slice: begin ${B} at axis ${Ax} is past the end of ${FormatShape<S0>}` : unknown;
/** The check of slice's begin and size against the dims of S: the sentence, or unknown (see SliceDim). */
export type SliceFits<S extends Shape, B extends number | number[], Z extends number | number[] | undefined = undefined> =
  IsDynamicRank<S> extends true ? unknown
  : Compare<AsList<Z>['length'], S['length']> extends 'gt' ? `slice: ${AsList<Z>['length']} sizes for the ${S['length']} axes of ${FormatShape<S>}`
  : SliceFitsDims<S, S, AsList<B>, AsList<Z>>;
/** An axis or size argument as a list: a number is one element, a list itself, undefined none. */
export type AsList<X> = X extends number[] ? X : X extends number ? [X] : [];

/**
 * The shape of slice(x: S, begin, size): each size, or the rest of the dim for -1 or no size. (The
 * dims' result is bound by `infer R extends Shape | string`: RuleTensor checks a rule's result against
 * that, which for the unevaluated SliceDims recursion tsc derived through every branch, ~2.3k
 * instantiations; Tile and Pad the same.)
 */
export type Slice<S extends Shape, B extends number | number[], Z extends number | number[] | undefined = undefined> =
  IsDynamicRank<S> extends true ? number[]
  : number extends AsList<B>['length'] ? number[]
  : Compare<AsList<B>['length'], S['length']> extends 'gt'
    ? `slice: begin ${FormatList<AsList<B>>} has more axes than ${FormatShape<S>}`
  : Compare<AsList<Z>['length'], S['length']> extends 'gt'
    ? `slice: ${AsList<Z>['length']} sizes for the ${S['length']} axes of ${FormatShape<S>}`
    : SliceDims<S, S, AsList<B>, AsList<Z>> extends infer R extends Shape | string ? R : never;

// ---- gather, oneHot, where

/** The shape of gather(x: S, indices: I, axis): the axis replaced by the indices' shape. */
export type Gather<S extends Shape, I extends Shape, A extends number = 0> =
  IsDynamicRank<S> extends true ? number[]
  : NormAxis<S['length'], A> extends infer Ax extends number
    ? [Ax] extends [never] ? `gather: axis ${A} is out of range for ${FormatShape<S>}`
    : number extends Ax ? number[] : [...TakeFirst<S, Ax>, ...I, ...DropFirst<S, SmallAdd<Ax, 1>>]
    : never;

/** The shape of oneHot(indices: I, depth): a new last axis of size depth. */
export type OneHot<I extends Shape, Depth extends number> = [...I, Depth];

/** The shape of where(cond, a, b): the three shapes broadcast together. */
export type Where<C extends Shape, A extends Shape, B extends Shape> =
  Broadcast<C, A, 'where'> extends infer CA extends Shape ? Broadcast<CA, B, 'where'> : Broadcast<C, A, 'where'>;
