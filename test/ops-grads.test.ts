// Gradients of every differentiable op against plain tf.grads of the equivalent tfjs function, on
// the default (wasm) device and on cpu; finite differences for the custom gradients (gather,
// matMul); variableGrads over a record of variables.
import * as tf from '@tensorflow/tfjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { closeValues } from './helpers.js';

// Ops on cpu tensors leave tfjs on cpu; put the default back so each test starts alike.
afterEach(async () => {
  await tf.setBackend(st.getDefaultBackend());
});

/** A float tensor of a given shape on whichever device a case runs. */
type T<S extends st.Shape> = st.Tensor<S, 'float32', st.Device>;
type AnyFloat = st.Tensor<st.Shape, 'float32', st.Device, st.Kind>;


/** Runs fn with tfjs's global backend set to name, then puts the previous one back. */
async function onTf<R>(name: string, fn: () => R): Promise<R> {
  const previous = tf.getBackend();
  await tf.setBackend(name);
  try {
    return fn();
  } finally {
    await tf.setBackend(previous);
  }
}

/** A fixed pseudo-random weight of shape `shape` (the same numbers in tfjs and shapetype). */
const WEIGHT_SEED = 99;
/** sum(y * w) for a fixed random w: a scalar loss whose gradient by y is w, not all ones. */
function lossOf(y: AnyFloat): st.Loss {
  const w = st.randomNormal(y.shape, 0, 1, 'float32', WEIGHT_SEED, y.device);
  return st.reshape(st.sum(st.mul(y, w)), []);
}
function tfLossOf(y: tf.Tensor): tf.Scalar {
  return tf.sum(tf.mul(y, tf.randomNormal(y.shape, 0, 1, 'float32', WEIGHT_SEED)));
}

/** A copy of x that the gradient tape does not connect to x. */
function offTape(x: tf.Tensor): tf.Tensor {
  return tf.tensor(x.dataSync(), x.shape, x.dtype);
}

interface Input {
  shape: number[];
  values: Float32Array;
}
function input(shape: number[], seed: number, positive: boolean): Input {
  const values = tf.tidy(() => tf.randomNormal(shape, 0, 1, 'float32', seed).dataSync() as Float32Array);
  return { shape, values: positive ? values.map((v) => Math.abs(v) + 0.5) : values };
}

interface GradCase {
  name: string;
  shapes: number[][];
  st: (...xs: AnyFloat[]) => st.Loss;
  tf: (...xs: tf.Tensor[]) => tf.Tensor;
  positive: boolean;
  /** Where the tfjs reference runs when tfjs itself lacks the gradient kernel on wasm. */
  refOnCpu: boolean;
}
/** A case with typed arguments: the shapes in `shapes` must be those the st function declares. */
function gradCase<const Xs extends readonly AnyFloat[]>(
  name: string, shapes: number[][], stFn: (...xs: Xs) => st.Loss, tfFn: (...xs: tf.Tensor[]) => tf.Tensor,
  options: { positive?: boolean; refOnCpu?: boolean } = {},
): GradCase {
  return { name, shapes, st: stFn as unknown as GradCase['st'], tf: tfFn, positive: options.positive ?? false, refOnCpu: options.refOnCpu ?? false };
}

// Constants used inside the functions (made per device where shapetype needs them).
const labels4 = [0, 4, 2, 2];
const labels23 = [[5, 0, 1], [2, 2, 3]];
const condValues = [[true, false, true, true], [false, false, true, false], [true, true, false, true]];
const gatherIdx = [[4, 0], [4, 2], [1, 4]];

