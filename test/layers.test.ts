// Each layer's values against a direct computation written here, independently of shapetype's
// layer code: plain JS loops in Float64 over the layer's weights (read out with dataSync). The
// references follow Meta's Llama: x @ W, row lookup, RMSNorm over the last dim only, RoPE on
// adjacent pairs with frequencies theta^(-2i/headDim) from i = 0, grouped-query attention with
// repeat_kv's head mapping, SwiGLU with silu, pre-norm residual blocks, dropout only in training.
import { afterAll, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import {
  Attention, Block, Embedding, Linear, RMSNorm, RotaryEmbedding, SeedSequence, SwiGLU, swigluHiddenDim,
} from '../src/layers/index.js';
import { createLlama } from '../src/llama/model.js';
import { generate } from '../src/llama/sample.js';

const theta = 10000;
const owned: { dispose(): void }[] = [];
afterAll(() => {
  for (const t of owned) t.dispose();
});

// ---- Plain-JS helpers: a tensor is a flat Float64 array in row-major order.

function values(t: st.Tensor<st.Shape, 'float32' | 'int32', st.Device>): number[] {
  return Array.from(t.dataSync());
}
function maxAbsDiff(a: readonly number[], b: readonly number[]): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
function expectClose(actual: readonly number[], expected: readonly number[], tol = 1e-4): void {
  const d = maxAbsDiff(actual, expected);
  expect(d, `max |difference| ${d}`).toBeLessThan(tol);
}
/** A seeded N(0, std) input. */
function input<const S extends st.Shape>(shape: S, seed: number, std = 1): st.Tensor<S> {
  return st.randomNormal(shape, 0, std, 'float32', seed);
}
/** Replaces a weight with seeded N(0, std) values (larger than the init, so every path matters). */
function reinit<S extends st.Shape>(w: st.Variable<S>, seed: number, std: number): void {
  const v = st.randomNormal(w.shape, 0, std, 'float32', seed);
  w.assign(v);
  v.dispose();
}

/** [n, k] @ [k, m], both flat. */
function matmul(x: readonly number[], w: readonly number[], n: number, k: number, m: number): number[] {
  const out = new Array<number>(n * m).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let r = 0; r < k; r++) s += x[i * k + r] * w[r * m + j];
      out[i * m + j] = s;
    }
  }
  return out;
}
/** RMSNorm of each row of [n, d]: x / sqrt(mean(x^2 over the row) + eps) * w. */
function rmsnormRef(x: readonly number[], w: readonly number[], n: number, d: number, eps: number): number[] {
  const out = new Array<number>(n * d);
  for (let i = 0; i < n; i++) {
    let ms = 0;
    for (let j = 0; j < d; j++) ms += x[i * d + j] ** 2;
    const r = 1 / Math.sqrt(ms / d + eps);
    for (let j = 0; j < d; j++) out[i * d + j] = x[i * d + j] * r * w[j];
  }
  return out;
}
/**
 * Meta's RoPE on one head vector at a position: pair (x[2i], x[2i+1]) as the complex number
 * x[2i] + i x[2i+1], multiplied by e^(i pos theta^(-2i/headDim)).
 */
function ropeVector(x: readonly number[], pos: number, headDim: number): number[] {
  const out = new Array<number>(headDim);
  for (let i = 0; i < headDim / 2; i++) {
    const angle = pos * Math.pow(theta, (-2 * i) / headDim);
    const [a, b] = [x[2 * i], x[2 * i + 1]];
    out[2 * i] = a * Math.cos(angle) - b * Math.sin(angle);
    out[2 * i + 1] = a * Math.sin(angle) + b * Math.cos(angle);
  }
  return out;
}
/** RoPE of [B, H, T, Dh] whose positions start at start. */
function ropeRef(x: readonly number[], b: number, h: number, t: number, dh: number, start: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < b * h; i++) {
    for (let p = 0; p < t; p++) out.push(...ropeVector(x.slice((i * t + p) * dh, (i * t + p + 1) * dh), start + p, dh));
  }
  return out;
}
const silu = (z: number): number => z / (1 + Math.exp(-z));

