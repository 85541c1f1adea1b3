// Reductions over an axis or axes (negative axes count from the end), with keepDims.
import { tf } from './tf.js';
import type { Reduce } from '../shapes/axes.js';
import type { ErrorOf, FormatList, NormAxis, Shape, ShapeOf } from '../shapes/core.js';
import { normAxis, reduceShape } from '../shapes/rules.js';
import type { Device } from './backend.js';
import type { DTypeIs, RawShape, RefusedArgOf } from './checks.js';
import type { LiteralCheck } from '../shapes/literals.js';
import { expectDType, run, wrap } from './internal.js';
import type { AnyTensor, DType, Kind, NumericDType, Tensor } from './tensor.js';

type Axes = number | number[] | undefined;

declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    /** A reduction Op of [S] over axes A (keepDims K). */
    reduce: In extends [infer Op extends string, infer S extends Shape, infer A extends Axes, infer K extends boolean] ? ErrorOf<Reduce<Op, S, A, K>> : never;
  }
}
/** The axes argument of a reduction, checked: the sentence over the user's dims in generic code. */
type ReduceAxes<Op extends string, S extends Shape, A extends Axes, K extends boolean> = RefusedArgOf<ReduceSentence<Op, S, A>, 'reduce', [Op, S, A, K], A, RawShape<S>>;
/** The first axis out of range (read from the rank alone, which generic code knows). */
type BadAxis<R extends number, A> = A extends [infer H extends number, ...infer T] ? ([NormAxis<R, H>] extends [never] ? H : BadAxis<R, T>) : A extends number ? A : '?';
/** The first axis named twice (after making the axes non-negative), or '?'. */
type TwiceAxis<R extends number, A, Seen = never> =
  A extends [infer H extends number, ...infer T] ? ([NormAxis<R, H>] extends [infer N] ? ([N] extends [never] ? '?' : [N] extends [Seen] ? N : TwiceAxis<R, T, Seen | N>) : '?') : '?';
type ReduceSentence<Op extends string, S extends Shape, A> =
  BadAxis<S['length'], A> extends infer X
    ? (X extends '?' ? (TwiceAxis<S['length'], A> extends infer N extends number ? `${Op}: axes ${A extends readonly unknown[] ? FormatList<A> : never} name axis ${N} of ${RawShape<S>} twice` : `${Op}: axis ? is out of range for ${RawShape<S>}`)
      : `${Op}: axis ${X & (string | number)} is out of range for ${RawShape<S>}`)
    : never;

/**
 * A reduction. The first signatures hold in generic code of any rank: the last axis (with or without
 * keepDims) of `[...L, X]`, the first of `[X, ...L]`, every axis; the last takes any axes and checks
 * them. (Four or more candidates also keep TypeScript 5.9 from listing each before the sentence.)
 */
export interface ReductionOp<Op extends string, Allowed extends DType> {
  <L extends Shape, X extends number, D extends Allowed, Dev extends Device>(x: Tensor<[...L, X], D, Dev, Kind>, axis: -1, keepDims: true): Tensor<[...L, 1], D, Dev>;
  <L extends Shape, X extends number, D extends Allowed, Dev extends Device>(x: Tensor<[...L, X], D, Dev, Kind>, axis: -1, keepDims?: false): Tensor<L, D, Dev>;
  <L extends Shape, X extends number, D extends Allowed, Dev extends Device>(x: Tensor<[X, ...L], D, Dev, Kind>, axis: 0, keepDims?: false): Tensor<L, D, Dev>;
  <S extends Shape, D extends Allowed, Dev extends Device>(x: Tensor<S, D, Dev, Kind>, axis?: undefined, keepDims?: false): Tensor<[], D, Dev>;
  <S extends Shape, D extends DType, Dev extends Device, const A extends Axes = undefined, const K extends boolean = false>(
    x: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, Allowed>, axis?: ReduceAxes<Op, S, A, K>, keepDims?: K,
  ): Tensor<ShapeOf<Reduce<Op, S, A, K>>, D, Dev, 'values'>;
}

function reduction<Op extends string, Allowed extends DType>(
  op: Op, allowed: readonly Allowed[], fn: (x: tf.Tensor, axis: number | number[] | undefined, keepDims: boolean) => tf.Tensor,
): ReductionOp<Op, Allowed> {
  const impl = (x: AnyTensor, axis?: number | number[], keepDims?: boolean): AnyTensor => {
    expectDType(op, x, allowed);
    const out = reduceShape(op, x.shape, axis, keepDims ?? false);
    // Non-negative axes for tfjs: its prod gradient fails on negative ones.
    const axes = axis === undefined ? undefined : (typeof axis === 'number' ? [axis] : axis).map((a) => normAxis(op, x.shape, a));
    return wrap(op, run(x.device, () => fn(x.raw, axes, keepDims ?? false)), x.device, out, x.dtype);
  };
  return impl as ReductionOp<Op, Allowed>;
}

const numeric: readonly NumericDType[] = ['float32', 'int32'];
export const sum = reduction('sum', numeric, tf.sum);
export const max = reduction('max', numeric, tf.max);
export const min = reduction('min', numeric, tf.min);
export const prod = reduction('prod', numeric, tf.prod);
export const mean = reduction('mean', ['float32'], tf.mean);
/** log(sum(exp(x))) computed stably. */
export const logSumExp = reduction('logSumExp', ['float32'], tf.logSumExp);

