// Neural-network ops: softmax and logSoftmax (tagged with what their numbers mean), the sparse
// softmax cross-entropy loss, dropout and the causal mask.
import * as tf from '@tensorflow/tfjs';
import type { CheckedArg, DimsAgree, ErrorOf, FirstError, FormatShape, NormAxis, Shape } from '../shapes/core.js';
import { formatShape, normAxis, ShapeError } from '../shapes/rules.js';
import type { DefaultDevice, Device } from './backend.js';
import type { DeviceCheck, DTypeIs } from './checks.js';
import { deviceOf, expectDType, oneHotRaw, run, wrap } from './internal.js';
import type { AnyTensor, DType, KindOf, LogProbabilities, NotProbabilities, Probabilities, Tensor } from './tensor.js';

type AxisCheck<Op extends string, S extends Shape, A extends number> =
  [NormAxis<S['length'], A>] extends [never] ? `${Op}: axis ${A} is out of range for ${FormatShape<S>}` : unknown;

/** Applies fn along the last axis after moving `axis` there (tfjs's kernels only take the last axis). */
function alongAxis(x: tf.Tensor, axis: number, fn: (t: tf.Tensor) => tf.Tensor): tf.Tensor {
  const last = x.rank - 1;
  if (axis === last) return fn(x);
  const perm = Array.from({ length: x.rank }, (_, i) => i);
  [perm[axis], perm[last]] = [perm[last], perm[axis]];
  return tf.tidy(() => tf.transpose(fn(tf.transpose(x, perm)), perm));
}

/** exp(x) normalised to sum to 1 along dim (default the last). The result is tagged as probabilities. */
export function softmax<S extends Shape, D extends DType, Dev extends Device, const A extends number = -1>(
  logits: Tensor<S, D, Dev> & DTypeIs<'softmax', D, 'float32'>, dim?: CheckedArg<A, AxisCheck<'softmax', S, A>>,
): Probabilities<S, Dev> {
  expectDType('softmax', logits, ['float32']);
  const axis = normAxis('softmax', logits.shape, dim ?? -1);
  const raw = run(logits.device, () => alongAxis(logits.raw, axis, (t) => tf.softmax(t)));
  return wrap<S, 'float32', Dev>('softmax', raw, logits.device, logits.shape, 'float32') as Probabilities<S, Dev>;
}

/** log(softmax(x)) computed stably along dim (default the last). Tagged as log-probabilities. */
export function logSoftmax<S extends Shape, D extends DType, Dev extends Device, const A extends number = -1>(
  logits: Tensor<S, D, Dev> & DTypeIs<'logSoftmax', D, 'float32'>, dim?: CheckedArg<A, AxisCheck<'logSoftmax', S, A>>,
): LogProbabilities<S, Dev> {
  expectDType('logSoftmax', logits, ['float32']);
  const axis = normAxis('logSoftmax', logits.shape, dim ?? -1);
  const raw = run(logits.device, () => alongAxis(logits.raw, axis, (t) => tf.logSoftmax(t)));
  return wrap<S, 'float32', Dev>('logSoftmax', raw, logits.device, logits.shape, 'float32') as LogProbabilities<S, Dev>;
}

type ShapeOfT<T> = T extends Tensor<infer S, DType, Device> ? S : never;
type DeviceOfT<T> = T extends Tensor<Shape, DType, infer Dev> ? Dev : never;

/** Logits must not be softmax output: that was the first bug of the "Llama from scratch" post. */
type LogitsCheck<L> = 'probabilities' extends KindOf<L>
  ? 'sparseSoftmaxCrossEntropy: expects logits, got probabilities (softmax output); pass the scores from before softmax'
  : unknown;
type LabelsCheck<SL extends Shape, SY extends Shape> =
  SL extends [...infer Lead extends Shape, unknown]
    ? SameShape<Lead, SY> extends true ? unknown
    : `sparseSoftmaxCrossEntropy: labels ${FormatShape<SY>} must have the logits' shape without the class dim, ${FormatShape<Lead>}`
    : `sparseSoftmaxCrossEntropy: logits must have a class dim, got ${FormatShape<SL>}`;
type SameShape<A extends Shape, B extends Shape> = number extends A['length'] | B['length'] ? true
  : A extends [infer a, ...infer AR extends Shape] ? (B extends [infer b, ...infer BR extends Shape] ? (DimsAgree<a, b> extends true ? SameShape<AR, BR> : false) : false)
  : B extends [] ? true : false;
type LossShape<SL extends Shape, R> = R extends 'none' ? (SL extends [...infer Lead extends Shape, unknown] ? Lead : number[]) : [];

/**
 * Cross-entropy of int32 class labels under softmax(logits), computed stably from the logits:
 * logits [...B, C], labels [...B]. Mean over all positions by default; reduction 'none' keeps [...B].
 * Passing softmax output instead of logits is a compile error. The first signatures hold in generic
 * code; the last checks each argument and prints the sentence.
 */