const unary: [string, (x: T<[3, 4]>) => T<[3, 4]>, (x: tf.Tensor) => tf.Tensor, boolean][] = [
  ['neg', st.neg, tf.neg, false], ['abs', st.abs, tf.abs, false], ['square', st.square, tf.square, false],
  ['relu', st.relu, tf.relu, false], ['exp', st.exp, tf.exp, false], ['log', st.log, tf.log, true],
  ['sqrt', st.sqrt, tf.sqrt, true], ['rsqrt', st.rsqrt, tf.rsqrt, true], ['sigmoid', st.sigmoid, tf.sigmoid, false],
  ['tanh', st.tanh, tf.tanh, false], ['sin', st.sin, tf.sin, false], ['cos', st.cos, tf.cos, false],
  ['silu', st.silu, (x) => tf.mul(x, tf.sigmoid(x)), false],
  ['gelu', st.gelu, (x) => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.tanh(tf.mul(Math.sqrt(2 / Math.PI), tf.add(x, tf.mul(0.044715, tf.pow(x, 3))))))), false],
];
const binary: [string, typeof st.add, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor, boolean][] = [
  ['add', st.add, tf.add, false], ['sub', st.sub, tf.sub, false], ['mul', st.mul, tf.mul, false], ['div', st.div, tf.div, true],
  ['pow', st.pow, tf.pow, true], ['maximum', st.maximum, tf.maximum, false], ['minimum', st.minimum, tf.minimum, false],
  ['squaredDifference', st.squaredDifference, tf.squaredDifference, false],
];
/**
 * Both operands expanded to their broadcast shape: the tfjs equivalent whose gradient is right
 * (tfjs's own maximum, minimum and squaredDifference gradients do not sum over broadcast dims).
 */
function broadcastBoth(a: tf.Tensor, b: tf.Tensor): [tf.Tensor, tf.Tensor] {
  const shape = tf.broadcast_util.assertAndGetBroadcastShape(a.shape, b.shape);
  return [tf.broadcastTo(a, shape), tf.broadcastTo(b, shape)];
}
const reductions: [string, typeof st.sum, (x: tf.Tensor, axis?: number | number[], keepDims?: boolean) => tf.Tensor][] = [
  ['sum', st.sum, tf.sum], ['mean', st.mean, tf.mean], ['max', st.max, tf.max], ['min', st.min, tf.min],
  ['prod', st.prod, tf.prod], ['logSumExp', st.logSumExp, tf.logSumExp],
];