interface AttentionWeights { wq: number[]; wk: number[]; wv: number[]; wo: number[] }
interface AttentionRefOptions {
  /** The kv head that query head h reads (Meta's repeat_kv: floor(h / rep)). */
  kvHeadOf?: (h: number, rep: number, nKv: number) => number;
  /** Rotate the values too (wrong: only queries and keys are rotated). */
  rotateValues?: boolean;
}
/**
 * Causal grouped-query self-attention of x [B, T, dim], written out: projections, RoPE on q and k,
 * scores / sqrt(headDim), causal mask, softmax, weights @ v per head, heads merged, then wo.
 */
function attentionRef(
  x: readonly number[], w: AttentionWeights, b: number, t: number, nHeads: number, nKv: number, dh: number,
  options: AttentionRefOptions = {},
): number[] {
  const dim = nHeads * dh;
  const rep = nHeads / nKv;
  const kvHeadOf = options.kvHeadOf ?? ((h: number, r: number) => Math.floor(h / r));
  const out: number[] = [];
  for (let bi = 0; bi < b; bi++) {
    const xb = x.slice(bi * t * dim, (bi + 1) * t * dim);
    const q = matmul(xb, w.wq, t, dim, dim);
    const k = matmul(xb, w.wk, t, dim, nKv * dh);
    const v = matmul(xb, w.wv, t, dim, nKv * dh);
    // Per position and head: the head's slice of the projection, rotated at that position.
    const qh = (p: number, h: number) => ropeVector(q.slice(p * dim + h * dh, p * dim + (h + 1) * dh), p, dh);
    const kh = (p: number, j: number) => ropeVector(k.slice(p * nKv * dh + j * dh, p * nKv * dh + (j + 1) * dh), p, dh);
    const vh = (p: number, j: number) => {
      const raw = v.slice(p * nKv * dh + j * dh, p * nKv * dh + (j + 1) * dh);
      return options.rotateValues ? ropeVector(raw, p, dh) : raw;
    };
    const merged = new Array<number>(t * dim).fill(0);
    for (let h = 0; h < nHeads; h++) {
      const j = kvHeadOf(h, rep, nKv);
      for (let p = 0; p < t; p++) {
        const qv = qh(p, h);
        const scores: number[] = [];
        for (let s = 0; s <= p; s++) { // causal: keys at positions <= p only
          const kv = kh(s, j);
          let dot = 0;
          for (let d = 0; d < dh; d++) dot += qv[d] * kv[d];
          scores.push(dot / Math.sqrt(dh));
        }
        const top = Math.max(...scores);
        const e = scores.map((z) => Math.exp(z - top));
        const total = e.reduce((a, c) => a + c, 0);
        for (let s = 0; s <= p; s++) {
          const vv = vh(s, j);
          for (let d = 0; d < dh; d++) merged[p * dim + h * dh + d] += (e[s] / total) * vv[d];
        }
      }
    }
    out.push(...matmul(merged, w.wo, t, dim, dim));
  }
  return out;
}
function swigluRef(x: readonly number[], w1: number[], w3: number[], w2: number[], n: number, d: number, hd: number): number[] {
  const a = matmul(x, w1, n, d, hd);
  const g = matmul(x, w3, n, d, hd);
  return matmul(a.map((z, i) => silu(z) * g[i]), w2, n, hd, d);
}
/** A copy of x [B, T, D] with position `pos` of every batch row replaced by other values. */
function changedAt(x: readonly number[], b: number, t: number, d: number, pos: number): Float32Array {
  const y = Float32Array.from(x);
  for (let bi = 0; bi < b; bi++) for (let j = 0; j < d; j++) y[(bi * t + pos) * d + j] += 1 + 0.5 * Math.sin(j + bi);
  return y;
}
/** The values at positions [from, to) of every batch row of [B, T, D]. */
function positions(x: readonly number[], b: number, t: number, d: number, from: number, to: number): number[] {
  const out: number[] = [];
  for (let bi = 0; bi < b; bi++) out.push(...x.slice((bi * t + from) * d, (bi * t + to) * d));
  return out;
}