/**
 * argMax / argMin. The first signatures hold in generic code of any rank (the last axis of `[...L, X]`,
 * the first of `[X, ...L]`, the second of `[X, Y, ...L]`: a greedy pick over `[...L, V]` logits); the last
 * takes any axis and checks it. (Four, so that TypeScript 5.9 prints only the sentence.)
 */
export interface ArgReductionOp<Op extends string> {
  <L extends Shape, X extends number, D extends NumericDType, Dev extends Device>(x: Tensor<[...L, X], D, Dev, Kind>, axis: -1): Tensor<L, 'int32', Dev>;
  <L extends Shape, X extends number, D extends NumericDType, Dev extends Device>(x: Tensor<[X, ...L], D, Dev, Kind>, axis: 0): Tensor<L, 'int32', Dev>;
  <X extends number, Y extends number, L extends Shape, D extends NumericDType, Dev extends Device>(x: Tensor<[X, Y, ...L], D, Dev, Kind>, axis: 1): Tensor<[X, ...L], 'int32', Dev>;
  <S extends Shape, D extends DType, Dev extends Device, const A extends number = 0>(
    x: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, NumericDType> & ScalarArgCheck<Op, S, A>, axis?: ReduceAxes<Op, S, A, false>,
  ): Tensor<ShapeOf<Reduce<Op, S, A>>, 'int32', Dev, 'values'>;
}
/**
 * argMax/argMin of a scalar with the axis omitted (the default 0): the run time's sentence on x, as no axis argument
 * is there to carry it. A literal check (LiteralCheck): skipped while S is a user's type parameter.
 */
type ScalarArgCheck<Op extends string, S extends Shape, A> = LiteralCheck<S extends [] ? (A extends 0 ? `${Op}: axis 0 is out of range for []` : 'ok') : 'ok'>;
function argReduction<Op extends string>(op: Op, fn: (x: tf.Tensor, axis: number) => tf.Tensor): ArgReductionOp<Op> {
  const impl = (x: AnyTensor, axis?: number): AnyTensor => {
    expectDType(op, x, numeric);
    const out = reduceShape(op, x.shape, axis ?? 0);
    return wrap(op, run(x.device, () => fn(x.raw, axis ?? 0)), x.device, out, 'int32');
  };
  return impl as unknown as ArgReductionOp<Op>;
}
/** The index of the largest value along axis (default 0, as in tfjs). */
export const argMax = argReduction('argMax', tf.argMax);
/** The index of the smallest value along axis (default 0, as in tfjs). */
export const argMin = argReduction('argMin', tf.argMin);

// ---- As Tensor methods (installed by src/ops/methods.ts): the signatures above with the tensor as
// `this`. Kept beside the functions so a change to one is made to both; named types, so every tensor
// type shares them (inline members of Tensor's interface were instantiated per tensor type).
/** ReductionOp with the tensor as `this`. */
export interface ReductionMethod<Op extends string, Allowed extends DType> {
  <L extends Shape, X extends number, D extends Allowed, Dev extends Device>(this: Tensor<[...L, X], D, Dev, Kind>, axis: -1, keepDims: true): Tensor<[...L, 1], D, Dev>;
  <L extends Shape, X extends number, D extends Allowed, Dev extends Device>(this: Tensor<[...L, X], D, Dev, Kind>, axis: -1, keepDims?: false): Tensor<L, D, Dev>;
  <L extends Shape, X extends number, D extends Allowed, Dev extends Device>(this: Tensor<[X, ...L], D, Dev, Kind>, axis: 0, keepDims?: false): Tensor<L, D, Dev>;
  <S extends Shape, D extends Allowed, Dev extends Device>(this: Tensor<S, D, Dev, Kind>, axis?: undefined, keepDims?: false): Tensor<[], D, Dev>;
  <S extends Shape, D extends DType, Dev extends Device, const A extends Axes = undefined, const K extends boolean = false>(
    this: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, Allowed>, axis?: ReduceAxes<Op, S, A, K>, keepDims?: K,
  ): Tensor<ShapeOf<Reduce<Op, S, A, K>>, D, Dev, 'values'>;
}
/** ArgReductionOp as a method. */
export interface ArgReductionMethod<Op extends string> {
  <L extends Shape, X extends number, D extends NumericDType, Dev extends Device>(this: Tensor<[...L, X], D, Dev, Kind>, axis: -1): Tensor<L, 'int32', Dev>;
  <L extends Shape, X extends number, D extends NumericDType, Dev extends Device>(this: Tensor<[X, ...L], D, Dev, Kind>, axis: 0): Tensor<L, 'int32', Dev>;
  <X extends number, Y extends number, L extends Shape, D extends NumericDType, Dev extends Device>(this: Tensor<[X, Y, ...L], D, Dev, Kind>, axis: 1): Tensor<[X, ...L], 'int32', Dev>;
  <S extends Shape, D extends DType, Dev extends Device, const A extends number = 0>(
    this: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, NumericDType> & ScalarArgCheck<Op, S, A>, axis?: ReduceAxes<Op, S, A, false>,
  ): Tensor<ShapeOf<Reduce<Op, S, A>>, 'int32', Dev, 'values'>;
}
