// tile, pad, unstack, topk, multinomial and cumsum: values against plain tfjs on the default
// (wasm) device and on cpu, the run-time twins of the compile-time sentences, and flat tensor counts.
import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { closeValues, expectShapeError } from './helpers.js';

// Ops on cpu tensors leave tfjs on cpu; put the default back so each test starts alike.
afterEach(async () => {
  await tf.setBackend(st.getDefaultBackend());
});

/** Same shape, dtype and values as the tfjs tensor. */
function same(actual: st.AnyTensor, expected: tf.Tensor, tol = 1e-6): void {
  expect(actual.shape, 'shape').toEqual(expected.shape);
  expect(actual.dtype, 'dtype').toBe(expected.dtype);
  closeValues(actual.dataSync(), expected.dataSync(), tol);
}


const values = [[1.5, -2, 3], [0.25, 7, -1]];
const ints = [[3, -7, 0], [5, 2, 9]];

describe.each(['default', 'cpu'] as const)('values on the %s device equal tfjs', (device) => {
  const backend = device === 'default' ? 'wasm' : 'cpu';
  /** The reference, computed by tfjs with its global backend on the same backend. */
  const ref = async (fn: () => tf.Tensor): Promise<tf.Tensor> => {
    await tf.setBackend(backend);
    return fn();
  };
  const x = () => st.tensor(values, [2, 3], 'float32', device);
  const xi = () => st.tensor(ints, [2, 3], 'int32', device);

  it('tile', async () => {
    const t = st.tile(x(), [2, 3]);
    expect(t.device).toBe(device);
    same(t, await ref(() => tf.tile(tf.tensor(values), [2, 3])));
    same(st.tile(xi(), [1, 2]), await ref(() => tf.tile(tf.tensor(ints, [2, 3], 'int32'), [1, 2])));
    const b = st.tile(st.tensor([[true, false]], [1, 2], 'bool', device), [3, 1]);
    expect(b.arraySync()).toEqual([[true, false], [true, false], [true, false]]);
  });

  it('pad', async () => {
    same(st.pad(x(), [[1, 0], [2, 1]]), await ref(() => tf.pad(tf.tensor(values), [[1, 0], [2, 1]])));
    same(st.pad(x(), [[0, 2], [0, 0]], -3.5), await ref(() => tf.pad(tf.tensor(values), [[0, 2], [0, 0]], -3.5)));
    same(st.pad(xi(), [[1, 1], [1, 1]], 4), await ref(() => tf.pad(tf.tensor(ints, [2, 3], 'int32'), [[1, 1], [1, 1]], 4)));
  });

  it('unstack', async () => {
    const parts = st.unstack(x(), 1);
    expect(parts).toHaveLength(3);
    const expected = await ref(() => tf.stack(tf.unstack(tf.tensor(values), 1)));
    parts.forEach((p, i) => same(p, tf.unstack(expected)[i]));
    const [a, b] = st.unstack(xi());
    same(a, tf.tensor1d([3, -7, 0], 'int32'));
    same(b, tf.tensor1d([5, 2, 9], 'int32'));
  });

  it('topk: values and indices, sorted and not, ties keep the lower index first', async () => {
    const tied = [[1, 3, 3, 2, 0], [4, 4, 4, 1, 5]];
    const { values: v, indices: i } = st.topk(st.tensor(tied, [2, 5], 'float32', device), 3);
    const r = await ref(() => {
      const t = tf.topk(tf.tensor(tied), 3);
      return tf.stack([t.values, tf.cast(t.indices, 'float32')]);
    });
    const [rv, ri] = tf.unstack(r);
    same(v, rv);
    same(i, tf.cast(ri, 'int32'));
    expect(i.arraySync()).toEqual([[1, 2, 3], [4, 0, 1]]);
    const ti = st.topk(xi(), 2, false);
    const tr = await ref(() => tf.topk(tf.tensor(ints, [2, 3], 'int32'), 2, false).values);
    same(ti.values, tr);
  });

  it('multinomial: the draws of tf.multinomial with the same seed, and from the right distribution', async () => {
    const logits = [[0, 1, 2], [2, 0, -1]];
    const draws = st.multinomial(st.tensor(logits, [2, 3], 'float32', device), 5, 42);
    expect(draws.device).toBe(device);
    same(draws, await ref(() => tf.multinomial(tf.tensor2d(logits), 5, 42)));
    // 4000 draws from softmax([0, ln 3]) = [0.25, 0.75]: the share of class 1 is near 0.75.
    const many = st.multinomial(st.tensor([0, Math.log(3)], [2], 'float32', device), 4000, 7);
    const ones = many.dataSync().reduce((n, c) => n + c, 0);
    expect(ones / 4000).toBeGreaterThan(0.72);
    expect(ones / 4000).toBeLessThan(0.78);
    // A class of -Infinity logit is never drawn.
    const masked = st.multinomial(st.tensor([-Infinity, 0, -Infinity], [3], 'float32', device), 50, 3);
    expect([...masked.dataSync()].every((c) => c === 1)).toBe(true);
  });

  it('cumsum on every axis, exclusive and reverse', async () => {
    const t3 = st.randomNormal([2, 3, 4], 0, 1, 'float32', 5).to(device);
    for (const axis of [0, 1, 2, -1] as const) {
      for (const [exclusive, reverse] of [[false, false], [true, false], [false, true], [true, true]]) {
        const got = st.cumsum(t3, axis, exclusive, reverse);
        // The reference sums prefixes by hand (tfjs's cumsum runs off the last axis through its own transposes).
        const expected = await ref(() => prefixSums(t3.arraySync(), axis < 0 ? axis + 3 : axis, exclusive, reverse));
        same(got, expected, 1e-5);
      }
    }
    same(st.cumsum(xi(), 1), await ref(() => tf.cumsum(tf.tensor(ints, [2, 3], 'int32'), 1)));
  });
});