describe('Linear', () => {
  it('is x @ W over any leading dims, W stored [in, out]', () => {
    const lin = new Linear(8, 12, new SeedSequence(1), 'default');
    owned.push(lin.weight);
    expect(lin.weight.shape).toEqual([8, 12]);
    const x = input([2, 5, 8], 11);
    const y = lin.forward(x);
    expect(y.shape).toEqual([2, 5, 12]);
    expectClose(values(y), matmul(values(x), values(lin.weight), 10, 8, 12), 1e-5);
    // Rank 2 and rank 4 inputs too.
    const x2 = input([3, 8], 12);
    expectClose(values(lin.forward(x2)), matmul(values(x2), values(lin.weight), 3, 8, 12), 1e-5);
    const x4 = input([2, 2, 3, 8], 13);
    expectClose(values(lin.forward(x4)), matmul(values(x4), values(lin.weight), 12, 8, 12), 1e-5);
    st.dispose([x, y, x2, x4]);
  });

  it('makes exactly one tensor, its weight (no initialiser is left behind)', () => {
    const before = st.memory().numTensors;
    const lin = new Linear(4, 3, new SeedSequence(9), 'default');
    const emb = new Embedding(5, 3, new SeedSequence(9), 'default');
    const norm = new RMSNorm(3, 1e-5, 'default');
    expect(st.memory().numTensors).toBe(before + 3);
    st.dispose([lin.weight, emb.weight, norm.weight]);
    expect(st.memory().numTensors).toBe(before);
  });

  it('initialises N(0, 0.02) by default, N(0, std) when asked, seeded', () => {
    const a = new Linear(64, 64, new SeedSequence(3), 'default');
    const b = new Linear(64, 64, new SeedSequence(3), 'default', { std: 0.5 });
    const c = new Linear(64, 64, new SeedSequence(4), 'default');
    const std = (w: number[]) => Math.sqrt(w.reduce((s, z) => s + z * z, 0) / w.length);
    expect(std(values(a.weight))).toBeCloseTo(0.02, 2);
    expect(std(values(b.weight))).toBeCloseTo(0.5, 1);
    expect(maxAbsDiff(values(a.weight), values(c.weight))).toBeGreaterThan(0.01);
    st.dispose([a.weight, b.weight, c.weight]);
  });
});

describe('Embedding', () => {
  it('looks up row ids[i] of the [vocab, dim] table', () => {
    const emb = new Embedding(10, 6, new SeedSequence(2), 'default');
    owned.push(emb.weight);
    expect(emb.weight.shape).toEqual([10, 6]);
    const idList = [3, 0, 9, 3, 7, 1];
    const ids = st.tensor(Int32Array.from(idList), [2, 3], 'int32');
    const y = emb.forward(ids);
    expect(y.shape).toEqual([2, 3, 6]);
    const table = values(emb.weight);
    expect(values(y)).toEqual(idList.flatMap((id) => table.slice(id * 6, (id + 1) * 6)));
    st.dispose([ids, y]);
  });

  it('passes the gradient to the looked-up rows only (summed over repeats)', () => {
    const emb = new Embedding(5, 3, new SeedSequence(2), 'default');
    const ids = st.tensor(Int32Array.from([1, 3, 1]), [3], 'int32');
    const { grads } = st.variableGrads(() => st.sum(emb.forward(ids)), { w: emb.weight });
    expect(values(grads.w)).toEqual([0, 0, 0, 2, 2, 2, 0, 0, 0, 1, 1, 1, 0, 0, 0]);
    st.dispose([emb.weight, ids, grads.w]);
  });
});

