// The matmul kernel (src/ops/kernels.ts) against a float64 product written out here: every layout
// (A and B plain or transposed), broadcast batches, alpha, sizes that leave row and column tails and
// blocks over K; blocked and unblocked products give the same bits (each element sums its k in
// order wherever the blocks fall); the gradient products read transposed operands in place, so the
// model's products run no Transpose kernel.
import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { createLlama } from '../src/llama/model.js';
import { batchMatMulRaw, kernelInfo, recordProducts, setKBlockFloatsForTesting, type ProductShape } from '../src/ops/kernels.js';
import { seededRandom } from './helpers.js';

const defaultFloats = setKBlockFloatsForTesting(32768);
afterEach(() => {
  setKBlockFloatsForTesting(defaultFloats);
});

function random(shape: number[], seed: number): Float32Array {
  const rand = seededRandom(seed);
  return Float32Array.from({ length: shape.reduce((x, y) => x * y, 1) }, () => rand() * 2 - 1);
}

/** alpha * op(A) @ op(B) in float64, straight from the definition. */
function reference(a: Float32Array, b: Float32Array, [ab, bb, m, k, n]: number[], tA: boolean, tB: boolean, alpha: number): Float64Array {
  const batch = Math.max(ab, bb);
  const out = new Float64Array(batch * m * n);
  for (let p = 0; p < batch; p++) {
    const ao = (ab === 1 ? 0 : p) * m * k;
    const bo = (bb === 1 ? 0 : p) * k * n;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let q = 0; q < k; q++) s += a[ao + (tA ? q * m + i : i * k + q)] * b[bo + (tB ? j * k + q : q * n + j)];
        out[(p * m + i) * n + j] = alpha * s;
      }
    }
  }
  return out;
}

const active = st.getDefaultBackend() === 'wasm' && kernelInfo().active;

describe.skipIf(!active)('matmul kernel: values', () => {
  // [batch of A, batch of B, M, K, N]
  const sizes: [number, number, number, number, number][] = [
    [1, 1, 1, 1, 1], [1, 1, 3, 5, 7], [1, 1, 2, 16, 16], [2, 2, 5, 9, 17], [3, 1, 17, 3, 33], [1, 3, 9, 31, 65],
    [2, 2, 64, 16, 64], [1, 1, 37, 300, 45],
  ];
  const layouts: [boolean, boolean][] = [[false, false], [true, false], [false, true], [true, true]];
  for (const size of sizes) {
    for (const [tA, tB] of layouts) {
      it(`batches ${size[0]}/${size[1]}, M ${size[2]} K ${size[3]} N ${size[4]}, transposeA ${tA}, transposeB ${tB}`, () => {
        const [ab, bb, m, k, n] = size;
        const a = random(tA ? [ab, k, m] : [ab, m, k], m * 7 + k);
        const b = random(tB ? [bb, n, k] : [bb, k, n], n * 5 + k);
        const expected = reference(a, b, size, tA, tB, 0.75);
        // Small blocks over K as well as the default ones, so K = 300 and K = 31 run as several blocks.
        for (const floats of [32768, 64]) {
          setKBlockFloatsForTesting(floats);
          const y = tf.tidy(() => batchMatMulRaw(tf.tensor(a, tA ? [ab, k, m] : [ab, m, k]), tf.tensor(b, tB ? [bb, n, k] : [bb, k, n]), tA, 0.75, tB));
          expect(y.shape).toEqual([Math.max(ab, bb), m, n]);
          const got = y.dataSync();
          let worst = 0;
          for (let i = 0; i < got.length; i++) worst = Math.max(worst, Math.abs(got[i] - expected[i]));
          expect(worst, `max abs error (K blocks of ${floats} floats)`).toBeLessThan(2e-6 * k + 1e-6);
          y.dispose();
        }
      });
    }
  }

  it('blocks over K give the same bits as one block', () => {
    const a = tf.tensor(random([2, 700, 67], 1), [2, 700, 67]);
    const b = tf.tensor(random([2, 53, 700], 2), [2, 53, 700]);
    const run = (floats: number): Buffer => {
      setKBlockFloatsForTesting(floats);
      const y = batchMatMulRaw(a, b, true, 0.5, true);
      const out = Buffer.from(y.dataSync().buffer.slice(0));
      y.dispose();
      return out;
    };
    const whole = run(1e9);
    for (const floats of [64, 1000, 5000]) expect(run(floats).equals(whole), `${floats} floats a block`).toBe(true);
    tf.dispose([a, b]);
  });

  it('a training step of the model reads its transposed operands in place: no Transpose kernel around its products', async () => {
    const model = createLlama({ vocabSize: 13, dim: 32, nLayers: 1, nHeads: 4, nKvHeads: 4, multipleOf: 16, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 8, dropout: 0 }, 3);
    const ids = st.tensor(Int32Array.from({ length: 16 }, (_, i) => (i * 5) % 13), [2, 8], 'int32');
    const products: ProductShape[] = [];
    recordProducts(products);
    const profile = await tf.profile(() => {
      st.tidy(() => {
        st.variableGrads(() => model.loss(ids, ids), model.parameters()).value.item();
      });
    });
    recordProducts(undefined);
    expect(products.some((p) => p.transposeB), 'some products read B transposed').toBe(true);
    expect(products.some((p) => p.transposeA), 'some products read A transposed').toBe(true);
    // What transposes remain are the heads' split and merge (rank 4), none of a product's rank-3 or rank-2 operand.
    const transposes = profile.kernels.filter((x) => x.name === 'Transpose');
    expect(transposes.every((x) => x.inputShapes[0]?.length === 4), JSON.stringify(transposes.map((x) => x.inputShapes))).toBe(true);
    ids.dispose();
    model.dispose();
  });
});
