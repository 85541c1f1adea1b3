// Running totals along an axis.
import { tf } from './tf.js';
import type { FormatShape, IsDynamicRank, NormAxis, Shape } from '../shapes/core.js';
import { normAxis } from '../shapes/rules.js';
import type { Device } from './backend.js';
import type { DTypeIs, RankOnly, RawShape, ShapeArg } from './checks.js';
import { expectDType, run, wrap } from './internal.js';
import type { DType, Kind, NumericDType, Tensor } from './tensor.js';

type CumsumAxisCheck<S extends Shape, A extends number> =
  IsDynamicRank<S> extends true ? unknown
  : [NormAxis<S['length'], A>] extends [never] ? `cumsum: axis ${A} is out of range for ${FormatShape<S>}` : unknown;
declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    cumsum: In extends [infer S extends Shape, infer A extends number] ? CumsumAxisCheck<S, A> : never;
  }
}
/** cumsum's axis, checked (ShapeArg: the sentence over the user's dims in generic code). */
type CumsumAxis<S extends Shape, A extends number> = ShapeArg<'cumsum', [S, A], A, S, CumsumAxisCheck<RankOnly<S>, A>, `cumsum: axis ${A} does not fit ${RawShape<S>}`>;

/**
 * The running sum along axis (default 0, as tf.cumsum): out[i] = x[0] + ... + x[i]. exclusive
 * leaves x[i] out (out[0] = 0); reverse sums from the end.
 */
export function cumsum<S extends Shape, D extends DType, Dev extends Device, const A extends number = 0>(
  x: Tensor<S, D, Dev, Kind> & DTypeIs<'cumsum', D, NumericDType>, axis?: CumsumAxis<S, A>, exclusive = false, reverse = false,
): Tensor<S, D, Dev> {
  expectDType('cumsum', x, ['float32', 'int32']);
  const ax = normAxis('cumsum', x.shape, axis ?? 0);
  // Along the last axis only: tfjs's Cumsum gradient permutes the result wrongly for other axes.
  const last = x.shape.length - 1;
  const raw = run(x.device, () => {
    if (ax === last) return tf.cumsum(x.raw, ax, exclusive, reverse);
    const perm = x.shape.map((_, i) => (i === ax ? last : i === last ? ax : i));
    return tf.tidy(() => tf.transpose(tf.cumsum(tf.transpose(x.raw, perm), last, exclusive, reverse), perm));
  });
  return wrap('cumsum', raw, x.device, x.shape, x.dtype);
}

// ---- As Tensor methods (installed by src/ops/methods.ts): the signatures above with the tensor as
// `this`. Kept beside the functions so a change to one is made to both; named types, so every tensor
// type shares them (inline members of Tensor's interface were instantiated per tensor type).
/** cumsum as a method. */
export type CumsumMethod = <S extends Shape, D extends DType, Dev extends Device, const A extends number = 0>(
  this: Tensor<S, D, Dev, Kind> & DTypeIs<'cumsum', D, NumericDType>, axis?: CumsumAxis<S, A>, exclusive?: boolean, reverse?: boolean,
) => Tensor<S, D, Dev>;