const cases: GradCase[] = [
  ...unary.map(([name, stFn, tfFn, positive]) =>
    gradCase(name, [[3, 4]], (x: T<[3, 4]>) => lossOf(stFn(x)), (x) => tfLossOf(tfFn(x)), { positive })),
  ...binary.flatMap(([name, stFn, tfFn, positive]) => [
    gradCase(`${name} same shape`, [[3, 4], [3, 4]], (a: T<[3, 4]>, b: T<[3, 4]>) => lossOf(stFn(a, b)), (a, b) => tfLossOf(tfFn(a, b)), { positive }),
    gradCase(`${name} broadcast [2,3,4] with [3,1]`, [[2, 3, 4], [3, 1]], (a: T<[2, 3, 4]>, b: T<[3, 1]>) => lossOf(stFn(a, b)),
      (a, b) => tfLossOf(tfFn(...broadcastBoth(a, b))), { positive }),
    gradCase(`${name} broadcast [4] with [2,3,4]`, [[4], [2, 3, 4]], (a: T<[4]>, b: T<[2, 3, 4]>) => lossOf(stFn(a, b)),
      (a, b) => tfLossOf(tfFn(...broadcastBoth(a, b))), { positive }),
    gradCase(`${name} with a JS number`, [[3, 4]], (a: T<[3, 4]>) => lossOf(stFn(a, 0.7)), (a) => tfLossOf(tfFn(a, tf.scalar(0.7))), { positive }),
  ]),
  gradCase('clipByValue', [[3, 4]], (x: T<[3, 4]>) => lossOf(st.clipByValue(x, -0.5, 0.7)), (x) => tfLossOf(tf.clipByValue(x, -0.5, 0.7))),
  gradCase('where (broadcast branches)', [[3, 4], [1, 4]],
    (a: T<[3, 4]>, b: T<[1, 4]>) => lossOf(st.where(st.tensor(condValues, [3, 4], 'bool', a.device), a, b)),
    (a, b) => tfLossOf(tf.where(tf.tensor(condValues, [3, 4], 'bool'), a, tf.broadcastTo(b, [3, 4])))),
  gradCase('dropout (seeded)', [[8, 8]], (x: T<[8, 8]>) => lossOf(st.dropout(x, 0.5, 5)), (x) => tfLossOf(tf.dropout(x, 0.5, undefined, 5))),
  // matMul, every variant.
  gradCase('matMul [3,4]@[4,5]', [[3, 4], [4, 5]], (a: T<[3, 4]>, b: T<[4, 5]>) => lossOf(st.matMul(a, b)), (a, b) => tfLossOf(tf.matMul(a, b))),
  gradCase('matMul transposeA', [[4, 3], [4, 5]], (a: T<[4, 3]>, b: T<[4, 5]>) => lossOf(st.matMul(a, b, true)),
    (a, b) => tfLossOf(tf.matMul(a, b, true, false))),
  gradCase('matMul transposeB', [[3, 4], [5, 4]], (a: T<[3, 4]>, b: T<[5, 4]>) => lossOf(st.matMul(a, b, false, true)),
    (a, b) => tfLossOf(tf.matMul(a, b, false, true))),
  gradCase('matMul transposeA and transposeB', [[4, 3], [5, 4]], (a: T<[4, 3]>, b: T<[5, 4]>) => lossOf(st.matMul(a, b, true, true)),
    (a, b) => tfLossOf(tf.matMul(a, b, true, true))),
  gradCase('matMul batched [2,3,4]@[2,4,5]', [[2, 3, 4], [2, 4, 5]], (a: T<[2, 3, 4]>, b: T<[2, 4, 5]>) => lossOf(st.matMul(a, b)),
    (a, b) => tfLossOf(tf.matMul(a, b))),
  gradCase('matMul batched, transposeB', [[2, 3, 4], [2, 5, 4]], (a: T<[2, 3, 4]>, b: T<[2, 5, 4]>) => lossOf(st.matMul(a, b, false, true)),
    (a, b) => tfLossOf(tf.matMul(a, b, false, true))),
  gradCase('matMul batched, transposeA', [[2, 4, 3], [2, 4, 5]], (a: T<[2, 4, 3]>, b: T<[2, 4, 5]>) => lossOf(st.matMul(a, b, true)),
    (a, b) => tfLossOf(tf.matMul(a, b, true, false))),
  gradCase('matMul 3-D @ 2-D', [[2, 3, 4], [4, 5]], (a: T<[2, 3, 4]>, b: T<[4, 5]>) => lossOf(st.matMul(a, b)),
    (a, b) => tfLossOf(tf.matMul(a, tf.broadcastTo(b, [2, 4, 5])))),
  gradCase('matMul 3-D @ 2-D, transposeA and transposeB', [[2, 4, 3], [5, 4]], (a: T<[2, 4, 3]>, b: T<[5, 4]>) => lossOf(st.matMul(a, b, true, true)),
    (a, b) => tfLossOf(tf.matMul(a, tf.broadcastTo(b, [2, 5, 4]), true, true))),
  gradCase('matMul 4-D @ 2-D', [[2, 2, 3, 4], [4, 5]], (a: T<[2, 2, 3, 4]>, b: T<[4, 5]>) => lossOf(st.matMul(a, b)),
    (a, b) => tfLossOf(tf.matMul(a, tf.broadcastTo(b, [2, 2, 4, 5])))),
  gradCase('matMul broadcast batch [1,3,4]@[2,4,5]', [[1, 3, 4], [2, 4, 5]], (a: T<[1, 3, 4]>, b: T<[2, 4, 5]>) => lossOf(st.matMul(a, b)),
    (a, b) => tfLossOf(tf.matMul(tf.broadcastTo(a, [2, 3, 4]), b))),
  gradCase('matMul 2-D @ 3-D [3,4]@[2,4,5]', [[3, 4], [2, 4, 5]], (a: T<[3, 4]>, b: T<[2, 4, 5]>) => lossOf(st.matMul(a, b)),
    (a, b) => tfLossOf(tf.matMul(tf.broadcastTo(a, [2, 3, 4]), b))),
  // linear on rank 3 input.
  gradCase('linear rank 3 with bias', [[2, 3, 4], [4, 6], [6]], (x: T<[2, 3, 4]>, w: T<[4, 6]>, b: T<[6]>) => lossOf(st.linear(x, w, b)),
    (x, w, b) => tfLossOf(tf.add(tf.matMul(x, tf.broadcastTo(w, [2, 4, 6])), b))),
  gradCase('linear rank 3 without bias', [[2, 3, 4], [4, 6]], (x: T<[2, 3, 4]>, w: T<[4, 6]>) => lossOf(st.linear(x, w)),
    (x, w) => tfLossOf(tf.matMul(x, tf.broadcastTo(w, [2, 4, 6])))),
  gradCase('linear rank 2 with bias', [[3, 4], [4, 6], [6]], (x: T<[3, 4]>, w: T<[4, 6]>, b: T<[6]>) => lossOf(st.linear(x, w, b)),
    (x, w, b) => tfLossOf(tf.add(tf.matMul(x, w), b))),
  // Shape ops.
  gradCase('reshape', [[2, 3, 4]], (x: T<[2, 3, 4]>) => lossOf(st.reshape(x, [4, -1])), (x) => tfLossOf(tf.reshape(x, [4, 6]))),
  gradCase('transpose', [[2, 3, 4]], (x: T<[2, 3, 4]>) => lossOf(st.transpose(x, [2, 0, 1])), (x) => tfLossOf(tf.transpose(x, [2, 0, 1]))),
  gradCase('expandDims and squeeze', [[3, 4]], (x: T<[3, 4]>) => lossOf(st.squeeze(st.expandDims(x, 1), [1])), (x) => tfLossOf(x)),
  gradCase('concat', [[2, 3], [2, 5]], (a: T<[2, 3]>, b: T<[2, 5]>) => lossOf(st.concat([a, b, a], 1)), (a, b) => tfLossOf(tf.concat([a, b, a], 1))),
  gradCase('stack', [[3, 4], [3, 4]], (a: T<[3, 4]>, b: T<[3, 4]>) => lossOf(st.stack([a, b], 1)), (a, b) => tfLossOf(tf.stack([a, b], 1))),
  gradCase('split', [[2, 6]], (x: T<[2, 6]>) => {
    const [p, q] = st.split(x, [2, 4], 1);
    return st.add(lossOf(p), st.mul(lossOf(st.square(q)), 0.5));
  }, (x) => {
    const [p, q] = tf.split(x, [2, 4], 1);
    return tf.add(tfLossOf(p), tf.mul(tfLossOf(tf.square(q)), 0.5));
  }),
  gradCase('slice', [[3, 5]], (x: T<[3, 5]>) => lossOf(st.slice(x, [1, 1], [2, 3])), (x) => tfLossOf(tf.slice(x, [1, 1], [2, 3]))),
  gradCase('gather axis 0 (repeated indices)', [[5, 3]],
    (x: T<[5, 3]>) => lossOf(st.gather(x, st.tensor(gatherIdx, [3, 2], 'int32', x.device))),
    (x) => tfLossOf(tf.gather(x, tf.tensor(gatherIdx, [3, 2], 'int32'))), { refOnCpu: true }),
  gradCase('gather axis 1', [[3, 5]],
    (x: T<[3, 5]>) => lossOf(st.gather(x, st.tensor(gatherIdx, [3, 2], 'int32', x.device), 1)),
    (x) => tfLossOf(tf.gather(x, tf.tensor(gatherIdx, [3, 2], 'int32'), 1)), { refOnCpu: true }),
  gradCase('gather axis 1 of rank 3', [[2, 5, 3]],
    (x: T<[2, 5, 3]>) => lossOf(st.gather(x, st.tensor([4, 4, 0], [3], 'int32', x.device), 1)),
    (x) => tfLossOf(tf.gather(x, tf.tensor1d([4, 4, 0], 'int32'), 1)), { refOnCpu: true }),
  gradCase('repeatInterleave axis 1 of rank 3', [[2, 3, 4]], (x: T<[2, 3, 4]>) => lossOf(st.repeatInterleave(x, 2, 1)),
    (x) => tfLossOf(tf.reshape(tf.tile(tf.expandDims(x, 2), [1, 1, 2, 1]), [2, 6, 4]))),
  gradCase('repeatInterleave last axis', [[3, 4]], (x: T<[3, 4]>) => lossOf(st.repeatInterleave(x, 3, -1)),
    (x) => tfLossOf(tf.reshape(tf.tile(tf.expandDims(x, 2), [1, 1, 3]), [3, 12]))),
  // tile, pad, unstack, topk, cumsum.
  gradCase('tile', [[2, 3]], (x: T<[2, 3]>) => lossOf(st.tile(x, [2, 3])), (x) => tfLossOf(tf.tile(x, [2, 3]))),
  gradCase('tile rank 3', [[2, 3, 2]], (x: T<[2, 3, 2]>) => lossOf(st.tile(x, [1, 2, 3])), (x) => tfLossOf(tf.tile(x, [1, 2, 3]))),
  gradCase('pad', [[2, 3]], (x: T<[2, 3]>) => lossOf(st.pad(x, [[1, 2], [0, 3]], 0.5)), (x) => tfLossOf(tf.pad(x, [[1, 2], [0, 3]], 0.5))),
  gradCase('unstack axis 1', [[2, 3, 4]], (x: T<[2, 3, 4]>) => {
    const [a, b, c] = st.unstack(x, 1);
    return st.add(st.add(lossOf(a), lossOf(st.square(b))), st.mul(lossOf(c), 3));
  }, (x) => {
    const [a, b, c] = tf.unstack(x, 1);
    return tf.add(tf.add(tfLossOf(a), tfLossOf(tf.square(b))), tf.mul(tfLossOf(c), 3));
  }),
  // tfjs has no TopK gradient: the reference picks the same entries with a one-hot product (the
  // indices from a copy of x's values, off the tape).
  gradCase('topk values', [[3, 5]], (x: T<[3, 5]>) => lossOf(st.topk(x, 2).values), (x) => {
    const picks = tf.oneHot(tf.topk(offTape(x), 2).indices, 5, 1, 0, 'int32').toFloat();
    return tfLossOf(tf.sum(tf.mul(tf.expandDims(x, 1), picks), -1));
  }),
  gradCase('topk values, rank 3, unsorted', [[2, 2, 6]], (x: T<[2, 2, 6]>) => lossOf(st.topk(x, 3, false).values), (x) => {
    const picks = tf.oneHot(tf.topk(offTape(x), 3, false).indices, 6, 1, 0, 'int32').toFloat();
    return tfLossOf(tf.sum(tf.mul(tf.expandDims(x, 2), picks), -1));
  }),
  gradCase('cumsum', [[3, 4]], (x: T<[3, 4]>) => lossOf(st.cumsum(x, 1)), (x) => tfLossOf(tf.cumsum(x, 1))),
  // tfjs's own Cumsum gradient is wrong off the last axis; the reference is a product with the
  // strictly upper triangular matrix (out[i] = sum of x[j] for j > i).
  gradCase('cumsum axis 0, exclusive, reverse', [[3, 2, 4]], (x: T<[3, 2, 4]>) => lossOf(st.cumsum(x, 0, true, true)),
    (x) => tfLossOf(tf.reshape(tf.matMul(tf.tensor2d([[0, 1, 1], [0, 0, 1], [0, 0, 0]]), tf.reshape(x, [3, 8])), [3, 2, 4]))),
  // softmax family and the loss.
  gradCase('softmax', [[3, 5]], (x: T<[3, 5]>) => lossOf(st.softmax(x)), (x) => tfLossOf(tf.softmax(x))),
  gradCase('softmax along axis 0', [[3, 5]], (x: T<[3, 5]>) => lossOf(st.softmax(x, 0)),
    (x) => tfLossOf(tf.exp(tf.sub(x, tf.logSumExp(x, 0, true))))),
  gradCase('logSoftmax', [[3, 5]], (x: T<[3, 5]>) => lossOf(st.logSoftmax(x)), (x) => tfLossOf(tf.logSoftmax(x))),
  gradCase('logSoftmax along axis 1 of rank 3', [[2, 3, 4]], (x: T<[2, 3, 4]>) => lossOf(st.logSoftmax(x, 1)),
    (x) => tfLossOf(tf.sub(x, tf.logSumExp(x, 1, true)))),
  gradCase('sparseSoftmaxCrossEntropy mean', [[4, 5]],
    (x: T<[4, 5]>) => st.sparseSoftmaxCrossEntropy(x, st.tensor(labels4, [4], 'int32', x.device)),
    (x) => tf.losses.softmaxCrossEntropy(tf.cast(tf.oneHot(tf.tensor1d(labels4, 'int32'), 5), 'float32'), x)),
  gradCase('sparseSoftmaxCrossEntropy none, rank 3', [[2, 3, 6]],
    (x: T<[2, 3, 6]>) => lossOf(st.sparseSoftmaxCrossEntropy(x, st.tensor(labels23, [2, 3], 'int32', x.device), 'none')),
    (x) => tfLossOf(tf.sub(tf.logSumExp(x, -1), tf.sum(tf.mul(x, tf.cast(tf.oneHot(tf.tensor2d(labels23, [2, 3], 'int32'), 6), 'float32')), -1)))),
  // Reductions.
  ...reductions.flatMap(([name, stFn, tfFn]) => [
    gradCase(`${name} over all`, [[2, 3, 4]], (x: T<[2, 3, 4]>) => st.mul(stFn(x), 1.5), (x) => tf.mul(tfFn(x), 1.5)),
    gradCase(`${name} over axis 1`, [[2, 3, 4]], (x: T<[2, 3, 4]>) => lossOf(stFn(x, 1)), (x) => tfLossOf(tfFn(x, 1))),
    gradCase(`${name} over [0, -1], keepDims`, [[2, 3, 4]], (x: T<[2, 3, 4]>) => lossOf(stFn(x, [0, -1], true)), (x) => tfLossOf(tfFn(x, [0, 2], true))),
  ]),
];

