// Matrix products. tfjs on wasm is fast (XNNPACK) only for rank-2, non-transposed matmuls, and its
// default matMul gradient uses the slow transposed forms; so every product here is routed to a
// rank-2 matmul whose gradient transposes explicitly, wherever the shapes allow.
import * as tf from '@tensorflow/tfjs';
import type { DimsAgree, ErrorOf, FirstError, FormatDim, FormatShape, Shape, ShapeOf } from '../shapes/core.js';
import type { MatMul } from '../shapes/matmul.js';
import { broadcastShapes, formatShape, matMulShape, ShapeError } from '../shapes/rules.js';
import type { Device } from './backend.js';
import type { DeviceCheck, DTypeIs, SameDTypeCheck } from './checks.js';
import { deviceOf, expectDType, run, sameDType, wrap } from './internal.js';
import type { AnyTensor, DType, Tensor } from './tensor.js';

/**
 * a @ b for rank-2 operands, with a gradient made of rank-2, non-transposed products:
 * da = dy @ transpose(b), db = transpose(a) @ dy.
 */
export const matMul2d: (a: tf.Tensor, b: tf.Tensor) => tf.Tensor = tf.customGrad((...inputs) => {
  const [a, b, save] = inputs as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
  // Saved, not closed over: the forward pass frees its intermediates before the backward pass.
  save([a, b]);
  return {
    value: tf.matMul(a, b),
    gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
      const g = dy as tf.Tensor;
      const [sa, sb] = saved;
      return [tf.matMul(g, tf.transpose(sb)), tf.matMul(tf.transpose(sa), g)];
    },
  };
}) as (a: tf.Tensor, b: tf.Tensor) => tf.Tensor;

/** The raw product behind matMul and linear, picking the fast path where one exists. */
function product(a: tf.Tensor, b: tf.Tensor, transposeA: boolean, transposeB: boolean): tf.Tensor {
  const x = transposeA ? tf.transpose(a, swapLast(a.rank)) : a;
  const y = transposeB ? tf.transpose(b, swapLast(b.rank)) : b;
  if (x.rank === 2 && y.rank === 2) return matMul2d(x, y);
  if (y.rank === 2) {
    // [..., M, K] @ [K, N]: one rank-2 product over the flattened leading dims.
    const lead = x.shape.slice(0, -1);
    const flat = tf.reshape(x, [-1, ...x.shape.slice(-1)]);
    return tf.reshape(matMul2d(flat, y), [...lead, ...y.shape.slice(1)]);
  }
  // tfjs's BatchMatMul gradient does not sum over broadcast batch dims: expand them first, so
  // that broadcastTo's gradient does.
  const batch = broadcastShapes('matMul', x.shape.slice(0, -2), y.shape.slice(0, -2));
  const expand = (t: tf.Tensor): tf.Tensor =>
    (t.shape.slice(0, -2).join() === batch.join() ? t : tf.broadcastTo(t, [...batch, ...t.shape.slice(-2)]));
  return tf.matMul(expand(x), expand(y));
}
function swapLast(rank: number): number[] {
  const perm = Array.from({ length: rank }, (_, i) => i);
  [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1], perm[rank - 2]];
  return perm;
}

/**
 * The matrix product, tfjs's argument order: matMul(a, b, transposeA, transposeB). Batch dims
 * broadcast. The first signatures hold in generic code (same batch dims, a @ b^T, [..., M, K] @ [K, N]);
 * the last checks any product and prints the sentence. `matMul(zeros([3, 4]), zeros([3, 4]))` fails to compile: inner dimensions differ.
 */
export function matMul<L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
  a: Tensor<[...L, M, K], 'float32', Dev>, b: Tensor<[...L, NoInfer<K>, N], 'float32', NoInfer<Dev>>, transposeA?: false, transposeB?: false,
): Tensor<[...L, M, N], 'float32', Dev>;
export function matMul<L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
  a: Tensor<[...L, M, K], 'float32', Dev>, b: Tensor<[...L, N, NoInfer<K>], 'float32', NoInfer<Dev>>, transposeA: false, transposeB: true,
): Tensor<[...L, M, N], 'float32', Dev>;
export function matMul<L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
  a: Tensor<[...L, M, K], 'float32', Dev>, b: Tensor<[NoInfer<K>, N], 'float32', NoInfer<Dev>>, transposeA?: false, transposeB?: false,
): Tensor<[...L, M, N], 'float32', Dev>;
export function matMul<SA extends Shape, D extends DType, Dev extends Device, SB extends Shape, DB extends DType, DevB extends Device, TA extends boolean = false, TB extends boolean = false>(
  a: Tensor<SA, D, Dev> & DTypeIs<'matMul', D, 'float32'>,
  b: Tensor<SB, DB, DevB> & FirstError<[DeviceCheck<'matMul', Dev, DevB>, SameDTypeCheck<'matMul', D, DB>, ErrorOf<MatMul<SA, SB, TA, TB>>]>,
  transposeA?: TA, transposeB?: TB,
): Tensor<ShapeOf<MatMul<SA, SB, TA, TB>>, D, Dev>;
export function matMul(a: AnyTensor, b: AnyTensor, transposeA?: boolean, transposeB?: boolean): AnyTensor {
  deviceOf('matMul', a, b);
  expectDType('matMul', a, ['float32']);
  sameDType('matMul', a, b);
  const out = matMulShape(a.shape, b.shape, transposeA ?? false, transposeB ?? false);
  const raw = run(a.device, () => tf.tidy(() => product(a.raw, b.raw, transposeA ?? false, transposeB ?? false)));
  return wrap('matMul', raw, a.device, out, a.dtype);
}