describe('RMSNorm', () => {
  it('is x / sqrt(mean(x^2 over the last dim) + eps) * weight', () => {
    const norm = new RMSNorm(16, 1e-5, 'default');
    owned.push(norm.weight);
    reinit(norm.weight, 21, 1);
    const x = input([2, 5, 16], 22, 3);
    const y = norm.forward(x);
    expect(y.shape).toEqual([2, 5, 16]);
    expectClose(values(y), rmsnormRef(values(x), values(norm.weight), 10, 16, 1e-5), 1e-4);
    // eps sits inside the root: for a tiny x it dominates (x / sqrt(eps)), not x / (|x| + eps).
    const big = new RMSNorm(4, 0.01, 'default');
    const small = st.tensor([[1e-3, -2e-3, 3e-3, 0]]);
    expectClose(values(big.forward(small)), rmsnormRef(values(small), [1, 1, 1, 1], 1, 4, 0.01), 1e-7);
    st.dispose([x, y, big.weight, small]);
  });

  it('normalises each position on its own: changing a later position leaves earlier ones as they were', () => {
    const norm = new RMSNorm(8, 1e-5, 'default');
    reinit(norm.weight, 23, 1);
    const [b, t, d] = [2, 6, 8] as const;
    const x = input([b, t, d], 24);
    const xv = values(x);
    const before = values(norm.forward(x));
    for (const pos of [2, 5]) {
      const x2 = st.tensor(changedAt(xv, b, t, d, pos), [b, t, d]);
      const after = values(norm.forward(x2));
      expect(positions(after, b, t, d, 0, pos)).toEqual(positions(before, b, t, d, 0, pos));
      expect(maxAbsDiff(positions(after, b, t, d, pos, pos + 1), positions(before, b, t, d, pos, pos + 1))).toBeGreaterThan(1e-3);
      // Positions after the changed one are untouched too (nothing is shared across time).
      expect(positions(after, b, t, d, pos + 1, t)).toEqual(positions(before, b, t, d, pos + 1, t));
      x2.dispose();
    }
    // Scaling the input does not change the output (scale-free up to eps).
    const scaled = st.mul(x, 10);
    expectClose(values(norm.forward(scaled)), before, 1e-4);
    st.dispose([norm.weight, x, scaled]);
  });
});

describe('RotaryEmbedding', () => {
  const rope = new RotaryEmbedding(16, theta, 'default');
  owned.push(rope);

  it("rotates each adjacent pair (2i, 2i+1) by pos * theta^(-2i/headDim), Meta's complex form", () => {
    const [b, h, t, dh] = [2, 3, 7, 16] as const;
    const x = input([b, h, t, dh], 31);
    const y = rope.forward(x);
    expect(y.shape).toEqual([b, h, t, dh]);
    expectClose(values(y), ropeRef(values(x), b, h, t, dh, 0), 1e-4);
    st.dispose([x, y]);
  });

  it('applies a start offset: positions start, start + 1, ...', () => {
    const [b, h, t, dh] = [1, 2, 4, 16] as const;
    const x = input([b, h, t, dh], 32);
    for (const start of [1, 5, 40]) {
      const y = rope.forward(x, start);
      expectClose(values(y), ropeRef(values(x), b, h, t, dh, start), 1e-4);
      y.dispose();
    }
    // The same as the matching rows of a longer sequence rotated from 0.
    const long = input([b, h, 9, dh], 33);
    const tail = st.slice(long, [0, 0, 5, 0], [b, h, 4, dh]);
    const fromZero = st.slice(rope.forward(long), [0, 0, 5, 0], [b, h, 4, dh]);
    expectClose(values(rope.forward(tail, 5)), values(fromZero), 1e-5);
    st.dispose([x, long, tail, fromZero]);
  });

  it('uses frequency 1 for pair 0 (no off-by-one), theta^(-2i/headDim) for pair i, the same in every head', () => {
    const dh = 16;
    const heads = 3;
    // A unit vector in the first member of every pair, in every head, at positions 0..3.
    const data = new Float32Array(heads * 4 * dh);
    for (let i = 0; i < heads * 4; i++) for (let p = 0; p < dh / 2; p++) data[i * dh + 2 * p] = 1;
    const y = values(rope.forward(st.tensor(data, [1, heads, 4, dh])));
    for (let head = 0; head < heads; head++) {
      for (let pos = 0; pos < 4; pos++) {
        const row = y.slice((head * 4 + pos) * dh, (head * 4 + pos + 1) * dh);
        for (let i = 0; i < dh / 2; i++) {
          // (1, 0) turned by angle a is (cos a, sin a); its angle is atan2.
          const angle = Math.atan2(row[2 * i + 1], row[2 * i]);
          const expected = pos * Math.pow(theta, (-2 * i) / dh);
          expect(angle, `head ${head} pos ${pos} pair ${i}`).toBeCloseTo(expected, 5);
        }
      }
    }
    // Pair 0 at position 1 turns by exactly 1 radian; an off-by-one (i from 1) would give theta^(-2/16).
    expect(Math.atan2(y[dh + 1], y[dh])).toBeCloseTo(1, 6);
    // The last pair's frequency is theta^(-(headDim - 2)/headDim), not theta^(-1).
    expect(Math.atan2(y[dh + dh - 1], y[dh + dh - 2])).toBeCloseTo(Math.pow(theta, -(dh - 2) / dh), 7);
  });

  it('keeps each pair\'s length and rejects an odd head dim', () => {
    const x = input([1, 1, 5, 16], 34);
    const xv = values(x);
    const yv = values(rope.forward(x, 3));
    for (let i = 0; i < xv.length; i += 2) {
      expect(Math.hypot(yv[i], yv[i + 1])).toBeCloseTo(Math.hypot(xv[i], xv[i + 1]), 5);
    }
    expect(() => new RotaryEmbedding(15, theta, 'default')).toThrow(/headDim must be even/);
    x.dispose();
  });
});