describe.each(['default', 'cpu'] as const)('gradients on the %s device equal tf.grads', (device) => {
  const backend = device === 'default' ? 'wasm' : 'cpu';

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const inputs = c.shapes.map((shape, i) => input(shape, 1000 + 17 * i + shape.length, c.positive));
    const xs = inputs.map((inp) => st.tensor(inp.values, inp.shape).to(device));
    const { value, grads } = st.valueAndGrads(c.st, xs);
    expect(value.device).toBe(device);
    for (const [i, g] of grads.entries()) {
      expect(g.shape, `grad ${i} shape`).toEqual(c.shapes[i]);
      expect(g.dtype).toBe('float32');
      expect(g.device).toBe(device);
    }
    const refBackend = c.refOnCpu ? 'cpu' : backend;
    const ref = await onTf(refBackend, () => tf.tidy(() => {
      const ts = inputs.map((inp) => tf.tensor(inp.values, inp.shape));
      const r = tf.valueAndGrads((...args: tf.Tensor[]) => c.tf(...args) as tf.Scalar)(ts);
      return { value: r.value.dataSync()[0], grads: r.grads.map((g) => g.dataSync().slice()) };
    }));
    closeValues([value.item()], [ref.value], 1e-5, 'value');
    grads.forEach((g, i) => closeValues(g.dataSync(), ref.grads[i], 2e-5, `grad ${i}`));
    // Every case has a gradient that is not identically zero, so a dropped gradient would fail.
    expect(grads.some((g) => g.dataSync().some((v) => v !== 0))).toBe(true);
    st.dispose([value, grads, xs]);
  });
});

