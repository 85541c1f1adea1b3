// The fast attention path (st.scaledDotProductAttention: grouped heads folded into batched SIMD
// products, an additive causal bias, a fused gradient) against a plain tfjs reference written the
// textbook way (repeat the key/value heads, tf.matMul with transposeB, where(mask, s, -Infinity),
// tf.softmax, tf.grads): outputs and the gradients by q, k and v, on random inputs, on the default
// (wasm) device and on cpu. Also the Attention layer end to end against the same reference, and the
// batched/transposed matmul kernel behind matMul and linear against tf.matMul.
import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { Attention, RotaryEmbedding, SeedSequence } from '../src/layers/index.js';

afterEach(async () => {
  await tf.setBackend(st.getDefaultBackend());
});

const TOL = 1e-4;

function maxAbsDiff(a: tf.Tensor, b: tf.Tensor): number {
  expect(a.shape).toEqual(b.shape);
  const x = a.dataSync();
  const y = b.dataSync();
  let worst = 0;
  for (let i = 0; i < x.length; i++) {
    const d = Math.abs(x[i] - y[i]);
    if (!(d <= worst)) worst = Number.isNaN(d) ? Infinity : d;
  }
  return worst;
}

/** The textbook attention: repeat kv heads, q k^T / sqrt(dh), mask future keys with where, softmax, @ v. */
function referenceAttention(q: tf.Tensor, k: tf.Tensor, v: tf.Tensor, repeats: number, causal: boolean, scale: number): tf.Tensor {
  return tf.tidy(() => {
    const qs: number[] = q.shape;
    const ks: number[] = k.shape;
    const [t, s] = [qs[2], ks[2]];
    const repeat = (x: tf.Tensor): tf.Tensor => {
      if (repeats === 1) return x;
      const xs: number[] = x.shape;
      const [b, kv, len, dh] = [xs[0], xs[1], xs[2], xs[3]];
      // [b, kv, len, dh] -> [b, kv, repeats, len, dh] -> [b, kv * repeats, len, dh]
      return tf.reshape(tf.stack(Array.from({ length: repeats }, () => x), 2), [b, kv * repeats, len, dh]);
    };
    const kk = repeat(k);
    const vv = repeat(v);
    const scores = tf.mul(tf.matMul(q, kk, false, true), scale);
    let masked = scores;
    if (causal) {
      const qi = tf.add(tf.range(0, t, 1, 'int32'), s - t);
      const mask = tf.greaterEqual(tf.expandDims(qi, 1), tf.expandDims(tf.range(0, s, 1, 'int32'), 0));
      masked = tf.where(tf.broadcastTo(mask, scores.shape), scores, tf.fill(scores.shape, -Infinity));
    }
    return tf.matMul(tf.softmax(masked), vv);
  });
}

interface Case { b: number; kv: number; rep: number; t: number; s: number; dh: number; causal: boolean }
const cases: Case[] = [
  { b: 2, kv: 4, rep: 1, t: 16, s: 16, dh: 8, causal: true },
  { b: 3, kv: 2, rep: 4, t: 10, s: 10, dh: 16, causal: true },
  { b: 2, kv: 2, rep: 2, t: 3, s: 11, dh: 6, causal: true },
  { b: 1, kv: 3, rep: 2, t: 1, s: 7, dh: 4, causal: true },
  { b: 2, kv: 1, rep: 3, t: 5, s: 9, dh: 10, causal: false },
  { b: 4, kv: 8, rep: 1, t: 64, s: 64, dh: 16, causal: true },
];

type T4 = st.Tensor<[number, number, number, number], 'float32', st.Device>;

function randomInputs(c: Case, seed: number, device: st.Device): [T4, T4, T4, T4] {
  const make = (shape: [number, number, number, number], sd: number): T4 => st.randomNormal(shape, 0, 1, 'float32', sd).to(device);
  return [
    make([c.b, c.kv * c.rep, c.t, c.dh], seed), make([c.b, c.kv, c.s, c.dh], seed + 1),
    make([c.b, c.kv, c.s, c.dh], seed + 2), make([c.b, c.kv * c.rep, c.t, c.dh], seed + 3),
  ];
}

