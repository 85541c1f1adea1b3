// Ops that lay a tensor's elements out anew: tile (repeat the whole tensor along axes), pad
// (a border of a constant), unstack (the slices along an axis, as separate tensors).
import { tf } from './tf.js';
import type { Mul } from '../shapes/arith.js';
import type { ErrorOf, FormatShape, NormAxis, RemoveAt, Shape, ShapeOf } from '../shapes/core.js';
import type { Pad, PadPair, Tile, Unstack } from '../shapes/layout.js';
import { normAxis, padShape, tileShape, unstackShape } from '../shapes/rules.js';
import type { Device } from './backend.js';
import type { IntOperandCheck, RankOnly, RawShape, ShapeArg } from './checks.js';
import type { CheckedLiteral } from '../shapes/literals.js';
import { intOperand, run, wrap } from './internal.js';
import type { AnyTensor, DType, Kind, Tensor } from './tensor.js';

declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    tile: In extends [infer S extends Shape, infer R extends number[]] ? ErrorOf<Tile<S, R>> : never;
    pad: In extends [infer S extends Shape, infer P extends PadPair[]] ? ErrorOf<Pad<S, P>> : never;
    unstack: In extends [infer S extends Shape, infer A extends number] ? ErrorOf<Unstack<S, A>> : never;
  }
}
// The checked arguments (ShapeArg: the sentence over the user's dims in generic code).
/**
 * tile's sentence in generic code: the reps' count against the rank (known there), else what only the dims
 * and reps decide. (The reps print raw: a rep that is a type parameter would leave a test on it unevaluated,
 * and the sign of a literal rep cannot be read beside one; a negative literal rep gets its own sentence
 * wherever the dims are known.)
 */
type TileRank<S extends Shape, R extends number[]> =
  R['length'] extends S['length'] ? [] : `tile: reps ${RawShape<R>} has ${R['length']} entries but ${FormatShape<S>} has rank ${S['length']}`;
type RepsArg<S extends Shape, R extends number[]> = ShapeArg<'tile', [S, R], R, S, TileRank<RankOnly<S>, R>,
  `tile: reps ${RawShape<R>} of ${RawShape<S>} cannot be checked over generic dims (in generic code: any rep for a dim of size 1, or one rep on the first, second or last axis)`>;
type PaddingsArg<S extends Shape, P extends PadPair[]> = ShapeArg<'pad', [S, P], P, S, Pad<RankOnly<S>, P>, `pad: paddings of ${RawShape<S>} cannot be checked over generic dims`>;
type UnstackAxisArg<S extends Shape, A extends number> = ShapeArg<'unstack', [S, A], A, S, Unstack<RankOnly<S>, A>, `unstack: axis ${A} of ${RawShape<S>} has a generic size (in generic code: any axis of a shape of known rank, or axis 0 of [X, ...R], gives an array of slices)`>;

declare const notThisForm: unique symbol;
/** What the generic form's argument is given where that form does not apply (the checked signature is tried). */
type NotThisForm = { readonly [notThisForm]: true };
/**
 * A rep the generic form takes for a dim of size 1: a type parameter, `number` or a non-negative integer
 * literal; a negative or fractional literal goes to the checked signature's sentence. Written as a test on
 * the rep's text, which the checker skips for a type parameter.
 */
type RepOk<R> = `${R & number}` extends `-${string}` | `${string}.${string}` | `${string}e${string}` ? NotThisForm : unknown;
/**
 * tile's reps in generic code: any rep for a dim of size 1, rep 1 for any other dim. (For a generic dim the
 * test defers, and a rep must then pass both branches, so it must be 1.)
 */
type RepsOverOnes<S extends Shape, R extends number[]> = { [I in keyof S]: S[I] extends 1 ? RepOk<I extends keyof R ? R[I] : never> : 1 };
/**
 * One dim of the generic form's result, where the dim or its rep is 1: the other one. Each is matched against
 * `X | 1`, so a 1 infers X only weakly and the other wins (a test on a generic dim or rep would defer).
 */
type TimesOne<D, R> = [D, R] extends [1, (infer X extends number) | 1] | [(infer X extends number) | 1, 1] ? X : never;
type TiledOverOnes<S extends Shape, R extends number[]> = { [I in keyof S]: TimesOne<S[I], I extends keyof R ? R[I] : never> };
/** A rep of 1 for each dim of L: the other axes of the forms that repeat along one axis. */
type OnesOf<L extends Shape> = { [I in keyof L]: 1 };