/** Prefix sums of a [a, b, c] array along axis, computed by loops. */
function prefixSums(x: number[][][], axis: number, exclusive: boolean, reverse: boolean): tf.Tensor {
  const dims = [x.length, x[0].length, x[0][0].length];
  const out = x.map((p) => p.map((q) => q.map(() => 0)));
  for (let i = 0; i < dims[0]; i++) {
    for (let j = 0; j < dims[1]; j++) {
      for (let k = 0; k < dims[2]; k++) {
        const at = [i, j, k];
        let total = 0;
        for (let m = 0; m < dims[axis]; m++) {
          const included = reverse ? (exclusive ? m > at[axis] : m >= at[axis]) : (exclusive ? m < at[axis] : m <= at[axis]);
          if (!included) continue;
          const src = [...at];
          src[axis] = m;
          total += x[src[0]][src[1]][src[2]];
        }
        out[i][j][k] = total;
      }
    }
  }
  return tf.tensor(out);
}

describe('run-time twins of the compile-time sentences', () => {
  // Each sentence is typed with the compiler's own rule for literal dims, so it is exactly what tsc prints.
  const tileSentence: st.Tile<[2, 3], [2]> = 'tile: reps [2] has 1 entries but [2, 3] has rank 2';
  const tileNegative: st.Tile<[2, 3], [2, -1]> = 'tile: rep -1 at axis 1 is negative';
  const tileFraction: st.Tile<[2, 3], [1.5, 1]> = 'tile: rep 1.5 at axis 0 is not an integer';
  const padSentence: st.Pad<[2, 3], [[1, 1]]> = 'pad: paddings have 1 pairs but [2, 3] has rank 2';
  const padNegative: st.Pad<[2, 3], [[0, 0], [1, -2]]> = 'pad: padding -2 at axis 1 is negative';
  const unstackSentence: st.Unstack<[2, 3], 2> = 'unstack: axis 2 is out of range for [2, 3]';
  const topkSentence: st.TopKFits<[2, 3], 4> = 'topk: k 4 is larger than the last dim 3 of [2, 3]';
  const topkScalar: st.TopK<[], 1> = 'topk: x must have rank >= 1, got []';
  const multinomialSentence: st.Multinomial<[2, 3, 4], 1> = 'multinomial: logits must be [classes] or [batch, classes], got [2, 3, 4]';

  /** A float tensor whose type knows neither its rank nor its dims. */
  const dynamic = (shape: number[]): st.Tensor<number[]> => st.zeros(shape);

  it('throw ShapeError with the same sentence for shapes the compiler cannot see', () => {
    expectShapeError(() => st.tile(dynamic([2, 3]), [2]), tileSentence);
    expectShapeError(() => st.tile(dynamic([2, 3]), [2, -1]), tileNegative);
    expectShapeError(() => st.tile(dynamic([2, 3]), [1.5, 1]), tileFraction);
    expectShapeError(() => st.pad(dynamic([2, 3]), [[1, 1]]), padSentence);
    expectShapeError(() => st.pad(dynamic([2, 3]), [[0, 0], [1, -2]]), padNegative);
    expectShapeError(() => st.unstack(dynamic([2, 3]), 2), unstackSentence);
    expectShapeError(() => st.topk(dynamic([2, 3]), 4), topkSentence);
    expectShapeError(() => st.topk(dynamic([]), 1), topkScalar);
    expectShapeError(() => st.multinomial(dynamic([2, 3, 4]), 1), multinomialSentence);
    expectShapeError(() => st.cumsum(dynamic([2, 3]), -3), 'cumsum: axis -3 is out of range for [2, 3]');
    // @ts-expect-error multinomial: numSamples must be a positive integer, got 0 (the compiler's sentence too)
    expectShapeError(() => st.multinomial(dynamic([4]), 0), 'multinomial: numSamples must be a positive integer, got 0');
  });
});

describe('tensor counts stay flat', () => {
  it('forward and backward of every new op, repeated', () => {
    const x = st.randomNormal([3, 4], 0, 1, 'float32', 9);
    const step = (): void => {
      const { value, grads } = st.valueAndGrads((t: st.Tensor<[3, 4]>) => {
        const [a] = st.unstack(st.pad(st.tile(t, [2, 1]), [[1, 0], [0, 2]]));
        return st.sum(st.mul(st.topk(st.cumsum(t, 1), 2).values, st.sum(a)));
      }, [x] as const);
      const draws = st.multinomial(x, 3, 1);
      st.dispose([value, grads, draws, st.topk(x, 1)]);
    };
    step();
    const warm = st.memory().numTensors;
    for (let i = 0; i < 4; i++) {
      step();
      expect(st.memory().numTensors).toBe(warm);
    }
    x.dispose();
  });
});
