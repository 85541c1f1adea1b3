// The one place where a tfjs result becomes a typed tensor. Every op computes the expected shape
// with the run-time rule (which throws the compiler's sentence), runs tfjs, and wraps the result
// here, where the shape and dtype are checked once more against what the type claims.
import { tf } from './tf.js';
import type { Shape } from '../shapes/core.js';
import type { Device } from './backend.js';
import { onDevice } from './backend.js';
import { Tensor, type AnyTensor, type DType, type Kind } from './tensor.js';

/**
 * The run-time twin of autodiff's Params (float32 variables): an int32 variable in the record (a step counter kept as a
 * Variable) has no gradient, and tfjs would report it as a loss that does not reach it, or fail mid-update.
 */
export function checkTrainable(op: string, params: Record<string, { dtype: string }>): void {
  for (const [name, v] of Object.entries(params)) {
    if (v.dtype !== 'float32') throw new Error(`${op}: parameter '${name}' is ${v.dtype}; only float32 variables are trained (keep a counter as a number, or leave it out of the record)`);
  }
}

/** Wraps a tfjs result as Tensor<S, D, Dev> after checking its shape and dtype at run time. */
export function wrap<S extends Shape, D extends DType, Dev extends Device, K extends Kind = 'values'>(
  op: string, raw: tf.Tensor, device: Dev, expectedShape: readonly number[], dtype: DType,
): Tensor<S, D, Dev, K> {
  return new Tensor<S, D, Dev, K>(raw, device, op, expectedShape as S, dtype as D);
}

/** The one device of an op's tensors; a clear error when they live on two. */
export function deviceOf<Dev extends Device>(op: string, first: Tensor<Shape, DType, Dev, Kind>, ...rest: AnyTensor[]): Dev {
  for (const t of rest) {
    if (t.device !== first.device) {
      throw new Error(`${op}: tensors are on different devices (${first.device} vs ${t.device}); move one with .to('${first.device}')`);
    }
  }
  return first.device;
}

/** Throws unless both tensors have the same dtype. */
export function sameDType(op: string, a: AnyTensor, b: AnyTensor): void {
  if (a.dtype !== b.dtype) {
    throw new Error(`${op}: dtypes differ (${a.dtype} vs ${b.dtype}); cast one with cast(x, '${a.dtype}')`);
  }
}

/** Throws unless the tensor has one of the allowed dtypes. */
export function expectDType(op: string, x: AnyTensor, allowed: readonly DType[], what = 'tensor'): void {
  if (!allowed.includes(x.dtype)) {
    throw new Error(`${op}: ${what} must be ${allowed.join(' or ')}, got ${x.dtype}`);
  }
}

/** Runs a tfjs computation on the device's backend. */
export const run = onDevice;

/**
 * tf.oneHot, working around tfjs-wasm 4.22 returning int32 bits under a float32 label when asked
 * for dtype float32: build the int32 one-hot, then convert.
 */
export function oneHotRaw(indices: tf.Tensor, depth: number, onValue: number, offValue: number, dtype: 'float32' | 'int32'): tf.Tensor {
  if (dtype === 'int32' && Number.isInteger(onValue) && Number.isInteger(offValue)) {
    return tf.oneHot(indices, depth, onValue, offValue, 'int32');
  }
  return tf.tidy(() => {
    const hot = tf.cast(tf.oneHot(indices, depth, 1, 0, 'int32'), 'float32');
    const scaled = onValue === 1 && offValue === 0 ? hot : tf.add(tf.mul(hot, onValue - offValue), offValue);
    return tf.cast(scaled, dtype);
  });
}

/** A finite number with a fraction: what tfjs would truncate in an int32 tensor (IsFraction's run-time twin). */
export function isFraction(v: number): boolean {
  return Number.isFinite(v) && !Number.isInteger(v);
}
/** IntOperandCheck's run-time twin: a number given with an int32 tensor must be an integer. */
export function intOperand(op: string, b: number): void {
  if (isFraction(b)) {
    // (`${Math.trunc(-0.5)}` is '0': a template prints -0 as 0.)
    throw new Error(`${op}: ${b} is not an integer, but the tensor is int32 (the number would become ${Math.trunc(b)}); cast the tensor to float32 first`);
  }
}