describe('Attention', () => {
  // 2 kv heads, each serving 3 query heads: 6 heads of 8 dims, model dim 48.
  const [nKv, rep, dh] = [2, 3, 8] as const;
  const [nHeads, dim] = [6, 48] as const; // nKv * rep heads of dh dims
  const [b, t] = [2, 6] as const;
  const rope = new RotaryEmbedding(dh, theta, 'default');
  owned.push(rope);
  function make(seed: number, dropout = 0): { attn: Attention<2, 3, 8>; w: AttentionWeights } {
    const attn = new Attention(nKv, rep, dh, new SeedSequence(seed), 'default', { dropout });
    // Weights large enough that the attention pattern is far from uniform.
    reinit(attn.q_proj.weight, seed * 10 + 1, 0.3);
    reinit(attn.k_proj.weight, seed * 10 + 2, 0.3);
    reinit(attn.v_proj.weight, seed * 10 + 3, 0.3);
    reinit(attn.o_proj.weight, seed * 10 + 4, 0.3);
    owned.push(attn.q_proj.weight, attn.k_proj.weight, attn.v_proj.weight, attn.o_proj.weight);
    const w = { wq: values(attn.q_proj.weight), wk: values(attn.k_proj.weight), wv: values(attn.v_proj.weight), wo: values(attn.o_proj.weight) };
    return { attn, w };
  }
  const { attn, w } = make(5);

  it('has the projection shapes of grouped-query attention', () => {
    expect(attn.heads).toBe(6);
    expect(attn.dim).toBe(48);
    expect(attn.q_proj.weight.shape).toEqual([48, 48]);
    expect(attn.k_proj.weight.shape).toEqual([48, 16]);
    expect(attn.v_proj.weight.shape).toEqual([48, 16]);
    expect(attn.o_proj.weight.shape).toEqual([48, 48]);
  });

  it('matches the full reference (RoPE on q and k, /sqrt(headDim), causal softmax, repeat_kv, wo) within 1e-4', () => {
    const x = input([b, t, dim], 41);
    const { output, cache } = attn.forward(x, rope);
    expect(output.shape).toEqual([b, t, dim]);
    expect(cache.keys.shape).toEqual([b, nKv, t, dh]);
    const reference = attentionRef(values(x), w, b, t, nHeads, nKv, dh);
    expectClose(values(output), reference, 1e-4);
    // The reference is sensitive to each choice the layer makes: each wrong variant is far off.
    const tiled = attentionRef(values(x), w, b, t, nHeads, nKv, dh, { kvHeadOf: (h, _r, n) => h % n });
    const rotatedValues = attentionRef(values(x), w, b, t, nHeads, nKv, dh, { rotateValues: true });
    expect(maxAbsDiff(tiled, reference)).toBeGreaterThan(1e-2);
    expect(maxAbsDiff(rotatedValues, reference)).toBeGreaterThan(1e-2);
    expect(maxAbsDiff(values(output), tiled)).toBeGreaterThan(1e-2);
    st.dispose([x, output, cache.keys, cache.values]);
  });

  it('does not rotate the values: the cache holds wv x as is, and keys rotated', () => {
    const x = input([1, t, dim], 42);
    const { output, cache } = attn.forward(x, rope);
    const xv = values(x);
    const v = matmul(xv, w.wv, t, dim, nKv * dh);
    const k = matmul(xv, w.wk, t, dim, nKv * dh);
    // [T, KV*Dh] -> [KV, T, Dh], keys rotated per position.
    const vHeads: number[] = [];
    const kHeads: number[] = [];
    for (let j = 0; j < nKv; j++) {
      for (let p = 0; p < t; p++) {
        vHeads.push(...v.slice(p * nKv * dh + j * dh, p * nKv * dh + (j + 1) * dh));
        kHeads.push(...ropeVector(k.slice(p * nKv * dh + j * dh, p * nKv * dh + (j + 1) * dh), p, dh));
      }
    }
    expectClose(values(cache.values), vHeads, 1e-5);
    expectClose(values(cache.keys), kHeads, 1e-5);
    st.dispose([x, output, cache.keys, cache.values]);
  });

  it('is causal: changing token t+1 leaves the outputs at positions <= t unchanged', () => {
    const x = input([b, t, dim], 43);
    const xv = values(x);
    const before = values(attn.forward(x, rope).output);
    for (const changed of [1, 3, 5]) {
      const x2 = st.tensor(changedAt(xv, b, t, dim, changed), [b, t, dim]);
      const after = values(attn.forward(x2, rope).output);
      expect(maxAbsDiff(positions(after, b, t, dim, 0, changed), positions(before, b, t, dim, 0, changed))).toBeLessThan(1e-6);
      expect(maxAbsDiff(positions(after, b, t, dim, changed, t), positions(before, b, t, dim, changed, t))).toBeGreaterThan(1e-3);
      x2.dispose();
    }
    x.dispose();
  });

  it('with a cache, the later positions (RoPE from the cached length) match the full pass', () => {
    const x = input([1, t, dim], 44);
    const full = values(attn.forward(x, rope).output);
    const head = st.slice(x, [0, 0, 0], [1, 4, dim]);
    const tail = st.slice(x, [0, 4, 0], [1, 2, dim]);
    const first = attn.forward(head, rope);
    const second = attn.forward(tail, rope, { cache: first.cache });
    expect(second.cache.keys.shape).toEqual([1, nKv, t, dh]);
    expectClose(values(first.output), positions(full, 1, t, dim, 0, 4), 1e-5);
    expectClose(values(second.output), positions(full, 1, t, dim, 4, t), 1e-5);
    st.dispose([x, head, tail, first.output, first.cache.keys, first.cache.values, second.output, second.cache.keys, second.cache.values]);
  });

  it('applies dropout only when training', () => {
    const { attn: dropping } = make(6, 0.5);
    const x = input([b, t, dim], 45);
    const evalA = values(dropping.forward(x, rope).output);
    const evalB = values(dropping.forward(x, rope, { training: false, seed: 9 }).output);
    expect(evalB).toEqual(evalA);
    // Eval equals the reference: no dropout at all.
    const wd = {
      wq: values(dropping.q_proj.weight), wk: values(dropping.k_proj.weight), wv: values(dropping.v_proj.weight), wo: values(dropping.o_proj.weight),
    };
    expectClose(evalA, attentionRef(values(x), wd, b, t, nHeads, nKv, dh), 1e-4);
    const trainA = values(dropping.forward(x, rope, { training: true, seed: 9 }).output);
    const trainB = values(dropping.forward(x, rope, { training: true, seed: 9 }).output);
    const trainC = values(dropping.forward(x, rope, { training: true, seed: 10 }).output);
    expect(maxAbsDiff(trainA, evalA)).toBeGreaterThan(1e-3);
    expect(trainB).toEqual(trainA); // a seed fixes the masks
    expect(maxAbsDiff(trainC, trainA)).toBeGreaterThan(1e-3);
    // Many outputs are exactly zero (the output dropout).
    expect(trainA.filter((z) => z === 0).length).toBeGreaterThan(trainA.length / 4);
    x.dispose();
  });
});

