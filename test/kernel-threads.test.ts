// The matmul kernel's two-thread path against its one-thread path: the split (by batch entries, or
// by rows of one product; A plain or transposed; broadcast batches) must give the same bits, and the
// hand-off must hold over many products in a row (the first design's hand-off could read a result
// before the worker wrote it). Also one loss + gradient of a small model, both ways, bit for bit.
import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { createLlama } from '../src/llama/model.js';
import { batchMatMulRaw, kernelInfo, stallWorkerForTesting, useSecondThread } from '../src/ops/kernels.js';
import { seededRandom } from './helpers.js';

afterEach(() => {
  useSecondThread(true);
  stallWorkerForTesting(0);
});

function bits(t: tf.Tensor): Uint32Array {
  const data = t.dataSync();
  return new Uint32Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
}

function random(shape: number[], seed: number): tf.Tensor {
  const rand = seededRandom(seed);
  return tf.tensor(Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rand() * 2 - 1), shape);
}

/** The product both ways; returns the bits of each and how many products ran split. */
function bothWays(a: tf.Tensor, b: tf.Tensor, transposeA: boolean, alpha = 1, transposeB = false): { one: Uint32Array; two: Uint32Array; split: number } {
  useSecondThread(false);
  const y1 = batchMatMulRaw(a, b, transposeA, alpha, transposeB);
  useSecondThread(true);
  const before = kernelInfo().threadedProducts;
  const y2 = batchMatMulRaw(a, b, transposeA, alpha, transposeB);
  const split = kernelInfo().threadedProducts - before;
  const out = { one: bits(y1), two: bits(y2), split };
  tf.dispose([y1, y2]);
  return out;
}

const threaded = st.getDefaultBackend() === 'wasm' && kernelInfo().threads;

describe.skipIf(!threaded)('matmul kernel: second thread', () => {
  // [batch of A, batch of B, M, K, N, transposeA, transposeB]; each is big enough to be split.
  const cases: [number, number, number, number, number, boolean, boolean][] = [
    [1, 1, 1024, 128, 384, false, false], // one product, split by rows
    [1, 1, 131, 128, 389, true, false], // rows split with A transposed, odd sizes and column tails
    [1, 1, 133, 700, 101, false, true], // rows split with B transposed, blocks over K
    [1, 1, 130, 900, 99, true, true], // both transposed, blocks over K, row and column tails
    [6, 6, 96, 128, 96, false, false], // split by batch entries
    [6, 6, 70, 130, 66, true, true], // split by batch entries, both transposed
    [5, 1, 64, 160, 130, true, false], // batch split, B broadcast
    [5, 1, 64, 600, 130, false, true], // batch split, B broadcast and transposed, blocks over K
    [1, 7, 80, 128, 72, false, false], // batch split, A broadcast
  ];
  it.each(cases)('A batch %i, B batch %i, M %i K %i N %i, transposeA %s, transposeB %s: same bits as one thread', (ab, bb, m, k, n, tA, tB) => {
    const a = random(tA ? [ab, k, m] : [ab, m, k], m + k);
    const b = random(tB ? [bb, n, k] : [bb, k, n], n);
    const { one, two, split } = bothWays(a, b, tA, 0.5, tB);
    expect(split, 'the product ran split across both threads').toBe(1);
    expect(Buffer.from(two.buffer).equals(Buffer.from(one.buffer))).toBe(true);
    tf.dispose([a, b]);
  });

  it('500 split products in a row each match the one-thread result', () => {
    const a = random([1, 256, 128], 1);
    const b = random([1, 128, 256], 2);
    useSecondThread(false);
    const ref = batchMatMulRaw(a, b);
    const expected = Buffer.from(bits(ref).buffer);
    useSecondThread(true);
    const before = kernelInfo().threadedProducts;
    let wrong = 0;
    for (let i = 0; i < 500; i++) {
      const y = batchMatMulRaw(a, b);
      if (!Buffer.from(bits(y).buffer).equals(expected)) wrong += 1;
      y.dispose();
    }
    expect(kernelInfo().threadedProducts - before).toBe(500);
    expect(wrong).toBe(0);
    tf.dispose([a, b, ref]);
  });

  it('a worker slow to wake the main thread (as when descheduled) still hands over the right product', () => {
    // Different products in turn, so a result read before the worker wrote it would be another one's.
    // The first hand-off (one flag flipping 0 -> 1 -> 0) got ~1 in 5 of these wrong.
    const pairs = [1, 2, 3].map((s) => [random([1, 192, 128], s), random([1, 128, 192], s + 10)]);
    useSecondThread(false);
    const expected = pairs.map(([a, b]) => {
      const y = batchMatMulRaw(a, b);
      const out = Buffer.from(bits(y).buffer);
      y.dispose();
      return out;
    });
    useSecondThread(true);
    stallWorkerForTesting(15);
    const before = kernelInfo().threadedProducts;
    let wrong = 0;
    for (let i = 0; i < 30; i++) {
      const y = batchMatMulRaw(pairs[i % 3][0], pairs[i % 3][1]);
      if (!Buffer.from(bits(y).buffer).equals(expected[i % 3])) wrong += 1;
      y.dispose();
    }
    expect(kernelInfo().threadedProducts - before).toBe(30);
    expect(wrong).toBe(0);
    tf.dispose(pairs.flat());
  });

  it('a model loss and its gradients: same bits with and without the second thread', () => {
    const model = createLlama({ vocabSize: 65, dim: 128, nLayers: 2, nHeads: 8, nKvHeads: 8, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 }, 5);
    const params = model.parameters();
    const rand = seededRandom(9);
    const stream = Int32Array.from({ length: 16 * 64 + 1 }, () => Math.floor(rand() * 65));
    const ids = st.tensor(stream.slice(0, 16 * 64), [16, 64], 'int32');
    const targets = st.tensor(stream.slice(1), [16, 64], 'int32');
    const run = (): Uint32Array[] => st.tidy(() => {
      const { value, grads } = st.variableGrads(() => model.loss(ids, targets), params);
      return [bits(value.raw), ...Object.values(grads).map((g) => bits(g.raw))];
    });
    useSecondThread(false);
    const one = run();
    useSecondThread(true);
    const before = kernelInfo().threadedProducts;
    const two = run();
    expect(kernelInfo().threadedProducts - before, 'some products ran split').toBeGreaterThan(0);
    expect(two.length).toBe(one.length);
    two.forEach((g, i) => expect(Buffer.from(g.buffer).equals(Buffer.from(one[i].buffer)), `tensor ${i}`).toBe(true));
    st.dispose([ids, targets]);
    model.dispose();
  });
});