/** tile's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface TileFunction {
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const R extends number[]>(
    x: Tensor<S, D, Dev, K>, reps: R & RepsOverOnes<S, R>,
  ): Tensor<TiledOverOnes<S, R>, D, Dev, K>;
  <L extends Shape, X extends number, D extends DType, Dev extends Device, K extends Kind, R extends number>(
    x: Tensor<[...L, X], D, Dev, K>, reps: readonly [...OnesOf<L>, R & RepOk<R>],
  ): Tensor<[...L, Mul<X, R>], D, Dev, K>;
  <X extends number, L extends Shape, D extends DType, Dev extends Device, K extends Kind, R extends number>(
    x: Tensor<[X, ...L], D, Dev, K>, reps: readonly [R & RepOk<R>, ...OnesOf<L>],
  ): Tensor<[Mul<X, R>, ...L], D, Dev, K>;
  <A extends number, X extends number, L extends Shape, D extends DType, Dev extends Device, K extends Kind, R extends number>(
    x: Tensor<[A, X, ...L], D, Dev, K>, reps: readonly [1, R & RepOk<R>, ...OnesOf<L>],
  ): Tensor<[A, Mul<X, R>, ...L], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const R extends number[]>(
    x: Tensor<S, D, Dev, K>, reps: RepsArg<S, R>,
  ): Tensor<ShapeOf<Tile<S, R>>, D, Dev, K>;
}
function tileImpl(x: AnyTensor, reps: readonly number[]): AnyTensor {
  const out = tileShape(x.shape, reps);
  return wrap('tile', run(x.device, () => tf.tile(x.raw, [...reps])), x.device, out, x.dtype);
}
/**
 * The tensor repeated reps[i] times along each axis i: [a, b] tiled by [2] is [a, b, a, b]. The first
 * signature holds in generic code: dims of size 1 repeated by any rep, a type parameter included (a learned
 * prefix `[1, P, D]` over the batch, `tile(prefix, [b, 1, 1])`, gives `[B, P, D]`), every other dim by 1;
 * then the last, the first or the second axis repeated by any rep, the others by 1 (`tile(x [B, D], [1, n])` gives
 * `[B, Mul<D, N>]`, `tile(k [B, KV, T, Dh], [1, n, 1, 1])` gives `[B, Mul<KV, N>, T, Dh]`). (Four or more candidates also
 * keep TypeScript 5.9 from listing each before the sentence.)
 */
export const tile: TileFunction = tileImpl as unknown as TileFunction;

/**
 * A border of `value` (default 0) around the tensor: paddings[i] = [before, after] elements on
 * axis i, as in tf.pad and numpy.pad. The gradient is the inner block of the output's gradient. The kind is kept
 * (padded softmax output is still refused where logits go).
 */
export function pad<S extends Shape, D extends DType, Dev extends Device, const P extends PadPair[], V extends number = 0, K extends Kind = 'values'>(
  x: Tensor<S, D, Dev, K>, paddings: PaddingsArg<S, P>, value?: CheckedLiteral<V, IntOperandCheck<'pad', D, V>>,
): Tensor<ShapeOf<Pad<S, P>>, D, Dev, K> {
  // (On an int32 tensor tfjs truncates a fractional value: 0.5 pads with 0, a real token id.)
  if (value !== undefined && x.dtype === 'int32') intOperand('pad', value);
  const out = padShape(x.shape, paddings);
  const pairs = paddings.map(([b, a]): [number, number] => [b, a]);
  return wrap('pad', run(x.device, () => tf.pad(x.raw, pairs, value ?? 0)), x.device, out, x.dtype);
}

type UnstackResult<S extends Shape, A extends number, D extends DType, Dev extends Device, K extends Kind> =
  // Every slice has one shape E, inferred rather than tested against Shape: a test on [B, D] defers in
  // generic code (its restrictive instance is not a Shape), which left `for (const step of ...)` untyped.
  ShapeOf<Unstack<S, A>> extends infer P ? P extends readonly (infer E extends Shape)[] ? { [I in keyof P]: Tensor<E, D, Dev, K> } : never : never;

/** A dim unstack's generic forms take: a type parameter or `number` (a literal dim gives a tuple, by the last signature). */
type RunTimeCount<X> = `${X & number}` extends `${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}${string}` ? NotThisForm : unknown;