describe('SwiGLU', () => {
  it('hidden size is multipleOf * ceil((2/3 * 4 * dim) / multipleOf)', () => {
    expect(swigluHiddenDim(128, 32)).toBe(352);
    expect(swigluHiddenDim(4096, 256)).toBe(11008); // Llama 2 7B
    expect(swigluHiddenDim(32, 16)).toBe(96);
    expect(swigluHiddenDim(384, 32)).toBe(1024);
    expect(swigluHiddenDim(64, 1)).toBe(170);
  });

  it('is w2(silu(w1 x) * w3 x), Swish beta fixed at 1', () => {
    const ffn = new SwiGLU(12, 20, new SeedSequence(7), 'default');
    reinit(ffn.gate_proj.weight, 71, 0.5);
    reinit(ffn.up_proj.weight, 72, 0.5);
    reinit(ffn.down_proj.weight, 73, 0.5);
    owned.push(ffn.gate_proj.weight, ffn.down_proj.weight, ffn.up_proj.weight);
    expect(ffn.gate_proj.weight.shape).toEqual([12, 20]);
    expect(ffn.up_proj.weight.shape).toEqual([12, 20]);
    expect(ffn.down_proj.weight.shape).toEqual([20, 12]);
    const x = input([2, 3, 12], 74);
    const y = ffn.forward(x);
    expect(y.shape).toEqual([2, 3, 12]);
    const [w1, w3, w2] = [values(ffn.gate_proj.weight), values(ffn.up_proj.weight), values(ffn.down_proj.weight)];
    const reference = swigluRef(values(x), w1, w3, w2, 6, 12, 20);
    expectClose(values(y), reference, 1e-4);
    // Not GELU, not a sigmoid gate, not the gate on the other branch.
    const sigmoidGate = matmul(matmul(values(x), w1, 6, 12, 20).map((z, i) => (1 / (1 + Math.exp(-z))) * matmul(values(x), w3, 6, 12, 20)[i]), w2, 6, 20, 12);
    const swapped = swigluRef(values(x), w3, w1, w2, 6, 12, 20);
    expect(maxAbsDiff(sigmoidGate, reference)).toBeGreaterThan(1e-2);
    expect(maxAbsDiff(swapped, reference)).toBeGreaterThan(1e-2);
    st.dispose([x, y]);
  });
});

