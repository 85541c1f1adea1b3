// The fused elementwise kernels (src/ops/kernels.ts) against the chains of tfjs ops they replace:
// the same bits (both round to float32 after each operation, in the same order), on odd sizes;
// and a model's training steps with and without them.
import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { createLlama } from '../src/llama/model.js';
import { causalSoftmaxRaw, kernelInfo, softmaxGradRaw, useFusedKernels } from '../src/ops/kernels.js';
import { seededRandom } from './helpers.js';

afterEach(() => {
  useFusedKernels(true);
});

function bits(t: tf.Tensor | st.Tensor<st.Shape, 'float32', st.Device>): Buffer {
  const raw = t instanceof tf.Tensor ? t : t.raw;
  const data = raw.dataSync();
  return Buffer.from(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
}

function random(shape: readonly number[], seed: number, scale = 1): st.Tensor<st.Shape, 'float32', 'default'> {
  const rand = seededRandom(seed);
  const n = shape.reduce((a, b) => a * b, 1);
  return st.tensor(Float32Array.from({ length: n }, () => (rand() * 2 - 1) * scale), [...shape], 'float32');
}

/** Runs fn with the fused kernels on and off; both results' bits. */
function bothWays(fn: () => Buffer[]): { fused: Buffer[]; plain: Buffer[] } {
  useFusedKernels(false);
  const plain = fn();
  useFusedKernels(true);
  const fused = fn();
  return { fused, plain };
}

const active = st.getDefaultBackend() === 'wasm' && kernelInfo().active;

describe.skipIf(!active)('fused kernels: same bits as the tfjs chains', () => {
  const optimizers: [string, () => st.Optimizer][] = [
    ['Adam', () => new st.Adam({ learningRate: 0.01, beta1: 0.8, beta2: 0.99, epsilon: 1e-6 })],
    ['Adam with L2 decay', () => new st.Adam({ learningRate: 0.02, weightDecay: 0.3 })],
    ['AdamW, matrices decay', () => new st.AdamW({ learningRate: 3e-3, beta2: 0.95, weightDecay: 0.1, decays: (_n, s) => s.length >= 2 })],
  ];
  it.each(optimizers)('%s: parameters and moments over 5 steps', (_name, make) => {
    const run = (): Buffer[] => {
      const w = st.variable(random([7, 13], 1));
      const b = st.variable(random([13], 2));
      const opt = make();
      for (let step = 0; step < 5; step++) {
        st.tidy(() => {
          opt.learningRate *= 0.9;
          opt.apply({ w, b }, { w: random([7, 13], 10 + step, 0.1), b: random([13], 20 + step, 0.1) });
        });
      }
      const slots = Object.values(opt.getState().slots);
      const out = [bits(w), bits(b), ...slots.map(bits)];
      st.dispose([w, b, ...slots]);
      opt.dispose();
      return out;
    };
    const { fused, plain } = bothWays(run);
    expect(fused.length).toBe(plain.length);
    fused.forEach((f, i) => expect(f.equals(plain[i]), `tensor ${i}`).toBe(true));
  });

  it('clipByGlobalNorm: the norm and the clipped gradients', () => {
    const grads = { a: random([31, 17], 3), b: random([5], 4, 10), c: random([2, 3, 4], 5) };
    const expected = Math.sqrt([...grads.a.raw.dataSync(), ...grads.b.raw.dataSync(), ...grads.c.raw.dataSync()].reduce((s, x) => s + x * x, 0));
    const { fused, plain } = bothWays(() => {
      const { grads: g, norm } = st.clipByGlobalNorm(grads, 1);
      expect(norm).toBeCloseTo(expected, 4);
      const out = Object.values(g).map(bits);
      st.dispose(Object.values(g));
      return out;
    });
    // The norm is summed in another order (float64 in place vs float32 sums per tensor): close, and the clipped values within rounding.
    fused.forEach((f, i) => {
      const a = new Float32Array(f.buffer, f.byteOffset, f.length / 4);
      const b = new Float32Array(plain[i].buffer, plain[i].byteOffset, plain[i].length / 4);
      a.forEach((x, j) => expect(Math.abs(x - b[j])).toBeLessThanOrEqual(1e-6 * Math.abs(b[j]) + 1e-12));
    });
    st.dispose(Object.values(grads));
  });

  const ropeCases: [number[], number][] = [[[2, 3, 5, 16], 0], [[1, 2, 7, 8], 3], [[4, 12, 4], 1], [[2, 5, 6], 0]];
  it.each(ropeCases)('rotaryEmbedding of %j from position %i: value and gradient', (shape, start) => {
    const x = random(shape, 11);
    const dy = random(shape, 12);
    const { fused, plain } = bothWays(() => {
      const { value, grads } = st.valueAndGrads((a: st.Tensor<st.Shape, 'float32', 'default'>) => st.reshape(st.sum(st.mul(st.rotaryEmbedding(a as st.Tensor<[number, number], 'float32', 'default'>, start), dy)), []), [x]);
      const out = [bits(st.rotaryEmbedding(x as st.Tensor<[number, number], 'float32', 'default'>, start)), bits(grads[0])];
      st.dispose([value, ...grads]);
      return out;
    });
    fused.forEach((f, i) => expect(f.equals(plain[i]), i === 0 ? 'value' : 'gradient').toBe(true));
    st.dispose([x, dy]);
  });

  const normCases: number[][] = [[2, 3, 128], [5, 6], [7, 33], [1, 1, 4]];
  it.each(normCases)('rmsNorm of %j: value and gradients to rounding', (...shape) => {
    const d = shape[shape.length - 1];
    const x = random(shape, 21);
    const w = random([d], 22);
    const dy = random(shape, 23);
    const { fused, plain } = bothWays(() => {
      const f = (a: st.Tensor<st.Shape, 'float32', 'default'>, b: st.Tensor<st.Shape, 'float32', 'default'>) =>
        st.reshape(st.sum(st.mul(st.rmsNorm(a as st.Tensor<[number], 'float32', 'default'>, b as st.Tensor<[number], 'float32', 'default'>, 1e-5), dy)), []);
      const { value, grads } = st.valueAndGrads(f, [x, w]);
      const y = st.rmsNorm(x as st.Tensor<[number], 'float32', 'default'>, w as st.Tensor<[number], 'float32', 'default'>, 1e-5);
      const out = [bits(y), ...grads.map(bits)];
      st.dispose([value, y, ...grads]);
      return out;
    });
    fused.forEach((f, i) => {
      const a = new Float32Array(f.buffer, f.byteOffset, f.length / 4);
      const b = new Float32Array(plain[i].buffer, plain[i].byteOffset, plain[i].length / 4);
      a.forEach((v, j) => expect(Math.abs(v - b[j]), `output ${i} element ${j}`).toBeLessThanOrEqual(2e-6 * (1 + Math.abs(b[j]))));
    });
    st.dispose([x, w, dy]);
  });

  const swigluCases: [number[]][] = [[[2, 3, 352]], [[5, 7]], [[1, 1, 3]], [[4, 9, 16]]];
  it.each(swigluCases)('swiglu of %j: value and gradients, same bits as the chain and close to float64', (shape) => {
    const g = random(shape, 31, 4);
    const u = random(shape, 32, 2);
    const dy = random(shape, 33);
    const { fused, plain } = bothWays(() => {
      const f = (a: st.Tensor<st.Shape, 'float32', 'default'>, b: st.Tensor<st.Shape, 'float32', 'default'>) => st.reshape(st.sum(st.mul(st.swiglu(a, b), dy)), []);
      const before = st.memory().numTensors;
      const { value, grads } = st.valueAndGrads(f, [g, u]);
      const y = st.swiglu(g, u);
      const out = [bits(y), ...grads.map(bits)];
      st.dispose([value, y, ...grads]);
      expect(st.memory().numTensors, 'no tensor left behind').toBe(before);
      return out;
    });
    fused.forEach((f, i) => expect(f.equals(plain[i]), ['value', 'dgate', 'dup'][i]).toBe(true));
    // Against float64: y = g sig(g) u, dg = dy u sig(g) (1 + g (1 - sig(g))), du = dy g sig(g).
    const [G, U, DY] = [g, u, dy].map((t) => Array.from(t.raw.dataSync()));
    const sig = G.map((x) => 1 / (1 + Math.exp(-x)));
    const want = [G.map((x, i) => x * sig[i] * U[i]), G.map((x, i) => DY[i] * U[i] * sig[i] * (1 + x * (1 - sig[i]))), G.map((x, i) => DY[i] * x * sig[i])];
    fused.forEach((f, o) => {
      const a = new Float32Array(f.buffer, f.byteOffset, f.length / 4);
      a.forEach((v, j) => expect(Math.abs(v - want[o][j]), `output ${o} element ${j}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(want[o][j]))));
    });
    // And the op it replaced in SwiGLU, silu(g) * u taped as two ops: the same value, gradients to rounding.
    const taped = st.valueAndGrads((a: st.Tensor<st.Shape, 'float32', 'default'>, b: st.Tensor<st.Shape, 'float32', 'default'>) => st.reshape(st.sum(st.mul(st.mul(st.silu(a), b), dy)), []), [g, u]);
    expect(bits(st.tidy(() => st.mul(st.silu(g), u))).equals(fused[0]), 'value as silu(g) * u').toBe(true);
    taped.grads.forEach((t, o) => {
      const a = new Float32Array(fused[o + 1].buffer, fused[o + 1].byteOffset, fused[o + 1].length / 4);
      const b = t.raw.dataSync();
      a.forEach((v, j) => expect(Math.abs(v - b[j])).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(b[j]))));
    });
    st.dispose([g, u, dy, taped.value, ...taped.grads]);
  });

  it('causal softmax: against float64 over a wide range of scores, masked keys exactly 0', () => {
    const [rows, keys, t] = [24, 20, 6];
    const rand = seededRandom(51);
    // Scores from -120 to +80: every exp range, differences past float32's underflow included.
    const x = Float32Array.from({ length: rows * keys }, () => rand() * 200 - 120);
    for (const [tt, shift] of [[t, keys - t], [1, keys - 1], [3, 0]]) {
      const before = tf.memory().numTensors;
      const input = tf.tensor3d(x, [2, rows / 2, keys]);
      const y = causalSoftmaxRaw(input, tt, shift);
      expect(y, 'the kernel applies').toBeDefined();
      const out = y?.dataSync() ?? new Float32Array();
      for (let r = 0; r < rows; r++) {
        const limit = Math.min(keys, ((r % (rows / 2)) % tt) + shift + 1);
        const row = Array.from(x.subarray(r * keys, r * keys + limit));
        const mx = Math.max(...row);
        const sum = row.reduce((a, v) => a + Math.exp(v - mx), 0);
        for (let j = 0; j < keys; j++) {
          const want = j < limit ? Math.exp(x[r * keys + j] - mx) / sum : 0;
          const got = out[r * keys + j];
          if (j >= limit) expect(got, `row ${r} key ${j} masked`).toBe(0);
          // ~1 ulp, plus the rounding of x - max in float32 (as in any float32 softmax: |x - max| * 2^-24 in the exponent).
          else expect(Math.abs(got - want), `row ${r} key ${j}`).toBeLessThanOrEqual((4e-7 + 1.2e-7 * Math.abs(x[r * keys + j] - mx)) * want + 1e-37);
        }
      }
      tf.dispose([input, y]);
      expect(tf.memory().numTensors).toBe(before);
    }
    // The gradient kernel against float64: p * (dp - sum(dp * p)).
    const p = tf.softmax(tf.tensor2d(x, [rows, keys]));
    const dp = tf.tensor2d(Float32Array.from({ length: rows * keys }, () => rand() * 2 - 1), [rows, keys]);
    const ds = softmaxGradRaw(p, dp)?.dataSync() ?? new Float32Array();
    const [P, DP] = [p.dataSync(), dp.dataSync()];
    for (let r = 0; r < rows; r++) {
      let dot = 0;
      for (let j = 0; j < keys; j++) dot += P[r * keys + j] * DP[r * keys + j];
      for (let j = 0; j < keys; j++) {
        const i = r * keys + j;
        expect(Math.abs(ds[i] - P[i] * (DP[i] - dot))).toBeLessThanOrEqual(1e-6 * P[i] + 1e-12);
      }
    }
    tf.dispose([p, dp]);
  });

  // [B, H, KV, T, S, Dh, causal]: S > T is a KV cache's form; S % 4 != 0 takes the chain.
  const attentionCases: [number, number, number, number, number, number, boolean][] = [
    [2, 4, 2, 8, 8, 16, true], [1, 2, 2, 5, 12, 8, true], [2, 2, 1, 4, 4, 8, false], [1, 2, 2, 3, 7, 4, true], [3, 3, 3, 1, 8, 4, true],
  ];
  it.each(attentionCases)('attention B%i H%i KV%i T%i S%i Dh%i causal %s: value and gradients, fused softmax vs the chain', (b, h, kv, t, sk, dh, causal) => {
    const q = random([b, h, t, dh], 61, 2);
    const k = random([b, kv, sk, dh], 62, 2);
    const v = random([b, kv, sk, dh], 63);
    const dy = random([b, h, t, dh], 64);
    const { fused, plain } = bothWays(() => {
      const before = st.memory().numTensors;
      const f = (a: st.Tensor<st.Shape, 'float32', 'default'>, c: st.Tensor<st.Shape, 'float32', 'default'>, d: st.Tensor<st.Shape, 'float32', 'default'>) =>
        st.reshape(st.sum(st.mul(st.scaledDotProductAttention(a as st.Tensor<[number, number, number, number], 'float32', 'default'>, c as st.Tensor<[number, number, number, number], 'float32', 'default'>, d as st.Tensor<[number, number, number, number], 'float32', 'default'>, { repeats: h / kv, causal }), dy)), []);
      const { value, grads } = st.valueAndGrads(f, [q, k, v]);
      const out = [Buffer.from(Float32Array.from([value.item()]).buffer), ...grads.map(bits)];
      st.dispose([value, ...grads]);
      expect(st.memory().numTensors, 'no tensor left behind').toBe(before);
      return out;
    });
    fused.forEach((f, i) => {
      const a = new Float32Array(f.buffer, f.byteOffset, f.length / 4);
      const c = new Float32Array(plain[i].buffer, plain[i].byteOffset, plain[i].length / 4);
      let scale = 0;
      c.forEach((x) => (scale = Math.max(scale, Math.abs(x))));
      a.forEach((x, j) => expect(Math.abs(x - c[j]), `output ${i} element ${j}`).toBeLessThanOrEqual(2e-6 * (scale + 1)));
    });
    st.dispose([q, k, v, dy]);
  });

  const xentCases: [number[], number, 'mean' | 'none'][] = [[[2, 3], 65, 'mean'], [[4], 7, 'none'], [[2, 5], 12, 'none'], [[1], 2, 'mean']];
  it.each(xentCases)('sparseSoftmaxCrossEntropy of %j x %i (%s): loss and gradient against the chain and float64', (lead, classes, reduction) => {
    const logits = random([...lead, classes], 71, 6);
    const rand = seededRandom(72);
    const n = lead.reduce((a, b) => a * b, 1);
    const labels = st.tensor(Int32Array.from({ length: n }, () => Math.floor(rand() * classes)), [...lead], 'int32');
    const dy = random(reduction === 'none' ? lead : [], 73);
    const { fused, plain } = bothWays(() => {
      const before = st.memory().numTensors;
      const { value, grads } = st.valueAndGrads((x: st.Tensor<st.Shape, 'float32', 'default'>) => st.reshape(st.sum(st.mul(st.sparseSoftmaxCrossEntropy(x as st.Tensor<[number, number], 'float32', 'default'>, labels as st.Tensor<[number], 'int32', 'default'>, reduction), dy)), []), [logits]);
      const loss = st.sparseSoftmaxCrossEntropy(logits as st.Tensor<[number, number], 'float32', 'default'>, labels as st.Tensor<[number], 'int32', 'default'>, reduction);
      const out = [bits(loss), bits(grads[0])];
      st.dispose([value, loss, ...grads]);
      expect(st.memory().numTensors, 'no tensor left behind').toBe(before);
      return out;
    });
    // float64: loss_r = lse(x_r) - x_r[label]; dx = (softmax(x_r) - onehot) * dy_r (dy / n for the mean).
    const X = Array.from(logits.raw.dataSync());
    const Y = Array.from(labels.raw.dataSync());
    const G = Array.from(dy.raw.dataSync());
    const rowLoss: number[] = [];
    const dx: number[] = [];
    for (let r = 0; r < n; r++) {
      const row = X.slice(r * classes, (r + 1) * classes);
      const mx = Math.max(...row);
      const sum = row.reduce((a, v) => a + Math.exp(v - mx), 0);
      rowLoss.push(mx + Math.log(sum) - row[Y[r]]);
      const g = reduction === 'mean' ? G[0] / n : G[r];
      row.forEach((v, j) => dx.push((Math.exp(v - mx) / sum - (j === Y[r] ? 1 : 0)) * g));
    }
    const want = [reduction === 'mean' ? [rowLoss.reduce((a, b) => a + b, 0) / n] : rowLoss, dx];
    for (const [name, got] of [['fused', fused], ['chain', plain]] as const) {
      got.forEach((f, o) => {
        const a = new Float32Array(f.buffer, f.byteOffset, f.length / 4);
        a.forEach((v, j) => expect(Math.abs(v - want[o][j]), `${name} output ${o} element ${j}`).toBeLessThanOrEqual(3e-6 * (1 + Math.abs(want[o][j]))));
      });
    }
    st.dispose([logits, labels, dy]);
  });

  const binaryCases: [string, number[], number[]][] = [
    ['same shape', [16, 64, 128], [16, 64, 128]], ['same shape, odd size', [3, 7], [3, 7]], ['scalar second', [5, 13], []], ['scalar first', [], [2, 9]],
    ['a broadcast (tfjs\'s kernel)', [4, 6], [6]], ['scalars', [], []],
  ];
  it.each(binaryCases)('add and mul, %s: the same bits as tfjs\'s kernels, NaN and Infinity included', (_name, sa, sb) => {
    const special = (t: st.Tensor<st.Shape, 'float32', 'default'>): tf.Tensor => {
      const v = Float32Array.from(t.raw.dataSync());
      if (v.length > 3) [v[0], v[1], v[2]] = [NaN, Infinity, -0];
      return tf.tensor(v, t.shape);
    };
    const a = special(random(sa, 81, 3));
    const b = special(random(sb, 82, 3));
    const { fused, plain } = bothWays(() => {
      const before = tf.memory().numTensors;
      const outs = [tf.add(a, b), tf.mul(a, b), tf.add(b, a), tf.mul(b, a), tf.sub(a, b)];
      const out = outs.map(bits);
      tf.dispose(outs);
      expect(tf.memory().numTensors).toBe(before);
      return out;
    });
    fused.forEach((f, i) => expect(f.equals(plain[i]), `output ${i}`).toBe(true));
    // And the values, against JS's float64 arithmetic rounded to float32.
    const [A, B] = [a.dataSync(), b.dataSync()];
    const sum = new Float32Array(fused[0].buffer, fused[0].byteOffset, fused[0].length / 4);
    const product = new Float32Array(fused[1].buffer, fused[1].byteOffset, fused[1].length / 4);
    sum.forEach((v, i) => expect(Object.is(v, Math.fround(A[A.length === 1 ? 0 : i % A.length] + B[B.length === 1 ? 0 : i % B.length]))).toBe(true));
    product.forEach((v, i) => expect(Object.is(v, Math.fround(A[A.length === 1 ? 0 : i % A.length] * B[B.length === 1 ? 0 : i % B.length]))).toBe(true));
    tf.dispose([a, b]);
  });

  const ropeHeadsCases: [number[], number][] = [[[16, 64, 8, 16], 0], [[2, 5, 3, 8], 4], [[1, 3, 2, 6], 1], [[2, 1, 4, 4], 9]];
  it.each(ropeHeadsCases)('rotaryEmbeddingHeads of %j from position %i: the bits of transpose then rotaryEmbedding, value and gradient', (shape, start) => {
    const [b, t, h, dh] = shape;
    const x = random(shape, 91) as st.Tensor<[number, number, number, number], 'float32', 'default'>;
    const dy = random([b, h, t, dh], 92);
    const run = (fn: (a: st.Tensor<[number, number, number, number], 'float32', 'default'>) => st.Tensor<[number, number, number, number], 'float32', 'default'>): Buffer[] => {
      const before = st.memory().numTensors;
      const { value, grads } = st.valueAndGrads((a: st.Tensor<[number, number, number, number], 'float32', 'default'>) => st.reshape(st.sum(st.mul(fn(a), dy)), []), [x]);
      const y = st.tidy(() => fn(x));
      const out = [bits(y), bits(grads[0])];
      st.dispose([value, y, ...grads]);
      expect(st.memory().numTensors, 'no tensor left behind').toBe(before);
      return out;
    };
    const fusedHeads = run((a) => st.rotaryEmbeddingHeads(a, start));
    const reference = run((a) => st.rotaryEmbedding(st.transpose(a, [0, 2, 1, 3]), start));
    useFusedKernels(false);
    const plainHeads = run((a) => st.rotaryEmbeddingHeads(a, start));
    useFusedKernels(true);
    fusedHeads.forEach((f, i) => {
      expect(f.equals(reference[i]), `${i === 0 ? 'value' : 'gradient'} vs transpose + rotaryEmbedding`).toBe(true);
      expect(f.equals(plainHeads[i]), `${i === 0 ? 'value' : 'gradient'} vs the chain`).toBe(true);
    });
    st.dispose([x, dy]);
  });

  const transposeCases: [number[]][] = [[[16, 64, 8, 16]], [[2, 3, 5, 4]], [[1, 7, 2, 8]], [[3, 2, 4, 6]], [[2, 3, 4, 1]]];
  it.each(transposeCases)('transpose [0, 2, 1, 3] of %j: the same bits as tfjs\'s kernel, and its gradient', (shape) => {
    const x = random(shape, 41);
    const dy = random([shape[0], shape[2], shape[1], shape[3]], 42);
    const { fused, plain } = bothWays(() => {
      const before = st.memory().numTensors;
      const y = tf.transpose(x.raw, [0, 2, 1, 3]);
      const dx = tf.grad((a: tf.Tensor) => tf.sum(tf.mul(tf.transpose(a, [0, 2, 1, 3]), dy.raw)))(x.raw);
      const other = tf.transpose(x.raw, [1, 0, 2, 3]);
      const out = [bits(y), bits(dx), bits(other)];
      tf.dispose([y, dx, other]);
      expect(st.memory().numTensors).toBe(before);
      return out;
    });
    fused.forEach((f, i) => expect(f.equals(plain[i]), `output ${i}`).toBe(true));
    // And the values themselves, element by element.
    const [a, b, c, d] = shape;
    const xs = x.raw.dataSync();
    const want = new Float32Array(xs.length);
    for (let i = 0; i < a; i++) for (let j = 0; j < b; j++) for (let k = 0; k < c; k++) for (let l = 0; l < d; l++) want[((i * c + k) * b + j) * d + l] = xs[((i * b + j) * c + k) * d + l];
    expect(Buffer.from(want.buffer).equals(fused[0])).toBe(true);
    st.dispose([x, dy]);
  });

  it('three training steps of a small Llama: losses, weights and tensor count', () => {
    const run = (): Buffer[] => {
      const model = createLlama({ vocabSize: 17, dim: 32, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 16, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 12, dropout: 0 }, 4);
      const params = model.parameters();
      const opt = new st.AdamW({ learningRate: 1e-2, beta2: 0.95, weightDecay: 0.1, decays: (_n, s) => s.length >= 2 });
      const rand = seededRandom(7);
      const ids = st.tensor(Int32Array.from({ length: 3 * 12 }, () => Math.floor(rand() * 17)), [3, 12], 'int32');
      const losses: number[] = [];
      const counts: number[] = [];
      for (let step = 0; step < 3; step++) {
        st.tidy(() => {
          const { value, grads } = st.variableGrads(() => model.loss(ids, ids), params);
          opt.apply(params, st.clipByGlobalNorm(grads, 1).grads);
          losses.push(value.item());
        });
        counts.push(st.memory().numTensors);
      }
      expect(counts[2], 'tensor count flat').toBe(counts[1]);
      const out = [Buffer.from(Float64Array.from(losses).buffer), ...Object.values(params).map(bits)];
      ids.dispose();
      model.dispose();
      opt.dispose();
      return out;
    };
    const { fused, plain } = bothWays(run);
    // Losses equal to float32 rounding (the clip's norm is summed in another order), weights close.
    const lf = new Float64Array(fused[0].buffer, fused[0].byteOffset, 3);
    const lp = new Float64Array(plain[0].buffer, plain[0].byteOffset, 3);
    lf.forEach((x, i) => expect(x).toBeCloseTo(lp[i], 5));
    for (let i = 1; i < fused.length; i++) {
      const a = new Float32Array(fused[i].buffer, fused[i].byteOffset, fused[i].length / 4);
      const b = new Float32Array(plain[i].buffer, plain[i].byteOffset, plain[i].length / 4);
      let worst = 0;
      a.forEach((x, j) => (worst = Math.max(worst, Math.abs(x - b[j]))));
      expect(worst, `parameter ${i}`).toBeLessThan(1e-5);
    }
  });
});
