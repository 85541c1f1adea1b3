// Building blocks shared by every shape rule: what a dim and a shape are, when two dims agree,
// how dims and shapes print inside error sentences, and small index arithmetic on ranks.
import type { NameOf, SizeOf } from './dims.js';

/** A dim: a number literal (`16`), a named dim (`Named<'T', 16>`), or `number` (checked at run time). */
export type Dim = number;
/** A shape: a tuple of dims. `number[]` is a shape of unknown rank, checked at run time. */
export type Shape = Dim[];

/** true when the dim's size is not known to the compiler. */
export type IsDynamic<D> = number extends SizeOf<D> ? true : false;
/** true when a shape's rank is not known to the compiler (`number[]`). */
export type IsDynamicRank<S extends readonly unknown[]> = number extends S['length'] ? true : false;

/**
 * Two dims agree when either is dynamic or each is assignable to the other. Both directions matter:
 * a plain 16 agrees with `Named<'T', 16>`, but `Named<'T', 16>` and `Named<'D', 16>` do not agree.
 */
export type DimsAgree<A, B> =
  IsDynamic<A> extends true ? NamesAgree<A, B>
  : IsDynamic<B> extends true ? NamesAgree<A, B>
  : [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** A dynamic dim agrees unless both dims are named, differently (jaxtyping's `Named<'time', number>` vs `Named<'src', number>`). */
type NamesAgree<A, B> = [NameOf<A>] extends [never] ? true : [NameOf<B>] extends [never] ? true : [NameOf<A>] extends [NameOf<B>] ? true : false;

/** Of two agreeing dims, the one that says more: a named dim over a plain one, a literal over `number`. */
export type Unify<A, B> =
  [NameOf<A>] extends [never]
    ? [NameOf<B>] extends [never] ? (IsDynamic<A> extends true ? B : A) : B
    : A;

/** How a dim prints in an error sentence: `16`, `T=16`, or `?` for a dynamic dim. */
export type FormatDim<D> =
  IsDynamic<D> extends true ? ([NameOf<D>] extends [never] ? '?' : `${NameOf<D>}=?`)
  : [NameOf<D>] extends [never] ? `${SizeOf<D> & number}` : `${NameOf<D>}=${SizeOf<D> & number}`;

type JoinDims<S extends readonly unknown[], Acc extends string = ''> =
  S extends readonly [infer H, ...infer R]
    ? JoinDims<R, Acc extends '' ? FormatDim<H> : `${Acc}, ${FormatDim<H>}`>
    : Acc;
/**
 * How a shape prints in an error sentence: `[2, T=16, 128]`; `[...]` for an unknown rank. (Bound by
 * `infer F extends string`: a sentence's `${FormatShape<S>}` in a declaration is checked as a string,
 * which tsc otherwise derived through JoinDims's recursion, ~6k instantiations over the library.)
 */
export type FormatShape<S extends readonly unknown[]> = (IsDynamicRank<S> extends true ? '[...]' : `[${JoinDims<S>}]`) extends infer F extends string ? F : never;

/** How a list of numbers prints (axes, perms): `[0, 2, 1]`. */
export type FormatList<L extends readonly unknown[], Acc extends string = ''> =
  L extends readonly [infer H extends number, ...infer R]
    ? FormatList<R, Acc extends '' ? `${H}` : `${Acc}, ${H}`>
    : `[${Acc}]`;

/** The first error message in a list of checks (each `unknown` when it passed), else `unknown`. */
export type FirstError<Checks extends readonly unknown[]> =
  Checks extends readonly [infer H, ...infer R] ? (H extends string ? H : FirstError<R>) : unknown;

/** A shape result or an error sentence: the sentence when the rule failed, else `unknown`. */
export type ErrorOf<R> = R extends string ? R : unknown;
declare const shapeError: unique symbol;
/**
 * A parameter of inferred type A that the argument cannot satisfy when the rule failed, with the
 * sentence R in the printed type. For number arguments (axes, split counts) `A & sentence` would
 * collapse to never, and tsc would print only "not assignable to parameter of type 'undefined'".
 */
export type CheckedArg<A, R> = R extends string ? A & { readonly [shapeError]: R } : A;
/** A shape result with the error case removed (the call is already rejected by its check). */
export type ShapeOf<R> = R extends string ? never : R;

// ---- Small index arithmetic for axes and ranks (values stay below ~10, so tuple lengths are cheap).

/** A tuple of N unknowns, for N a small non-negative literal. */
export type Counter<N extends number, Acc extends unknown[] = []> =
  Acc['length'] extends N ? Acc : Counter<N, [...Acc, unknown]>;

/** Whether an integer literal is negative. */
export type IsNegative<N extends number> = `${N}` extends `-${string}` ? true : false;
/** |N| for a negative literal. */
export type Negate<N extends number> = `${N}` extends `-${infer P extends number}` ? P : N;

/** R - K for small non-negative literals, never when K > R. */
export type SmallSub<R extends number, K extends number> =
  Counter<R> extends [...Counter<K>, ...infer Rest] ? Rest['length'] : never;
/** A + B for small non-negative literals. */
export type SmallAdd<A extends number, B extends number> = [...Counter<A>, ...Counter<B>]['length'] & number;

/**
 * An axis in [-rank, rank) made non-negative, or never when it is out of range.
 * `number` (an axis not known to the compiler) stays number.
 */
export type NormAxis<Rank extends number, A extends number> =
  number extends A ? number
  : IsNegative<A> extends true
    ? (Negate<A> extends infer P extends number ? SmallSub<Rank, P> : never)
    : (Counter<Rank> extends [...Counter<A>, unknown, ...unknown[]] ? A : never);

/** The shape without the dim at index I. */
export type RemoveAt<S extends readonly unknown[], I extends number, Acc extends unknown[] = []> =
  S extends readonly [infer H, ...infer R] ? (Acc['length'] extends I ? [...Acc, ...R] : RemoveAt<R, I, [...Acc, H]>) : Acc;
/** The shape with the dim at index I replaced by X. */
export type ReplaceAt<S extends readonly unknown[], I extends number, X, Acc extends unknown[] = []> =
  S extends readonly [infer H, ...infer R] ? (Acc['length'] extends I ? [...Acc, X, ...R] : ReplaceAt<R, I, X, [...Acc, H]>) : Acc;
/** The shape with X inserted before index I (I may equal the rank). */
export type InsertAt<S extends readonly unknown[], I extends number, X, Acc extends unknown[] = []> =
  Acc['length'] extends I ? [...Acc, X, ...S]
  : S extends readonly [infer H, ...infer R] ? InsertAt<R, I, X, [...Acc, H]> : [...Acc, X];
/** The first N dims. */
export type TakeFirst<S extends readonly unknown[], N extends number, Acc extends unknown[] = []> =
  Acc['length'] extends N ? Acc : S extends readonly [infer H, ...infer R] ? TakeFirst<R, N, [...Acc, H]> : Acc;
/** The dims from index N on. */
export type DropFirst<S extends readonly unknown[], N extends number, Acc extends unknown[] = []> =
  Acc['length'] extends N ? S : S extends readonly [infer H, ...infer R] ? DropFirst<R, N, [...Acc, H]> : [];

// ---- Unions: a dim inferred from two places that disagree (`I = 128 | 64`) is never a valid dim.

/** true (or boolean) when T is a union of two or more types; test with `true extends IsUnion<T>`. */
export type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
/**
 * The first dim of S that is a union, never when there is none (or S is generic or of unknown rank).
 * (A mutable tuple pattern: every shape is one, Shape being Dim[]. Against `readonly [infer H, ...infer R]`
 * a tuple of type-parameter dims cost about twice the instantiations, and this runs for every tensor type.)
 */
export type UnionDim<S> = S extends [infer H, ...infer R] ? (true extends IsUnion<H> ? H : UnionDim<R>) : never;
type LastOfUnion<U> = (U extends unknown ? (x: () => U) => void : never) extends (x: infer I) => void ? (I extends () => infer L ? L : never) : never;
/** A union of dims as it prints in a sentence: `64 | 128`. */
export type FormatUnion<U, Acc extends string = ''> =
  [U] extends [never] ? Acc
  : LastOfUnion<U> extends infer L ? FormatUnion<Exclude<U, L>, Acc extends '' ? FormatDim<L> : `${FormatDim<L>} | ${Acc}`> : Acc;
/** A union of shapes as it prints in a sentence: `[4, 8] | [8, 2]`. */
export type FormatShapeUnion<U, Acc extends string = ''> =
  [U] extends [never] ? Acc
  : LastOfUnion<U> extends infer L extends readonly unknown[] ? FormatShapeUnion<Exclude<U, L>, Acc extends '' ? FormatShape<L> : `${FormatShape<L>} | ${Acc}`> : Acc;
/** The sentence for a union dim, with the op's name when an op found it. */
export type UnionMessage<Op extends string, U> =
  `${Op extends '' ? '' : `${Op}: `}a dim was inferred as ${FormatUnion<U>} from two arguments (or the branches of a conditional) that disagree; they must be equal`;
/**
 * Every tensor type carries this (as `{ dims: EachDimOneSize<S> }`, see Tensor's G): `unknown` when each
 * dim has one size, the sentence when one is a union. It is covariant, so a tensor whose dims are single sizes is not
 * assignable to a parameter whose dim was inferred as `128 | 64`: a user's own generic helper
 * `dense<I>(x: Tensor<[B, I]>, w: Tensor<[I, O]>)` rejects mismatched arguments with no NoInfer.
 */
export type EachDimOneSize<S> = [UnionDim<S>] extends [never] ? unknown : UnionMessage<'', UnionDim<S>>;
/**
 * Every tensor type carries this as its sixth type argument (never written): its dtype and device in
 * a contravariant position. Tensor never uses it, so tsc never compares it (an unused type parameter is
 * independent) and a parameter typed `Tensor<S, 'float32' | 'int32'>` still takes either dtype. Inference
 * does read it: in a user's `combine<D>(a: Tensor<S, D>, b: Tensor<S, D>)` called with a float32 and
 * an int32 tensor, D gets the covariant candidates float32 and int32 and the contravariant ones
 * float32 and int32; their union fits neither contravariant one, so tsc infers D from the first
 * argument (float32) and rejects the second, as NoInfer would, instead of inferring
 * `'float32' | 'int32'` and letting both through. Devices the same (`mix<Dev>(cpu, default)`).
 */
export interface Single<D, Dev> { (dtype: D, device: Dev): void }
/** An op's check that no shape among Shapes has a union dim: unknown, or the sentence. */
export type UnionCheck<Op extends string, Shapes extends readonly unknown[]> =
  Shapes extends readonly [infer S, ...infer R] ? ([UnionDim<S>] extends [never] ? UnionCheck<Op, R> : UnionMessage<Op, UnionDim<S>>) : unknown;