describe('Block', () => {
  const [nKv, rep, dh, hd] = [2, 2, 4, 24] as const;
  const [nHeads, dim] = [4, 16] as const; // nKv * rep heads of dh dims
  const [b, t] = [2, 5] as const;
  const eps = 1e-5;
  const rope = new RotaryEmbedding(dh, theta, 'default');
  owned.push(rope);
  function make(seed: number, dropout = 0) {
    const block = new Block(nKv, rep, dh, hd, new SeedSequence(seed), 'default', { normEps: eps, dropout });
    const weights = [
      block.self_attn.q_proj.weight, block.self_attn.k_proj.weight, block.self_attn.v_proj.weight, block.self_attn.o_proj.weight,
      block.mlp.gate_proj.weight, block.mlp.up_proj.weight, block.mlp.down_proj.weight,
    ];
    weights.forEach((wt, i) => reinit<st.Shape>(wt, seed * 100 + i, 0.3));
    reinit(block.input_layernorm.weight, seed * 100 + 20, 1);
    reinit(block.post_attention_layernorm.weight, seed * 100 + 21, 1);
    owned.push(...weights, block.input_layernorm.weight, block.post_attention_layernorm.weight);
    return block;
  }
  /** h = x + attention(attentionNorm(x)); out = h + feedForward(ffnNorm(h)), all in plain JS. */
  function blockRef(block: ReturnType<typeof make>, x: readonly number[]): number[] {
    const a = block.self_attn;
    const w = { wq: values(a.q_proj.weight), wk: values(a.k_proj.weight), wv: values(a.v_proj.weight), wo: values(a.o_proj.weight) };
    const n = b * t;
    const attended = attentionRef(rmsnormRef(x, values(block.input_layernorm.weight), n, dim, eps), w, b, t, nHeads, nKv, dh);
    const h = x.map((z, i) => z + attended[i]);
    const f = block.mlp;
    const fed = swigluRef(rmsnormRef(h, values(block.post_attention_layernorm.weight), n, dim, eps), values(f.gate_proj.weight), values(f.up_proj.weight), values(f.down_proj.weight), n, dim, hd);
    return h.map((z, i) => z + fed[i]);
  }
  const block = make(8);

  it('is the pre-norm residual x + attn(norm(x)), then h + ffn(norm(h))', () => {
    const x = input([b, t, dim], 81);
    const { output } = block.forward(x, rope);
    expect(output.shape).toEqual([b, t, dim]);
    const reference = blockRef(block, values(x));
    expectClose(values(output), reference, 1e-4);
    // Post-norm (norm after the residual sum) is a different function.
    const xv = values(x);
    const a = block.self_attn;
    const w = { wq: values(a.q_proj.weight), wk: values(a.k_proj.weight), wv: values(a.v_proj.weight), wo: values(a.o_proj.weight) };
    const postNorm = rmsnormRef(xv.map((z, i) => z + attentionRef(xv, w, b, t, nHeads, nKv, dh)[i]), values(block.input_layernorm.weight), b * t, dim, eps);
    expect(maxAbsDiff(postNorm, reference)).toBeGreaterThan(1e-2);
    st.dispose([x, output]);
  });

  it('is causal', () => {
    const x = input([b, t, dim], 82);
    const xv = values(x);
    const before = values(block.forward(x, rope).output);
    const x2 = st.tensor(changedAt(xv, b, t, dim, 3), [b, t, dim]);
    const after = values(block.forward(x2, rope).output);
    expect(maxAbsDiff(positions(after, b, t, dim, 0, 3), positions(before, b, t, dim, 0, 3))).toBeLessThan(1e-6);
    expect(maxAbsDiff(positions(after, b, t, dim, 3, t), positions(before, b, t, dim, 3, t))).toBeGreaterThan(1e-3);
    st.dispose([x, x2]);
  });

  it('applies dropout only when training', () => {
    const dropping = make(9, 0.3);
    const x = input([b, t, dim], 83);
    const evalA = values(dropping.forward(x, rope).output);
    const evalB = values(dropping.forward(x, rope, { training: false, seed: 1 }).output);
    expect(evalB).toEqual(evalA);
    expectClose(evalA, blockRef(dropping, values(x)), 1e-4);
    const trainA = values(dropping.forward(x, rope, { training: true, seed: 1 }).output);
    expect(maxAbsDiff(trainA, evalA)).toBeGreaterThan(1e-3);
    expect(values(dropping.forward(x, rope, { training: true, seed: 1 }).output)).toEqual(trainA);
    x.dispose();
  });
});

