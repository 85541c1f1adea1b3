// Reshape: the element count must be kept; one -1 in the new shape is inferred from the rest.
import type { Div, IsDivisible, Mul, Product } from './arith.js';
import type { FormatShape, IsDynamic, IsDynamicRank, Shape } from './core.js';

type MinusOnes<T extends Shape, Acc extends unknown[] = []> =
  T extends [infer H, ...infer R extends Shape] ? MinusOnes<R, H extends -1 ? [...Acc, H] : Acc> : Acc['length'];
type WithoutMinusOne<T extends Shape> = T extends [infer H, ...infer R extends Shape] ? (H extends -1 ? WithoutMinusOne<R> : [H, ...WithoutMinusOne<R>]) : [];
type FillMinusOne<T extends Shape, X extends number> = { [I in keyof T]: T[I] extends -1 ? X : T[I] };
type BadDim<T extends Shape> = T extends [infer H extends number, ...infer R extends Shape]
  ? (H extends -1 ? BadDim<R> : `${H}` extends `-${string}` ? H : BadDim<R>)
  : never;

type KnownDims<S extends Shape> = S extends [infer H extends number, ...infer R extends Shape] ? (IsDynamic<H> extends true ? KnownDims<R> : [H, ...KnownDims<R>]) : [];
/**
 * A shape with dynamic dims still has a known factor, the product of its literal dims: the new
 * shape's element count must be a multiple of it (`[number, 128]` can never become `[2, 16, 65]`).
 */
type KnownFactorCheck<S extends Shape, T extends Shape, Q extends number> =
  IsDynamicRank<S> extends true ? T
  : Product<KnownDims<S>> extends infer K extends number
    ? (IsDivisible<Q, K> extends false ? `reshape: ${FormatShape<S>} cannot become ${FormatShape<T>}: its ${Q} elements are not a multiple of ${K}, the product of the known dims` : T)
    : T;

/**
 * ... and the other way round, a known count into a new shape with dynamic dims: its known dims' product must divide
 * the count (Karpathy's `logits.view(B * T, C)` on `[4, 8, 65]` with C written 64: 2080 is not a multiple of 64).
 */
type TargetFactorCheck<P extends number, T extends Shape> =
  Product<KnownDims<T>> extends infer K extends number
    ? (IsDivisible<P, K> extends false ? `reshape: ${P} elements cannot become ${FormatShape<T>}: ${P} is not a multiple of ${K}, the product of its known dims` : T)
    : T;

/**
 * The shape of reshape(x: S, T): T with its -1 filled in, or an error sentence when the element
 * counts cannot match. Dynamic dims skip the count check (it runs at run time).
 */
export type Reshape<S extends Shape, T extends Shape> =
  SameProduct<MulChain<S>, MulLeft<S>, MulChain<T>, MulLeft<T>> extends true ? T : Counted<S, T>;
/** Either grouping of the factors matching is enough: [B, T, D] is [Mul<B, Mul<T, D>>] and [Mul<B, T>, D]. */
type SameProduct<RS, LS, RT, LT> =
  { r: RS; l: LS } extends { r: RT } | { l: LT } ? ({ r: RT; l: LT } extends { r: RS } | { l: LS } ? true : false) : false;
/** The same product grouped from the left: Mul<Mul<B, T>, D>. */
export type MulLeft<S> = S extends [infer A extends number, ...infer R] ? MulFrom<R, A> : 1;
type MulFrom<S, Acc extends number> = S extends [infer A extends number, ...infer R] ? MulFrom<R, Mul<Acc, A>> : Acc;
/**
 * The product of the dims as nested Mul, grouped from the right (Mul<B, Mul<T, D>>): in generic code two shapes with the
 * same factors, [B, T, H, Dh] and [B, T, Mul<H, Dh>], give the same type, so Reshape accepts them
 * without evaluating anything; for literal shapes it is the element count.
 */
export type MulChain<S> = S extends [infer A extends number, ...infer R] ? (R extends [] ? A : Mul<A, MulChain<R>>) : 1;
type Counted<S extends Shape, T extends Shape> =
  [BadDim<T>] extends [never]
    ? MinusOnes<T> extends 0
      ? (Product<S> extends infer P extends number
        ? (Product<T> extends infer Q extends number
          ? (number extends Q ? (number extends P ? T : TargetFactorCheck<P, T>)
            : number extends P ? KnownFactorCheck<S, T, Q>
            : [P] extends [Q] ? T
            : `reshape: ${P} elements cannot become ${FormatShape<T>} (${Q})`)
          : never)
        : never)
      : MinusOnes<T> extends 1
        ? (IsDynamicRank<S> extends true ? FillMinusOne<T, number>
          : Product<S> extends infer P extends number
            ? Product<WithoutMinusOne<T>> extends infer Q extends number
              ? number extends P | Q ? FillMinusOne<T, number>
                : IsDivisible<P, Q> extends true ? FillMinusOne<T, Div<P, Q>>
                : `reshape: ${P} elements cannot become ${FormatShape<T>} (${P} is not divisible by ${Q})`
              : never
            : never)
        : `reshape: at most one dim of the new shape can be -1, got ${FormatShape<T>}`
    : `reshape: dim ${BadDim<T>} of the new shape is negative; only -1 (inferred) is allowed`;