/** unstack's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface UnstackFunction {
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const A extends number = 0, Ax extends number = NormAxis<S['length'], A>>(
    x: Tensor<S, D, Dev, K> & RunTimeCount<number extends S['length'] ? 0 : S[Ax]>, axis?: A,
  ): Tensor<RemoveAt<S, Ax>, D, Dev, K>[];
  <X extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    x: Tensor<[X, ...R], D, Dev, K> & RunTimeCount<X>, axis?: 0,
  ): Tensor<R, D, Dev, K>[];
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const A extends number = 0>(
    x: Tensor<S, D, Dev, K>, axis?: UnstackAxisArg<S, A>,
  ): UnstackResult<S, A, D, Dev, K>;
}
function unstackImpl(x: AnyTensor, axis?: number): AnyTensor[] {
  const ax = normAxis('unstack', x.shape, axis ?? 0);
  const out = unstackShape(x.shape, ax);
  const raws = run(x.device, () => tf.unstack(x.raw, ax));
  return raws.map((r) => wrap('unstack', r, x.device, out, x.dtype));
}
/**
 * The slices of x along axis (default 0), each without that axis: a tuple of x.shape[axis]
 * tensors when that dim is a literal (an array for unknown or very large dims). The inverse of stack.
 * The first signatures hold in generic code: along any axis of a generic dim of a shape of known rank
 * (`for (const step of unstack(x [B, H, T, D], 2))`: the axis read by its index, Ax, so a middle axis of any
 * rank is covered), and along the first axis of `[X, ...R]`: an array of slices, as for a `number` dim.
 */
export const unstack: UnstackFunction = unstackImpl as unknown as UnstackFunction;

// ---- As Tensor methods (installed by src/ops/methods.ts): the signatures above with the tensor as
// `this`. Kept beside the functions so a change to one is made to both; named types, so every tensor
// type shares them (inline members of Tensor's interface were instantiated per tensor type).
/** tile as a method. */
export interface TileMethod {
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const R extends number[]>(
    this: Tensor<S, D, Dev, K>, reps: R & RepsOverOnes<S, R>,
  ): Tensor<TiledOverOnes<S, R>, D, Dev, K>;
  <L extends Shape, X extends number, D extends DType, Dev extends Device, K extends Kind, R extends number>(
    this: Tensor<[...L, X], D, Dev, K>, reps: readonly [...OnesOf<L>, R & RepOk<R>],
  ): Tensor<[...L, Mul<X, R>], D, Dev, K>;
  <X extends number, L extends Shape, D extends DType, Dev extends Device, K extends Kind, R extends number>(
    this: Tensor<[X, ...L], D, Dev, K>, reps: readonly [R & RepOk<R>, ...OnesOf<L>],
  ): Tensor<[Mul<X, R>, ...L], D, Dev, K>;
  <A extends number, X extends number, L extends Shape, D extends DType, Dev extends Device, K extends Kind, R extends number>(
    this: Tensor<[A, X, ...L], D, Dev, K>, reps: readonly [1, R & RepOk<R>, ...OnesOf<L>],
  ): Tensor<[A, Mul<X, R>, ...L], D, Dev, K>;
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const R extends number[]>(
    this: Tensor<S, D, Dev, K>, reps: RepsArg<S, R>,
  ): Tensor<ShapeOf<Tile<S, R>>, D, Dev, K>;
}
/** pad as a method. */
export type PadMethod = <S extends Shape, D extends DType, Dev extends Device, const P extends PadPair[], V extends number = 0, K extends Kind = 'values'>(
  this: Tensor<S, D, Dev, K>, paddings: PaddingsArg<S, P>, value?: CheckedLiteral<V, IntOperandCheck<'pad', D, V>>,
) => Tensor<ShapeOf<Pad<S, P>>, D, Dev, K>;
/** unstack as a method. */
export interface UnstackMethod {
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const A extends number = 0, Ax extends number = NormAxis<S['length'], A>>(
    this: Tensor<S, D, Dev, K> & RunTimeCount<number extends S['length'] ? 0 : S[Ax]>, axis?: A,
  ): Tensor<RemoveAt<S, Ax>, D, Dev, K>[];
  <X extends number, R extends Shape, D extends DType, Dev extends Device, K extends Kind>(
    this: Tensor<[X, ...R], D, Dev, K> & RunTimeCount<X>, axis?: 0,
  ): Tensor<R, D, Dev, K>[];
  <S extends Shape, D extends DType, Dev extends Device, K extends Kind, const A extends number = 0>(
    this: Tensor<S, D, Dev, K>, axis?: UnstackAxisArg<S, A>,
  ): UnstackResult<S, A, D, Dev, K>;
}
