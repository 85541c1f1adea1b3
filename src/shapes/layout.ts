// Shape rules of the ops that lay elements out anew or pick some of them: tile, pad, unstack,
// topk, multinomial. Each result is a shape or the sentence tsc prints (the run-time twins are in
// ./rules.ts and throw the same sentence).
import type { Add, Compare, Mul } from './arith.js';
import type {
  Counter, FormatDim, FormatList, FormatShape, IsDynamic, IsDynamicRank, NormAxis, RemoveAt, Shape,
} from './core.js';
import type { SizeOf } from './dims.js';
import type { IsFraction } from './literals.js';

type IsNeg<N extends number> = `${N}` extends `-${string}` ? true : false;

// ---- tile

type TileDims<S extends Shape, R extends number[], I extends unknown[] = []> =
  S extends [infer d extends number, ...infer SR extends Shape]
    ? R extends [infer r extends number, ...infer RR extends number[]]
      ? IsNeg<r> extends true ? `tile: rep ${r} at axis ${I['length']} is negative`
      : IsFraction<r> extends true ? `tile: rep ${r} at axis ${I['length']} is not an integer`
      : TileDims<SR, RR, [...I, unknown]> extends infer Rest
        // A sentence is a string; a tuple of generic dims is told from it by that test, which decides (a
        // test against Shape defers over generic dims: its restrictive instance is not a Shape).
        ? Rest extends string ? Rest : Rest extends readonly unknown[] ? [r extends 1 ? d : Mul<d, r>, ...Rest] : never
        : never
      : []
    : [];

/** The shape of tile(x: S, reps): one rep per axis; each dim multiplied by its rep. */
export type Tile<S extends Shape, R extends number[]> =
  IsDynamicRank<S> extends true ? number[]
  : number extends R['length'] ? number[]
  : R['length'] extends S['length'] ? (TileDims<S, R> extends infer X extends Shape | string ? X : never)
  : `tile: reps ${FormatList<R>} has ${R['length']} entries but ${FormatShape<S>} has rank ${S['length']}`;

// ---- pad

/** A [before, after] pair of paddings for one axis. */
export type PadPair = [number, number];

type PadDims<S extends Shape, P extends PadPair[], I extends unknown[] = []> =
  S extends [infer d extends number, ...infer SR extends Shape]
    ? P extends [[infer b extends number, infer a extends number], ...infer PR extends PadPair[]]
      ? IsNeg<b> extends true ? `pad: padding ${b} at axis ${I['length']} is negative`
      : IsNeg<a> extends true ? `pad: padding ${a} at axis ${I['length']} is negative`
      : PadDims<SR, PR, [...I, unknown]> extends infer Rest
        ? Rest extends string ? Rest : Rest extends readonly unknown[] ? [[b, a] extends [0, 0] ? d : [a] extends [0] ? Add<d, b> : [b] extends [0] ? Add<d, a> : Add<Add<d, b>, a>, ...Rest] : never
        : never
      : []
    : [];

/** The shape of pad(x: S, paddings): a [before, after] pair per axis, each added to its dim. */
export type Pad<S extends Shape, P extends PadPair[]> =
  IsDynamicRank<S> extends true ? number[]
  : number extends P['length'] ? number[]
  : P['length'] extends S['length'] ? (PadDims<S, P> extends infer X extends Shape | string ? X : never)
  : `pad: paddings have ${P['length']} pairs but ${FormatShape<S>} has rank ${S['length']}`;

// ---- unstack

/** Unstacking into more parts than this gives an array type rather than a tuple (cheap to check). */
type MaxUnstackTuple = 64;

/**
 * The shapes of unstack(x: S, axis): the axis removed, one shape per index along it (a tuple when
 * the dim is a literal up to 64, else an array), or the sentence for a bad axis.
 */
export type Unstack<S extends Shape, A extends number = 0> =
  IsDynamicRank<S> extends true ? number[][]
  : NormAxis<S['length'], A> extends infer Ax extends number
    ? [Ax] extends [never] ? `unstack: axis ${A} is out of range for ${FormatShape<S>}`
    : number extends Ax ? number[][]
    : IsDynamic<S[Ax]> extends true ? RemoveAt<S, Ax>[]
    : Compare<SizeOf<S[Ax]>, MaxUnstackTuple> extends 'gt' ? RemoveAt<S, Ax>[]
    : Counter<SizeOf<S[Ax]>> extends infer C extends unknown[] ? { [I in keyof C]: RemoveAt<S, Ax> } : never
    : never;

// ---- topk, multinomial

/** The shape of topk(x: S, k): the last dim becomes k, which must not exceed it. */
export type TopK<S extends Shape, K extends number> =
  IsDynamicRank<S> extends true ? number[]
  // unknown, not number, for the last dim: a generic dim's restrictive instance is not a number, and that test would defer.
  : S extends [...infer L extends Shape, unknown] ? [...L, K]
    : `topk: x must have rank >= 1, got ${FormatShape<S>}`;
/**
 * topk's check of k: negative, or larger than the last dim d of S, gives the sentence, else unknown.
 * Apart from the shape (TopK reads neither k nor a dim), so that over a generic last dim (a user's
 * experts count E for a top-2 router) or a generic k (the vocab size V, to sort) the result is
 * [...L, K]; topk takes it as a CheckedLiteral, which passes where it cannot be decided, as for every
 * dim the compiler cannot know, and the run time checks k.
 */
export type TopKFits<S extends Shape, K extends number> =
  IsNeg<K> extends true ? `topk: k ${K} is negative`
  : S extends [...Shape, infer d extends number]
    ? number extends K ? unknown
    : number extends SizeOf<d> ? unknown
    : Compare<K, SizeOf<d>> extends 'gt' ? `topk: k ${K} is larger than the last dim ${FormatDim<d>} of ${FormatShape<S>}` : unknown
    : unknown;

/** The shape of multinomial(logits: S, n): [n] draws for [classes], [batch, n] for [batch, classes]. */
export type Multinomial<S extends Shape, N extends number> =
  IsDynamicRank<S> extends true ? number[]
  // Dims matched as unknown: a test `X extends number` on a user's type-parameter dim is never decided.
  : S extends [unknown] ? [N]
  : S extends [infer b extends number, unknown] ? [b, N]
  : `multinomial: logits must be [classes] or [batch, classes], got ${FormatShape<S>}`;
