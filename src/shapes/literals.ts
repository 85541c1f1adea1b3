// Facts about number literals that are not dims: rates, epsilons, bounds, steps. Each test gives
// `unknown` (no check) for `number` and for forms it cannot read (exponent notation such as 1e-7),
// so a value the compiler does not know is left to the run-time check, which has the same sentence.
import type { Compare } from './arith.js';

type Ordering = 'lt' | 'eq' | 'gt';
/** The three parts of a decimal literal's text: sign, integer digits, fraction digits. */
type Parts<N extends number> =
  `${N}` extends `${string}e${string}` ? never
  : `${N}` extends `-${infer M}` ? ['-', ...Magnitude<M>] : ['+', ...Magnitude<`${N}`>];
type Magnitude<M extends string> = M extends `${infer I}.${infer F}` ? [I, F] : [M, ''];
type IntOf<I extends string> = I extends `${infer N extends number}` ? N : never;
/** Fraction digits compared left to right, a missing digit reading as 0. */
type CmpFrac<A extends string, B extends string> =
  A extends '' ? (B extends '' ? 'eq' : B extends `${'0'}${infer R}` ? CmpFrac<'', R> : 'lt')
  : B extends '' ? (A extends `${'0'}${infer R}` ? CmpFrac<R, ''> : 'gt')
  : A extends `${infer X}${infer RA}` ? B extends `${infer Y}${infer RB}`
    ? (X extends Y ? CmpFrac<RA, RB> : Compare<IntOf<X>, IntOf<Y>>) : never : never;
type CmpMagnitude<A extends [string, string], B extends [string, string]> =
  Compare<IntOf<A[0]>, IntOf<B[0]>> extends infer O ? (O extends 'eq' ? CmpFrac<A[1], B[1]> : O) : never;
type Flip<O> = O extends 'lt' ? 'gt' : O extends 'gt' ? 'lt' : O;
type IsZero<M extends [string, string]> = CmpMagnitude<M, ['0', '']> extends 'eq' ? true : false;
type CmpParts<A extends [string, string, string], B extends [string, string, string]> =
  A[0] extends '+'
    ? B[0] extends '+' ? CmpMagnitude<[A[1], A[2]], [B[1], B[2]]>
    : (IsZero<[A[1], A[2]]> extends true ? (IsZero<[B[1], B[2]]> extends true ? 'eq' : 'gt') : 'gt')
  : B[0] extends '-' ? Flip<CmpMagnitude<[A[1], A[2]], [B[1], B[2]]>>
  : (IsZero<[A[1], A[2]]> extends true ? (IsZero<[B[1], B[2]]> extends true ? 'eq' : 'lt') : 'lt');

/**
 * 'lt' | 'eq' | 'gt' for two number literals of any sign, with fractions (`-0.5` against `1`);
 * never when either is `number` or written with an exponent (the caller then checks nothing).
 */
export type CompareReal<A extends number, B extends number> =
  number extends A | B ? never
  : [Parts<A>, Parts<B>] extends [infer PA extends [string, string, string], infer PB extends [string, string, string]] ? CmpParts<PA, PB> : never;

/** true when the ordering O (from CompareReal) is one of X; false when it is never (nothing known). */
export type OrderIs<O, X extends Ordering> = [O] extends [never] ? false : [O] extends [X] ? true : false;

/** true when N is a literal with a fraction (0.5, 1e-7), false for an integer literal and for `number`. */
export type IsFraction<N extends number> =
  number extends N ? false : `${N}` extends `${string}.${string}` | `${string}e-${string}` ? true : false;
/** What tfjs makes of a fraction N in an int32 tensor, as text: its integer part (0.5 -> '0', -1.5 -> '-1', -0.5 -> '0'). */
export type TruncatedText<N extends number> = `${N}` extends `${infer I}.${string}` ? (I extends '-0' ? '0' : I) : '0';

/** The check of a literal against a range: `unknown` when it holds or cannot be read, else the sentence. */
export type InRange<N extends number, Lo extends number, Hi extends number, Sentence extends string> =
  CompareReal<N, Lo> extends infer L ? ([L] extends [never] ? unknown : L extends 'lt' ? Sentence
  : CompareReal<N, Hi> extends 'lt' ? unknown : Sentence) : unknown;
/** A rate in [0, 1) (dropout), as a check of a literal rate. */
export type RateCheck<Op extends string, What extends string, N extends number> =
  InRange<N, 0, 1, `${Op}: ${What} must be in [0, 1), got ${N}`>;
/** N >= 0 (epsilons), as a check of a literal. */
export type NonNegativeCheck<Op extends string, What extends string, N extends number> =
  OrderIs<CompareReal<N, 0>, 'lt'> extends true ? `${Op}: ${What} must be >= 0, got ${N}` : unknown;
/** N > 0, as a check of a literal. */
export type PositiveCheck<Op extends string, What extends string, N extends number> =
  OrderIs<CompareReal<N, 0>, 'lt' | 'eq'> extends true ? `${Op}: ${What} must be > 0, got ${N}` : unknown;
/** A positive integer literal (counts: layers, heads, vocabulary). */
export type PositiveIntegerCheck<Op extends string, What extends string, N extends number> =
  number extends N ? unknown
  : CompareReal<N, 0> extends 'gt' ? (IsFraction<N> extends true ? `${Op}: ${What} must be a positive integer, got ${N}` : unknown)
  : [CompareReal<N, 0>] extends [never] ? unknown : `${Op}: ${What} must be a positive integer, got ${N}`;

/**
 * A check of literal facts that passes in generic code: M is a sentence (`op: ...`) or anything
 * else for "fine". Written as a test on the template `${M}`, it is skipped by the checker when M
 * is still unevaluated (the dims or values are type parameters of a user's layer), where a plain
 * `M extends string ? M : unknown` would reject every argument; for known values it is M or unknown.
 */
export type LiteralCheck<M> = `${M & string}` extends `${string}: ${string}` ? M : unknown;
declare const refused: unique symbol;
/**
 * A number parameter of inferred literal type A, refused with the sentence M when M is one (as
 * LiteralCheck). `A & sentence` would collapse to never for a number, so the sentence rides on an
 * object type that no number has.
 */
export type CheckedLiteral<A, M> = `${M & string}` extends `${string}: ${string}` ? A & { readonly [refused]: M } : A;