describe('grad, valueAndGrad, grads (one-argument forms)', () => {
  it('agree with tf.grad and tf.valueAndGrad', () => {
    const x = st.randomNormal([3, 4], 0, 1, 'float32', 7);
    const f = (t: st.Tensor<[3, 4]>) => st.sum(st.mul(st.tanh(t), t));
    const tfF = (t: tf.Tensor) => tf.sum(tf.mul(tf.tanh(t), t));
    const g = st.grad(f)(x);
    expect(g.shape).toEqual([3, 4]);
    closeValues(g.dataSync(), tf.grad(tfF)(x.raw).dataSync(), 1e-5, 'grad');
    const vg = st.valueAndGrad(f)(x);
    const ref = tf.valueAndGrad(tfF)(x.raw);
    closeValues([vg.value.item()], ref.value.dataSync(), 1e-5, 'value');
    closeValues(vg.grad.dataSync(), ref.grad.dataSync(), 1e-5, 'grad');
    const [ga, gb] = st.grads((a: st.Tensor<[3, 4]>, b: st.Tensor<[4]>) => st.sum(st.mul(a, b)), [x, st.ones([4])] as const);
    expect(ga.shape).toEqual([3, 4]);
    expect(gb.shape).toEqual([4]);
    closeValues(gb.dataSync(), tf.sum(x.raw, 0).dataSync(), 1e-5, 'grad of the broadcast operand');
    expect(() => st.grads((a: st.Tensor<[3, 4]>) => st.sum(a, 0) as unknown as st.Loss, [x] as const))
      .toThrow('grads: the function must return a scalar loss (shape []), got [4]');
  });
});