describe.each(['default', 'cpu'] as const)('scaledDotProductAttention on %s', (device) => {
  it.each(cases)('matches the textbook attention and its gradients: %o', async (c) => {
    if (device === 'cpu') await st.initDevice('cpu');
    const [q, k, v, dy] = randomInputs(c, 7 * c.t + c.s, device);
    const scale = 1 / Math.sqrt(c.dh);
    // Loss = sum(attention * dy), so the gradients are the vector-Jacobian products with dy.
    const fast = st.valueAndGrads((a: T4, b: T4, d: T4) =>
      st.sum(st.mul(st.scaledDotProductAttention(a, b, d, { repeats: c.rep, causal: c.causal }), dy)), [q, k, v] as const);
    const yFast = st.scaledDotProductAttention(q, k, v, { repeats: c.rep, causal: c.causal });
    // The reference runs on the tensors' own backend.
    await tf.setBackend(device === 'cpu' ? 'cpu' : st.getDefaultBackend());
    tf.tidy(() => {
      const yRef = referenceAttention(q.raw, k.raw, v.raw, c.rep, c.causal, scale);
      expect(maxAbsDiff(yFast.raw, yRef), 'output').toBeLessThan(TOL);
      const gRef = tf.grads((a: tf.Tensor, b: tf.Tensor, d: tf.Tensor) => tf.sum(tf.mul(referenceAttention(a, b, d, c.rep, c.causal, scale), dy.raw)))([q.raw, k.raw, v.raw]);
      ['dq', 'dk', 'dv'].forEach((what, i) => expect(maxAbsDiff(fast.grads[i].raw, gRef[i]), what).toBeLessThan(TOL));
      return gRef;
    });
    st.dispose([q, k, v, dy, yFast, fast]);
  });
});