export function sparseSoftmaxCrossEntropy<B extends Shape, C extends number, Dev extends Device>(
  logits: Tensor<[...B, C], 'float32', Dev> & NotProbabilities, labels: Tensor<B, 'int32', NoInfer<Dev>>, reduction?: 'mean',
): Tensor<[], 'float32', Dev>;
export function sparseSoftmaxCrossEntropy<B extends Shape, C extends number, Dev extends Device>(
  logits: Tensor<[...B, C], 'float32', Dev> & NotProbabilities, labels: Tensor<B, 'int32', NoInfer<Dev>>, reduction: 'none',
): Tensor<B, 'float32', Dev>;
export function sparseSoftmaxCrossEntropy<L extends Tensor<Shape, 'float32', Device>, SY extends Shape, DY extends DType, DevY extends Device, R extends 'mean' | 'none' = 'mean'>(
  logits: L & LogitsCheck<L>,
  labels: Tensor<SY, DY, DevY> & FirstError<[DeviceCheck<'sparseSoftmaxCrossEntropy', DeviceOfT<L>, DevY>, DTypeIs<'sparseSoftmaxCrossEntropy', DY, 'int32', 'labels'>, ErrorOf<LabelsCheck<ShapeOfT<L>, SY>>]>,
  reduction?: R,
): Tensor<LossShape<ShapeOfT<L>, R>, 'float32', DeviceOfT<L>>;
export function sparseSoftmaxCrossEntropy(logits: AnyTensor, labels: AnyTensor, reduction?: 'mean' | 'none'): AnyTensor {
  const op = 'sparseSoftmaxCrossEntropy';
  deviceOf(op, logits, labels);
  expectDType(op, logits, ['float32'], 'logits');
  expectDType(op, labels, ['int32'], 'labels');
  const ls = logits.shape;
  const lead = ls.slice(0, -1);
  if (ls.length < 1) throw new ShapeError(`${op}: logits must have a class dim, got ${formatShape(ls)}`);
  if (formatShape(lead) !== formatShape(labels.shape)) {
    throw new ShapeError(`${op}: labels ${formatShape(labels.shape)} must have the logits' shape without the class dim, ${formatShape(lead)}`);
  }
  const classes = ls[ls.length - 1];
  const raw = run(logits.device, () => tf.tidy(() => {
    const logp = tf.logSoftmax(logits.raw);
    const picked = tf.sum(tf.mul(logp, oneHotRaw(labels.raw, classes, 1, 0, 'float32')), -1);
    return reduction === 'none' ? tf.neg(picked) : tf.neg(tf.mean(picked));
  }));
  return wrap(op, raw, logits.device, reduction === 'none' ? lead : [], 'float32');
}

/**
 * Zeroes each element with probability rate and scales the rest by 1 / (1 - rate). Call it only
 * while training; a seed makes the mask reproducible.
 */
export function dropout<S extends Shape, D extends DType, Dev extends Device>(
  x: Tensor<S, D, Dev> & DTypeIs<'dropout', D, 'float32'>, rate: number, seed?: number,
): Tensor<S, 'float32', Dev> {
  expectDType('dropout', x, ['float32']);
  if (!(rate >= 0 && rate < 1)) throw new Error(`dropout: rate must be in [0, 1), got ${rate}`);
  const raw = run(x.device, () => (rate === 0 ? tf.clone(x.raw) : tf.dropout(x.raw, rate, undefined, seed)));
  return wrap('dropout', raw, x.device, x.shape, 'float32');
}

/** A [T, T] bool mask, true where query i may attend to key j (j <= i). */
export function causalMask<const T extends number, Dev extends Device = DefaultDevice>(size: T, device?: Dev): Tensor<[T, T], 'bool', NoInfer<Dev>> {
  if (!Number.isInteger(size) || size < 0) throw new Error(`causalMask: size must be a non-negative integer, got ${size}`);
  const dev = device ?? 'default';
  const raw = run(dev, () => tf.tidy(() => {
    const i = tf.range(0, size, 1, 'int32');
    return tf.greaterEqual(tf.expandDims(i, 1), tf.expandDims(i, 0));
  }));
  return wrap('causalMask', raw, dev as Dev, [size, size], 'bool');
}

/**
 * A [T, S] bool mask for T queries that come last among S keys (a key/value cache holds the
 * first S - T): query i may attend to key j when j <= i + S - T.
 */
export function causalMaskFor<T extends number, S extends number, Dev extends Device = DefaultDevice>(
  queries: T, keys: S, device?: Dev,
): Tensor<[T, S], 'bool', NoInfer<Dev>> {
  if (!Number.isInteger(queries) || !Number.isInteger(keys) || queries < 0 || keys < queries) {
    throw new Error(`causalMaskFor: needs 0 <= queries <= keys (integers), got ${queries} queries and ${keys} keys`);
  }
  const dev = device ?? 'default';
  const raw = run(dev, () => tf.tidy(() => {
    const q = tf.add(tf.range(0, queries, 1, 'int32'), keys - queries);
    return tf.greaterEqual(tf.expandDims(q, 1), tf.expandDims(tf.range(0, keys, 1, 'int32'), 0));
  }));
  return wrap('causalMaskFor', raw, dev as Dev, [queries, keys], 'bool');
}