describe('dropout in the whole model', () => {
  const config = {
    vocabSize: 20, dim: 32, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 16, normEps: 1e-5, ropeTheta: theta, maxSeqLen: 8,
  } as const;

  it('eval forward and sampling are identical across calls and equal to the dropout-free model; training differs', () => {
    const dropping = createLlama({ ...config, dropout: 0.5 }, 3);
    const plain = createLlama({ ...config, dropout: 0 }, 3);
    // A larger output projection gives peaked logits, so the draws depend on the logits.
    for (const m of [dropping, plain]) {
      const scaled = st.mul(m.lm_head.weight, 40);
      m.lm_head.weight.assign(scaled);
      scaled.dispose();
    }
    const ids = st.tensor(Int32Array.from([1, 5, 2, 19, 7, 0, 3, 3, 4, 8, 9, 10, 11, 12, 13, 14]), [2, 8], 'int32');
    const evalA = values(dropping.forward(ids));
    expect(values(dropping.forward(ids, { training: false, seed: 4 }))).toEqual(evalA);
    expect(values(plain.forward(ids))).toEqual(evalA);
    const trained = values(dropping.forward(ids, { training: true, seed: 4 }));
    expect(maxAbsDiff(trained, evalA)).toBeGreaterThan(1e-3);

    const prompt = Int32Array.from([1, 5, 2]);
    for (const options of [{ tokens: 12, temperature: 0 }, { tokens: 12, temperature: 1, seed: 5 }, { tokens: 12, temperature: 1, seed: 5, useCache: false }]) {
      const first = Array.from(generate(dropping, prompt, options));
      expect(Array.from(generate(dropping, prompt, options))).toEqual(first);
      expect(Array.from(generate(plain, prompt, options))).toEqual(first);
    }
    ids.dispose();
    dropping.dispose();
    plain.dispose();
  });
});
