// Decimal arithmetic on non-negative integer literal types.
// Numbers travel as digit tuples, least significant digit first, with no leading zeros (zero is []),
// so cost grows with the number of digits, not with the value; tuple-length counting would hit TS2589.
import type { SizeOf } from './dims.js';

/** A decimal digit. */
export type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
type Bit = 0 | 1;
/** Reversed digits: 123 is [3, 2, 1]. */
type Digits = Digit[];

type DigitOf = { '0': 0; '1': 1; '2': 2; '3': 3; '4': 4; '5': 5; '6': 6; '7': 7; '8': 8; '9': 9 };

// ---- Lookup tables (written out: indexing a literal table costs no instantiation).

/** SumT[a][b] = a + b. */
type SumT = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  [3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  [4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
  [5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
  [6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
  [8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
  [9, 10, 11, 12, 13, 14, 15, 16, 17, 18],
];
/** DiffT[a][b] = a - b + 10, always in 1..19. */
type DiffT = [
  [10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
  [11, 10, 9, 8, 7, 6, 5, 4, 3, 2],
  [12, 11, 10, 9, 8, 7, 6, 5, 4, 3],
  [13, 12, 11, 10, 9, 8, 7, 6, 5, 4],
  [14, 13, 12, 11, 10, 9, 8, 7, 6, 5],
  [15, 14, 13, 12, 11, 10, 9, 8, 7, 6],
  [16, 15, 14, 13, 12, 11, 10, 9, 8, 7],
  [17, 16, 15, 14, 13, 12, 11, 10, 9, 8],
  [18, 17, 16, 15, 14, 13, 12, 11, 10, 9],
  [19, 18, 17, 16, 15, 14, 13, 12, 11, 10],
];
/** Plus[c][s] = s + c for s in 0..18 (carry in); Minus[c][s] = s - c for s in 1..19 (borrow in). */
type Plus = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
];
type Minus = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
  [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18],
];
/** Low digit and tens digit of 0..19; NoTen is the borrow after a subtraction step. */
type Low = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
type Ten = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
type NoTen = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
/** CmpT[a][b] compares two digits. */
type CmpT = [
  ['eq', 'lt', 'lt', 'lt', 'lt', 'lt', 'lt', 'lt', 'lt', 'lt'],
  ['gt', 'eq', 'lt', 'lt', 'lt', 'lt', 'lt', 'lt', 'lt', 'lt'],
  ['gt', 'gt', 'eq', 'lt', 'lt', 'lt', 'lt', 'lt', 'lt', 'lt'],
  ['gt', 'gt', 'gt', 'eq', 'lt', 'lt', 'lt', 'lt', 'lt', 'lt'],
  ['gt', 'gt', 'gt', 'gt', 'eq', 'lt', 'lt', 'lt', 'lt', 'lt'],
  ['gt', 'gt', 'gt', 'gt', 'gt', 'eq', 'lt', 'lt', 'lt', 'lt'],
  ['gt', 'gt', 'gt', 'gt', 'gt', 'gt', 'eq', 'lt', 'lt', 'lt'],
  ['gt', 'gt', 'gt', 'gt', 'gt', 'gt', 'gt', 'eq', 'lt', 'lt'],
  ['gt', 'gt', 'gt', 'gt', 'gt', 'gt', 'gt', 'gt', 'eq', 'lt'],
  ['gt', 'gt', 'gt', 'gt', 'gt', 'gt', 'gt', 'gt', 'gt', 'eq'],
];

/** ProdLow[a][b] and ProdTen[a][b]: the low and tens digits of a * b. */
type ProdLow = [
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [0, 2, 4, 6, 8, 0, 2, 4, 6, 8],
  [0, 3, 6, 9, 2, 5, 8, 1, 4, 7],
  [0, 4, 8, 2, 6, 0, 4, 8, 2, 6],
  [0, 5, 0, 5, 0, 5, 0, 5, 0, 5],
  [0, 6, 2, 8, 4, 0, 6, 2, 8, 4],
  [0, 7, 4, 1, 8, 5, 2, 9, 6, 3],
  [0, 8, 6, 4, 2, 0, 8, 6, 4, 2],
  [0, 9, 8, 7, 6, 5, 4, 3, 2, 1],
];
type ProdTen = [
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 1, 1, 1, 1, 1],
  [0, 0, 0, 0, 1, 1, 1, 2, 2, 2],
  [0, 0, 0, 1, 1, 2, 2, 2, 3, 3],
  [0, 0, 1, 1, 2, 2, 3, 3, 4, 4],
  [0, 0, 1, 1, 2, 3, 3, 4, 4, 5],
  [0, 0, 1, 2, 2, 3, 4, 4, 5, 6],
  [0, 0, 1, 2, 3, 4, 4, 5, 6, 7],
  [0, 0, 1, 2, 3, 4, 5, 6, 7, 8],
];

// ---- Conversions.

/** T * 10 + D, keeping zero as []. */
type Shift<T extends Digits, D extends Digit> = T extends [] ? (D extends 0 ? [] : [D]) : [D, ...T];

/** Digit string (most significant first) to reversed digits; never for anything that is not all digits. */
type ParseStr<S extends string, Acc extends Digits = []> = S extends `${infer H extends keyof DigitOf}${infer R}`
  ? ParseStr<R, Shift<Acc, DigitOf[H]>>
  : S extends ''
    ? Acc
    : never;

/** Reversed digits to a number literal; number when past the range where a literal round-trips. */
type ToNum<T> = T extends [] ? 0 : ToStr<T> extends `${infer N extends number}` ? N : number;
type ToStr<T, S extends string = ''> = T extends [infer D extends Digit, ...infer R]
  ? ToStr<R, `${D}${S}`>
  : S;

/** True for 0, 1, 2, ...; `${N}` of a negative, fractional or huge (1e+21) number holds a non-digit. */
type IsNat<N> = N extends number ? ([ParseStr<`${N}`>] extends [never] ? false : true) : false;

// ---- Digit-tuple algorithms (all tail-recursive).

type AddD<A extends Digits, B extends Digits, C extends Bit = 0, Acc extends Digits = []> = A extends [
  infer a extends Digit,
  ...infer RA extends Digits,
]
  ? B extends [infer b extends Digit, ...infer RB extends Digits]
    ? AddD<RA, RB, Ten[Plus[C][SumT[a][b]]], [...Acc, Low[Plus[C][SumT[a][b]]]]>
    : C extends 0
      ? [...Acc, ...A]
      : AddD<RA, [], Ten[Plus[1][a]], [...Acc, Low[Plus[1][a]]]>
  : B extends [infer b extends Digit, ...infer RB extends Digits]
    ? C extends 0
      ? [...Acc, ...B]
      : AddD<RB, [], Ten[Plus[1][b]], [...Acc, Low[Plus[1][b]]]>
    : C extends 1
      ? [...Acc, 1]
      : Acc;

/** A - B, or never when B > A. Zeros wait in Z until a non-zero digit follows, so none lead the result. */
type SubD<A extends Digits, B extends Digits, W extends Bit = 0, Acc extends Digits = [], Z extends 0[] = []> = A extends [
  infer a extends Digit,
  ...infer RA extends Digits,
]
  ? B extends [infer b extends Digit, ...infer RB extends Digits]
    ? Low[Minus[W][DiffT[a][b]]] extends infer d extends Digit
      ? d extends 0
        ? SubD<RA, RB, NoTen[Minus[W][DiffT[a][b]]], Acc, [...Z, 0]>
        : SubD<RA, RB, NoTen[Minus[W][DiffT[a][b]]], [...Acc, ...Z, d], []>
      : never
    : W extends 0
      ? RA extends []
        ? a extends 0
          ? Acc
          : [...Acc, ...Z, a]
        : [...Acc, ...Z, ...A]
      : Low[Minus[1][DiffT[a][0]]] extends infer d extends Digit
        ? d extends 0
          ? SubD<RA, [], NoTen[Minus[1][DiffT[a][0]]], Acc, [...Z, 0]>
          : SubD<RA, [], NoTen[Minus[1][DiffT[a][0]]], [...Acc, ...Z, d], []>
        : never
  : B extends []
    ? W extends 0
      ? Acc
      : never
    : never;

/** Keeps the last differing digit while walking up; a longer operand decides outright. */
type CmpD<A extends Digits, B extends Digits, R extends Ordering = 'eq'> = A extends [
  infer a extends Digit,
  ...infer RA extends Digits,
]
  ? B extends [infer b extends Digit, ...infer RB extends Digits]
    ? CmpD<RA, RB, a extends b ? R : CmpT[a][b]>
    : 'gt'
  : B extends []
    ? R
    : 'lt';

/**
 * Schoolbook: Acc = Acc * 10 + A * d for each digit d of B, most significant first; A * d digit by digit
 * from the product tables. (A's ten multiples by repeated addition, as before, cost ~2.7k instantiations
 * for 2 * 131072; this ~0.7k.)
 */
type MulD<A extends Digits, B extends string, Acc extends Digits = []> = B extends `${infer H extends keyof DigitOf}${infer R}`
  ? MulD<A, R, AddD<Shift<Acc, 0>, TimesD<A, DigitOf[H]>> extends infer N extends Digits ? N : never>
  : Acc;
/**
 * A * d for one digit d. (Its result is bound by an `infer ... extends Digits` so that tsc, checking
 * the declarations that pass it on as Digits, need not derive its constraint by unrolling the loop.)
 */
type TimesD<A extends Digits, d extends Digit> = (d extends 0 ? [] : TimesLoop<A, d>) extends infer T extends Digits ? T : never;
/**
 * The carry C is at most 8. (C is constrained to number, not Digit: checking this declaration, tsc
 * related the next carry, a table lookup indexed by a, d and C, to Digit by expanding every
 * combination of their values, ~30 ms; against number it has nothing to expand.)
 */
type TimesLoop<A extends Digits, d extends Digit, C extends number = 0, Acc extends Digits = []> =
  A extends [infer a extends Digit, ...infer RA extends Digits]
    ? TimesLoop<RA, d, SumT[ProdTen[a][d]][Ten[SumT[ProdLow[a][d]][C]]], [...Acc, Low[SumT[ProdLow[a][d]][C]]]>
    : C extends 0 ? Acc : [...Acc, C];

/** Largest q with B * q <= R: 0 when R < B (at one comparison), else by binary search over 1..9. */
type Le<X extends Digits, Y extends Digits> = CmpD<X, Y> extends 'gt' ? false : true;
type QuotDigit<B extends Digits, R extends Digits> =
  Le<B, R> extends false ? 0
  : Le<TimesD<B, 5>, R> extends true
    ? Le<TimesD<B, 7>, R> extends true
      ? Le<TimesD<B, 8>, R> extends true
        ? Le<TimesD<B, 9>, R> extends true ? 9 : 8
        : 7
      : Le<TimesD<B, 6>, R> extends true ? 6 : 5
    : Le<TimesD<B, 2>, R> extends true
      ? Le<TimesD<B, 3>, R> extends true
        ? Le<TimesD<B, 4>, R> extends true ? 4 : 3
        : 2
      : 1;

/**
 * Long division of digit string A by B: [quotient, remainder]. (B's multiples are computed as the
 * digits need them; all ten by repeated addition first cost ~1.7k instantiations for a 4-digit B.)
 */
type DivD<B extends Digits, A extends string, Q extends Digits = [], R extends Digits = []> = A extends `${infer H extends keyof DigitOf}${infer Rest}`
  ? Shift<R, DigitOf[H]> extends infer R2 extends Digits
    ? QuotDigit<B, R2> extends infer q extends Digit
      ? DivD<B, Rest, Shift<Q, q>, SubD<R2, TimesD<B, q>> extends infer R3 extends Digits ? R3 : never>
      : never
    : never
  : [Q, R];

// ---- Front ends: size of named dims, then `number` in -> `number` out, then literals.

type Ordering = 'lt' | 'eq' | 'gt';
type P<N> = ParseStr<`${N & number}`>;
/**
 * Distributes over unions; `number` anywhere widens; invalid literals (negative, fractional) give never.
 * The front ends intersect with number so that a result still unevaluated in generic code (say
 * Mul<H, Dh> in a layer) is provably a number, and shapes holding it stay shapes.
 */
type Op<A, B, K extends 'add' | 'sub' | 'mul' | 'div' | 'mod' | 'ceil'> = number extends A | B
  ? number
  : A extends number
    ? B extends number
      ? OpLit<P<A>, P<B>, `${B}`, `${A}`, K>
      : never
    : never;
type OpLit<A extends Digits, B extends Digits, BS extends string, AS extends string, K> = [A] extends [never]
  ? never
  : [B] extends [never]
    ? never
    : K extends 'add'
      ? ToNum<AddD<A, B>>
      : K extends 'sub'
        ? SubD<A, B> extends infer D extends Digits
          ? ToNum<D>
          : never
        : K extends 'mul'
          ? CmpD<A, B> extends 'lt'
            ? ToNum<MulD<B, AS>>
            : ToNum<MulD<A, BS>>
          : B extends []
            ? never
            : DivD<B, AS> extends [infer Q extends Digits, infer R extends Digits]
              ? K extends 'div'
                ? ToNum<Q>
                : K extends 'mod'
                  ? ToNum<R>
                  : R extends []
                    ? ToNum<Q>
                    : ToNum<AddD<Q, [1]>>
              : never;

type CmpN<A, B> = number extends A | B
  ? Ordering
  : A extends number
    ? B extends number
      ? [P<A>] extends [never]
        ? never
        : [P<B>] extends [never]
          ? never
          : CmpD<P<A>, P<B>>
      : never
    : never;

/** A + B. */
export type Add<A extends number, B extends number> = Op<SizeOf<NoInfer<A>>, SizeOf<NoInfer<B>>, 'add'> & number;
/** A - B; never when B > A. */
export type Sub<A extends number, B extends number> = Op<SizeOf<NoInfer<A>>, SizeOf<NoInfer<B>>, 'sub'> & number;
/**
 * A * B, commutative in generic code: `Mul<Dh, H>` is the same dim as `Mul<H, Dh>`. The product is
 * written on the pair's union and intersection, which determine the pair {A, B} (A & B is A itself
 * exactly when A is B, and never for two different literals). The one conditional left unevaluated
 * in generic code has the tuple `[A | B, A & B]` as its check type and branches that read only what
 * it infers, so two deferred products relate by their check types alone: the order of the factors
 * is gone, tsc can check that a product is covariant in its factors (so the layers declare their
 * dims `out`, see Module), and it never walks the digit algorithms to relate two products or to
 * compute a variance. (An object check type `{ u; i }` was evaluated eagerly and left MulPair<A | B>
 * to relate, which no relation can see through: every class with a product in a field then had a
 * variance tsc could not measure, recomputed per checker and relating its instances structurally.)
 * tsc relates two such conditionals when their check types are related in either direction, so in
 * generic code a product also relates to one whose factor is wider or narrower (`Mul<K, Dh>` and
 * `Mul<H, Dh>` for `K extends H`, `Mul<H, number>` and `Mul<H, Dh>`), as `number` dims meet literals at
 * run time; products of unrelated dims stay distinct.
 * Literal factors evaluate (Mul<32, 128> is 4096), also when a generic layer is instantiated. A
 * product of union dims (never a valid dim: the union check rejects them) is `number`.
 * (Writing it on `[A, B] | [B, A]` instead also distributes over unions, but relating nested
 * products that way hit TS2589 in test/checkpoint.test.ts; `[A] | [B]` lost commutativity.)
 * The false branch is never taken; it is `number`, not `never`, because an error that elaborates a
 * product prints it, and a `never` there reads as an impossible dim.
 */
export type Mul<A extends number, B extends number> =
  ([NoInfer<A> | NoInfer<B>, NoInfer<A> & NoInfer<B>] extends [infer U extends number, infer I] ? MulOf<U, I> : UnprovenProduct<A | B>) & number;
declare const unprovenFactors: unique symbol;
/**
 * Mul's other branch, which only operands that are not numbers reach: the type parameters without constraints that
 * tsc substitutes when it decides a check in generic code ("restrictive" instantiation). As plain `number` there,
 * every product was the same, so reshape's count check passed `[b, c, h, c]` for `[B, C, H, W]`; the factors keep
 * two products apart.
 */
type UnprovenProduct<U> = { readonly [unprovenFactors]: U };
/**
 * What the factors of a product are inferred through: `x: Tensor<[...L, Factors<U>]>` infers U = A | B from an
 * argument dim Mul<A, B>, also one written under the user's own alias (`type QKV<C> = st.Mul<3, C>`), which
 * inference through Mul's alias could not see. Its conditional has Mul's check type in its first place, so
 * inference reads the factors from there; both branches are number, so every product is assignable to it;
 * for any other dim nothing is inferred (U keeps its default). Tied to Mul's form: change both together.
 */
export type Factors<U> = ([U, unknown] extends [unknown, unknown] ? number : number) & number;
type MulOf<U, I> = [I] extends [never] ? MulPair<U> : [U] extends [I] ? Times<U, U> : MulPair<U>;
/**
 * The product of two dims, on an inferred copy of its operands, so two deferred products relate by
 * their operands without walking the digit algorithms (a user's alias of a product inside another
 * product took 96 s that way). The operation is fixed ('mul'), not a parameter: with it as a
 * parameter, tsc computed the alias's variance in that parameter by relating the whole digit
 * machinery (~0.1 s per checker, and tsc 7 runs four). Not used for Div and the rest: inferring X
 * from Div<X, 2> against a plain D then succeeded with X = number and concat's halves form matched
 * two [B, T, D] tensors.
 */
type Times<A, B> = [SizeOf<A>, SizeOf<B>] extends [infer a, infer b] ? Op<a, b, 'mul'> : never;
/** The product of the two members of U; number when U has more (a factor was a union). */
type MulPair<U> = LastOfUnion<U> extends infer L
  ? (Exclude<U, L> extends infer M ? (true extends IsUnionOf<M> ? number : Times<L, M>) : never) : never;
type IsUnionOf<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
type LastOfUnion<U> = (U extends unknown ? (x: () => U) => void : never) extends (x: infer I) => void ? (I extends () => infer L ? L : never) : never;
/**
 * A * B * C in each of its groupings: (A * B) * C, A * (B * C) and (A * C) * B (with commutativity, every
 * way to write the product of three factors). Mul is commutative but not associative in generic code:
 * tsc relates two unevaluated products by the factors they were written with, never by their value,
 * and no type can flatten an inner product while its factors are type parameters (an unevaluated
 * product is a conditional type, and reading anything from one defers). So an API whose dim is a
 * product of three factors takes a dim constrained to this union and keeps the caller's grouping
 * (Attention, Block), and `regroup` converts. For literal factors all three are one literal.
 */
export type Groupings<A extends number, B extends number, C extends number> = Mul<Mul<A, B>, C> | Mul<A, Mul<B, C>> | Mul<Mul<A, C>, B>;
/**
 * floor(A / B); never when B is 0. Nothing is inferred through it, nor through Add, Sub, Mod and CeilDiv (NoInfer): a user's
 * helper typing a table `[T, Div<Dh, 2>]` next to x `[B, H, T, Dh]` (or labels `[Add<B, B>]` next to
 * `[B, D]` views) would otherwise infer Dh from the table's 32 as well as x's 64. Inference from another
 * Div by its operands (the alias's arguments: rotate-half's halves) still works.
 */
export type Div<A extends number, B extends number> = Op<SizeOf<NoInfer<A>>, SizeOf<NoInfer<B>>, 'div'> & number;
/** A mod B; never when B is 0. */
export type Mod<A extends number, B extends number> = Op<SizeOf<NoInfer<A>>, SizeOf<NoInfer<B>>, 'mod'> & number;
/** ceil(A / B); never when B is 0. */
export type CeilDiv<A extends number, B extends number> = Op<SizeOf<NoInfer<A>>, SizeOf<NoInfer<B>>, 'ceil'> & number;
/** 'lt' | 'eq' | 'gt' for A against B. */
export type Compare<A extends number, B extends number> = CmpN<SizeOf<A>, SizeOf<B>>;
/** The larger of A and B. */
export type Max<A extends number, B extends number> = MaxMin<SizeOf<A>, SizeOf<B>, 'lt'>;
/** The smaller of A and B. */
export type Min<A extends number, B extends number> = MaxMin<SizeOf<A>, SizeOf<B>, 'gt'>;
type MaxMin<A, B, Pick extends Ordering> = number extends A | B
  ? number
  : A extends number
    ? B extends number
      ? CmpN<A, B> extends infer O
        ? [O] extends [never]
          ? never
          : O extends Pick
            ? B
            : A
        : never
      : never
    : never;
/** True when B divides A evenly; false when B is 0 (so `extends true` never lets a division by 0 through). */
export type IsDivisible<A extends number, B extends number> = number extends SizeOf<A> | SizeOf<B>
  ? boolean
  : SizeOf<B> extends 0
    ? false
    : Op<SizeOf<A>, SizeOf<B>, 'mod'> extends infer R
      ? [R] extends [never]
        ? never
        : R extends 0
          ? true
          : false
      : never;
/** True for a non-negative integer literal, false for `number` and anything else. */
export type IsLiteral<N> = number extends SizeOf<N> ? false : IsNat<SizeOf<N>>;

/**
 * Product of all elements; [] -> 1. A chain of Mul (Mul<B, Mul<T, D>>), which defers on type-parameter dims (a digit
 * fold over a generic dim took its false branch eagerly and never ended: Product<[B]> in a generic function ran tsc
 * out of memory). So in generic code the flatten of [B, T] (Mul<B, T>, by reshape's merge of the last two) and the
 * leading dims of [B, T, V] flattened to [-1, V] (Product<[B, T]>) are one dim: nanoGPT's
 * `cross_entropy(logits.view(-1, V), targets.view(-1))`; and the dim prints as `Mul<B, T>`.
 */
export type Product<S extends readonly number[]> = number extends S['length']
  ? number
  : S extends readonly [infer A extends number] ? A
  : S extends readonly [infer A extends number, ...infer R extends number[]] ? Mul<A, Product<R>>
  : 1;
/** Sum of all elements; [] -> 0. */
export type Sum<S extends readonly number[]> = number extends S['length'] ? number : SumFold<S, []>;

/** Adds element by element on digits, converting once at the end. */
type SumFold<S extends readonly unknown[], Acc extends Digits> = S extends readonly [infer H, ...infer R]
  ? number extends SizeOf<H>
    ? number
    : P<SizeOf<H>> extends infer D extends Digits
      ? [D] extends [never]
        ? never
        : SumFold<R, AddD<Acc, D> extends infer N extends Digits ? N : never>
      : never
  : ToNum<Acc>;