describe('gradients with the cpu backend as the default (st.setBackend)', () => {
  beforeAll(async () => {
    expect(await st.setBackend('cpu')).toBe('cpu');
  });
  afterAll(async () => {
    expect(await st.setBackend('wasm')).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
  });

  it('matMul, gather and the loss differentiate on cpu and match tf.grads there', async () => {
    expect(st.getDefaultBackend()).toBe('cpu');
    const w = st.randomNormal([6, 4], 0, 1, 'float32', 3);
    const emb = st.randomNormal([7, 6], 0, 1, 'float32', 4);
    const ids = st.tensor([[1, 6, 1], [0, 2, 3]], [2, 3], 'int32');
    const labels = st.tensor([[0, 3, 1], [2, 2, 0]], [2, 3], 'int32');
    const f = (e: st.Tensor<[7, 6]>, m: st.Tensor<[6, 4]>) => st.sparseSoftmaxCrossEntropy(st.matMul(st.gather(e, ids), m), labels);
    const [ge, gw] = st.grads(f, [emb, w] as const);
    expect(ge.backend).toBe('cpu');
    expect(gw.backend).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    const ref = await onTf('cpu', () => tf.grads((e: tf.Tensor, m: tf.Tensor) =>
      tf.losses.softmaxCrossEntropy(tf.cast(tf.oneHot(labels.raw, 4), 'float32'), tf.matMul(tf.gather(e, ids.raw), tf.broadcastTo(m, [2, 6, 4]))))([emb.raw, w.raw]));
    closeValues(ge.dataSync(), ref[0].dataSync(), 1e-5, 'embedding grad');
    closeValues(gw.dataSync(), ref[1].dataSync(), 1e-5, 'weight grad');
  });
});