type LinearShape<S extends Shape, W extends Shape> =
  S extends [...infer Lead extends Shape, infer In]
    ? W extends [infer WIn, infer Out extends number]
      ? DimsAgree<In, WIn> extends true ? [...Lead, Out]
      : `linear: input's last dim ${FormatDim<In>} does not match the weight ${FormatShape<W>} (expects ${FormatDim<WIn>})`
      : `linear: weight must be [in, out], got ${FormatShape<W>}`
    : `linear: input must have rank >= 1, got ${FormatShape<S>}`;
type BiasCheck<W extends Shape, SBias extends Shape> =
  W extends [unknown, infer Out] ? (SBias extends [infer O] ? (DimsAgree<O, Out> extends true ? unknown : `linear: bias ${FormatShape<SBias>} does not match the weight's output dim ${FormatDim<Out>}`) : `linear: bias must be [out], got ${FormatShape<SBias>}`) : unknown;

/**
 * x @ w (+ bias) over any leading dims: [...Batch, In] x [In, Out] -> [...Batch, Out]. The leading
 * dims are flattened so the product takes wasm's fast rank-2 path, forward and backward.
 */
export function linear<L extends Shape, In extends number, Out extends number, Dev extends Device>(
  x: Tensor<[...L, In], 'float32', Dev>, weight: Tensor<[NoInfer<In>, Out], 'float32', NoInfer<Dev>>, bias?: Tensor<[NoInfer<Out>], 'float32', NoInfer<Dev>>,
): Tensor<[...L, Out], 'float32', Dev>;
export function linear<S extends Shape, W extends Shape, Dev extends Device, DevW extends Device, SBias extends Shape = [], DevBias extends Device = Dev>(
  x: Tensor<S, 'float32', Dev>,
  weight: Tensor<W, 'float32', DevW> & FirstError<[DeviceCheck<'linear', Dev, DevW>, ErrorOf<LinearShape<S, W>>]>,
  bias?: Tensor<SBias, 'float32', DevBias> & FirstError<[DeviceCheck<'linear', Dev, DevBias>, BiasCheck<W, SBias>]>,
): Tensor<ShapeOf<LinearShape<S, W>>, 'float32', Dev>;
export function linear(x: AnyTensor, weight: AnyTensor, bias?: AnyTensor): AnyTensor {
  deviceOf('linear', x, weight, ...(bias ? [bias] : []));
  const xs = x.shape;
  const ws = weight.shape;
  if (xs.length < 1) throw new ShapeError(`linear: input must have rank >= 1, got ${formatShape(xs)}`);
  if (ws.length !== 2) throw new ShapeError(`linear: weight must be [in, out], got ${formatShape(ws)}`);
  if (xs[xs.length - 1] !== ws[0]) {
    throw new ShapeError(`linear: input's last dim ${xs[xs.length - 1]} does not match the weight ${formatShape(ws)} (expects ${ws[0]})`);
  }
  if (bias && (bias.shape.length !== 1 || bias.shape[0] !== ws[1])) {
    throw new ShapeError(`linear: bias ${formatShape(bias.shape)} does not match the weight's output dim ${ws[1]}`);
  }
  const out = [...xs.slice(0, -1), ws[1]];
  const raw = run(x.device, () => tf.tidy(() => {
    const flat = xs.length === 2 ? x.raw : tf.reshape(x.raw, [-1, ws[0]]);
    const y = matMul2d(flat, weight.raw);
    const withBias = bias ? tf.add(y, bias.raw) : y;
    return xs.length === 2 ? withBias : tf.reshape(withBias, out);
  }));
  return wrap('linear', raw, x.device, out, 'float32');
}