describe('scaledDotProductAttention details', () => {
  it('leaves no tensors behind, forward and backward', () => {
    const c = cases[1];
    const [q, k, v, dy] = randomInputs(c, 3, 'default');
    const before = st.memory().numTensors;
    const r = st.valueAndGrads((a: T4, b: T4, d: T4) => st.sum(st.mul(st.scaledDotProductAttention(a, b, d, { repeats: c.rep }), dy)), [q, k, v] as const);
    st.dispose(r);
    expect(st.memory().numTensors).toBe(before);
    st.dispose([q, k, v, dy]);
  });

  it('with dropout: the mask tf.dropout draws for the weights with the same seed; rate 0 is no dropout', () => {
    const c = { b: 2, kv: 2, rep: 2, t: 6, s: 6, dh: 4, causal: true };
    const [q, k, v] = randomInputs(c, 11, 'default');
    const rate = 0.3;
    const out = st.scaledDotProductAttention(q, k, v, { repeats: 2, dropout: rate, seed: 5 });
    const plain = st.scaledDotProductAttention(q, k, v, { repeats: 2, dropout: 0, seed: 5 });
    const bias = st.causalBias(6, 6);
    tf.tidy(() => {
      const kk = tf.reshape(tf.stack([k.raw, k.raw], 2), [2, 4, 6, 4]);
      const vv = tf.reshape(tf.stack([v.raw, v.raw], 2), [2, 4, 6, 4]);
      const scores = tf.add(tf.mul(tf.matMul(q.raw, kk, false, true), 1 / 2), bias.raw);
      const expected = tf.matMul(tf.dropout(tf.softmax(scores), rate, undefined, 5), vv);
      expect(maxAbsDiff(out.raw, expected)).toBeLessThan(TOL);
      expect(maxAbsDiff(plain.raw, referenceAttention(q.raw, k.raw, v.raw, 2, true, 1 / 2))).toBeLessThan(TOL);
    });
    st.dispose([q, k, v, out, plain, bias]);
  });

  it('rejects mismatched heads and too few keys', () => {
    const q = st.zeros([1, 6, 4, 8]);
    const k = st.zeros([1, 4, 4, 8]);
    // 6 query heads are not 4 kv heads x 2 repeats; a number-typed option leaves it to the run-time check.
    const repeats: number = 2;
    const q6: T4 = q;
    const k4: T4 = k;
    expect(() => st.scaledDotProductAttention(q6, k4, k4, { repeats })).toThrow(/6 heads, not 4 key\/value heads x 2 repeats/);
    const q5: T4 = st.zeros([1, 4, 5, 8]);
    const k3: T4 = st.zeros([1, 4, 3, 8]);
    expect(() => st.scaledDotProductAttention(q5, k3, k3, { repeats: 1 })).toThrow(/at least as many keys \(3\) as queries \(5\)/);
    st.dispose([q, k, q5, k3]);
  });

  it('options without repeats are plain multi-head attention (repeats 1), and the heads are still checked', () => {
    const q = st.randomNormal([2, 4, 6, 8], 0, 1, 'float32', 11);
    const k = st.randomNormal([2, 4, 6, 8], 0, 1, 'float32', 12);
    const v = st.randomNormal([2, 4, 6, 8], 0, 1, 'float32', 13);
    const implicit = st.scaledDotProductAttention(q, k, v, { causal: true });
    const reference = referenceAttention(q.raw, k.raw, v.raw, 1, true, 1 / Math.sqrt(8));
    expect(maxAbsDiff(implicit.raw, reference)).toBeLessThan(TOL);
    const k2: T4 = st.zeros([2, 2, 6, 8]);
    const q4: T4 = q;
    expect(() => st.scaledDotProductAttention(q4, k2, k2, { causal: true })).toThrow(/4 heads, not 2 key\/value heads x 1 repeats/);
    st.dispose([q, k, v, implicit, k2]);
    reference.dispose();
  });

  it('causalBias is 0 where causalMaskFor is true and -Infinity elsewhere', () => {
    for (const [t, s] of [[4, 4], [2, 5], [1, 3]] as const) {
      const bias = st.causalBias(t, s);
      const mask = st.causalMaskFor(t, s);
      expect(Array.from(bias.dataSync())).toEqual(Array.from(mask.dataSync(), (m) => (m ? 0 : -Infinity)));
      st.dispose([bias, mask]);
    }
  });
});