describe('finite differences for the custom gradients', () => {
  /**
   * Central differences of L(x) = sum(w * out(x)^2), computed in float64 from float32 outputs. out
   * is linear in each input here (gather; matMul in one operand), so L is quadratic in each element
   * and a central difference is exact up to rounding, even with a large step.
   */
  function finiteDifference(x: st.Tensor<st.Shape>, out: (x: st.Tensor<st.Shape>) => st.Tensor<st.Shape>, w: Float32Array, eps = 0.5): number[] {
    const base = x.dataSync().slice();
    const lossAt = (values: Float32Array): number => {
      const y = st.tidy(() => out(st.tensor(values, x.shape)).dataSync());
      let total = 0;
      for (let i = 0; i < y.length; i++) total += w[i] * y[i] * y[i];
      return total;
    };
    return Array.from(base, (_, j) => {
      const plus = base.slice();
      const minus = base.slice();
      plus[j] += eps;
      minus[j] -= eps;
      return (lossAt(plus) - lossAt(minus)) / (2 * eps);
    });
  }
  function analytic(x: st.Tensor<st.Shape>, out: (x: st.Tensor<st.Shape>) => st.Tensor<st.Shape>, w: Float32Array): Float32Array {
    return st.tidy(() => {
      const [g] = st.grads((t: st.Tensor<st.Shape>) => {
        const y = out(t);
        return st.reshape(st.sum(st.mul(st.square(y), st.tensor(w, y.shape))), []);
      }, [x] as const);
      return g.dataSync();
    });
  }
  const weights = (n: number, seed: number): Float32Array => tf.tidy(() => tf.randomUniform([n], 0.5, 1.5, 'float32', seed).dataSync() as Float32Array);

  it('gather along axis 0 and 1 (repeated indices accumulate)', () => {
    const x = st.randomNormal([5, 3], 0, 1, 'float32', 21);
    const idx = st.tensor([[1, 4], [1, 0], [1, 3]], [3, 2], 'int32');
    const out0 = (t: st.Tensor<st.Shape>) => st.gather(t, idx);
    const w0 = weights(3 * 2 * 3, 1);
    closeValues(analytic(x, out0, w0), finiteDifference(x, out0, w0), 1e-4, 'gather axis 0');
    const idx1 = st.tensor([2, 0, 2, 2], [4], 'int32');
    const out1 = (t: st.Tensor<st.Shape>) => st.gather(t, idx1, 1);
    const w1 = weights(5 * 4, 2);
    const g1 = analytic(x, out1, w1);
    closeValues(g1, finiteDifference(x, out1, w1), 1e-4, 'gather axis 1');
    // Column 1 is never picked: its gradient is exactly zero.
    for (let r = 0; r < 5; r++) expect(g1[r * 3 + 1]).toBe(0);
  });

  it('matMul (rank 2, transposed, and the flattened 3-D @ 2-D path) by each operand', () => {
    const variants: [number[], number[], boolean, boolean][] = [
      [[3, 4], [4, 5], false, false], [[4, 3], [5, 4], true, true], [[2, 3, 4], [4, 5], false, false], [[2, 3, 4], [5, 4], false, true],
    ];
    variants.forEach(([sa, sb, ta, tb], k) => {
      const a = st.randomNormal(sa, 0, 1, 'float32', 30 + k);
      const b = st.randomNormal(sb, 0, 1, 'float32', 40 + k);
      const outShape = st.matMul(a, b, ta, tb).shape;
      const w = weights(outShape.reduce((p, d) => p * d, 1), 50 + k);
      const byA = (t: st.Tensor<st.Shape>) => st.matMul(t, b, ta, tb);
      const byB = (t: st.Tensor<st.Shape>) => st.matMul(a, t, ta, tb);
      closeValues(analytic(a, byA, w), finiteDifference(a, byA, w), 1e-4, `matMul ${k} by a`);
      closeValues(analytic(b, byB, w), finiteDifference(b, byB, w), 1e-4, `matMul ${k} by b`);
    });
  });
});