describe('Attention layer', () => {
  it('forward and parameter gradients match a textbook tfjs attention with the same weights', () => {
    const kv = 2;
    const rep = 2;
    const dh = 8;
    const dim = 32;
    expect(dim).toBe(kv * rep * dh);
    const b = 3;
    const t = 7;
    const attention = new Attention(kv, rep, dh, new SeedSequence(3), 'default');
    const rope = new RotaryEmbedding(dh, 10000, 'default');
    const x = st.randomNormal([b, t, dim], 0, 1, 'float32', 9);
    const weights = [attention.q_proj.weight, attention.k_proj.weight, attention.v_proj.weight, attention.o_proj.weight];
    const fast = (): tf.Scalar => tf.sum(tf.square(attention.forward(x, rope).output.raw));
    const reference = (): tf.Scalar => tf.tidy(() => {
      const heads = (w: tf.Tensor, n: number): tf.Tensor => tf.transpose(tf.reshape(tf.matMul(tf.reshape(x.raw, [b * t, dim]), w), [b, t, n, dh]), [0, 2, 1, 3]);
      // Meta's RoPE: adjacent pairs (2i, 2i+1) rotate by position * theta^(-2i/dh).
      const rotate = (h: tf.Tensor): tf.Tensor => {
        const cos = new Float32Array(t * dh);
        const sin = new Float32Array(t * dh);
        for (let p = 0; p < t; p++) {
          for (let i = 0; i < dh / 2; i++) {
            const angle = p * Math.pow(10000, (-2 * i) / dh);
            cos[p * dh + 2 * i] = cos[p * dh + 2 * i + 1] = Math.cos(angle);
            sin[p * dh + 2 * i] = -Math.sin(angle);
            sin[p * dh + 2 * i + 1] = Math.sin(angle);
          }
        }
        const pairs = tf.reshape(h, [...h.shape.slice(0, 3), dh / 2, 2]);
        const [even, odd] = tf.split(pairs, 2, -1);
        const swapped = tf.reshape(tf.concat([odd, even], -1), h.shape);
        return tf.add(tf.mul(h, tf.tensor2d(cos, [t, dh])), tf.mul(swapped, tf.tensor2d(sin, [t, dh])));
      };
      const q = rotate(heads(attention.q_proj.weight.raw, kv * rep));
      const k = rotate(heads(attention.k_proj.weight.raw, kv));
      const v = heads(attention.v_proj.weight.raw, kv);
      const o = referenceAttention(q, k, v, rep, true, 1 / Math.sqrt(dh));
      const merged = tf.reshape(tf.transpose(o, [0, 2, 1, 3]), [b * t, dim]);
      return tf.sum(tf.square(tf.matMul(merged, attention.o_proj.weight.raw)));
    });
    const vars = weights.map((w) => w.raw);
    const a = tf.variableGrads(fast, vars);
    const r = tf.variableGrads(reference, vars);
    expect(Math.abs(a.value.dataSync()[0] - r.value.dataSync()[0]) / Math.abs(r.value.dataSync()[0])).toBeLessThan(1e-5);
    for (const w of vars) expect(maxAbsDiff(a.grads[w.name], r.grads[w.name]), w.name).toBeLessThan(TOL);
    tf.dispose([a.value, r.value, ...Object.values(a.grads), ...Object.values(r.grads)]);
  });
});

describe('batched matmul kernel behind matMul and linear', () => {
  type AnyT = st.Tensor<st.Shape, 'float32', st.Device>;
  it.each([
    [[5, 7], [7, 9]], [[4, 3, 6], [6, 5]], [[2, 3, 4, 8], [2, 3, 8, 12]], [[3, 1, 5], [3, 5, 1]], [[64, 128], [128, 65]], [[2, 3, 4], [1, 4, 6]],
  ])('matMul %o x %o: value and gradients match tf.matMul', (sa, sb) => {
    const a: AnyT = st.randomNormal(sa, 0, 1, 'float32', 1);
    const b: AnyT = st.randomNormal(sb, 0, 1, 'float32', 2);
    const plain = (x: tf.Tensor, y: tf.Tensor): tf.Tensor => (y.rank === 2 && x.rank > 2
      ? tf.reshape(tf.matMul(tf.reshape(x, [-1, sa[sa.length - 1]]), y), [...sa.slice(0, -1), sb[1]])
      : tf.matMul(x, tf.broadcastTo(y, [...x.shape.slice(0, -2), ...y.shape.slice(-2)])));
    const yRef = plain(a.raw, b.raw);
    const dy: AnyT = st.randomNormal(yRef.shape, 0, 1, 'float32', 3);
    const ours = st.valueAndGrads((x: AnyT, y: AnyT) => st.reshape(st.sum(st.mul(st.matMul(x, y), dy)), []), [a, b] as const);
    const ref = tf.valueAndGrads((x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.mul(plain(x, y), dy.raw)))([a.raw, b.raw]);
    expect(Math.abs(ours.value.item() - ref.value.dataSync()[0])).toBeLessThan(1e-3);
    expect(maxAbsDiff(st.matMul(a, b).raw, yRef), 'value').toBeLessThan(TOL);
    expect(maxAbsDiff(ours.grads[0].raw, ref.grads[0]), 'da').toBeLessThan(TOL);
    expect(maxAbsDiff(ours.grads[1].raw, ref.grads[1]), 'db').toBeLessThan(TOL);
  });
});