describe('variableGrads', () => {
  it('gives the gradient of each variable of a record, keyed like the record', () => {
    const w = st.variable(st.randomNormal([4, 3], 0, 1, 'float32', 61));
    const b = st.variable(st.randomNormal([3], 0, 1, 'float32', 62));
    const x = st.randomNormal([5, 4], 0, 1, 'float32', 63);
    const labels = st.tensor([0, 2, 1, 1, 0], [5], 'int32');
    const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(st.linear(x, w, b), labels), { w, b });
    expect(Object.keys(grads).sort()).toEqual(['b', 'w']);
    expect(grads.w.shape).toEqual([4, 3]);
    expect(grads.b.shape).toEqual([3]);
    expect(value.shape).toEqual([]);
    const ref = tf.variableGrads(() =>
      tf.losses.softmaxCrossEntropy(tf.cast(tf.oneHot(labels.raw, 3), 'float32'), tf.add(tf.matMul(x.raw, w.raw), b.raw)) as tf.Scalar, [w.raw, b.raw]);
    closeValues([value.item()], ref.value.dataSync(), 1e-5, 'value');
    closeValues(grads.w.dataSync(), ref.grads[w.name].dataSync(), 1e-5, 'w');
    closeValues(grads.b.dataSync(), ref.grads[b.name].dataSync(), 1e-5, 'b');
    st.dispose([w, b, value, grads]);
  });
});
