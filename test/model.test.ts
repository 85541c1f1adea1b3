// The whole Llama: every parameter gets a finite, non-zero gradient; logits have shape [B, T, vocab];
// the loss at init is about ln(vocab); parameters() uses the Hugging Face names and counts what a
// hand formula gives; the seed fixes the weights; a config read at run time is checked with the
// compiler's sentences; and repeated forward/backward passes inside st.tidy leak no tensors.
import { describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { createLlama } from '../src/llama/model.js';
import { defineConfig, validateConfig, type LlamaConfig } from '../src/llama/config.js';
import { swigluHiddenDim } from '../src/layers/index.js';

const config = {
  vocabSize: 20, dim: 32, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 16, normEps: 1e-5, ropeTheta: 10000,
  maxSeqLen: 8, dropout: 0,
} as const;
const [B, T] = [4, 8] as const;

/** Seeded token ids in [0, vocab). */
function ids<const Bn extends number, const Tn extends number>(b: Bn, t: Tn, seed: number, vocab = config.vocabSize): st.Tensor<[Bn, Tn], 'int32'> {
  let s = seed;
  const data = Int32Array.from({ length: b * t }, () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % vocab;
  });
  return st.tensor(data, [b, t], 'int32');
}
function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

describe('Llama forward', () => {
  it('gives logits [B, T, vocab] for any T up to maxSeqLen', () => {
    const model = createLlama(config, 1);
    for (const t of [1, 5, 8]) {
      const x = ids(2, t, t);
      const logits = model.forward(x);
      expect(logits.shape).toEqual([2, t, 20]);
      expect(logits.dtype).toBe('float32');
      st.dispose([x, logits]);
    }
    model.dispose();
  });

  it('starts with a loss close to ln(vocab)', () => {
    const model = createLlama(config, 2);
    const x = ids(B, T, 11);
    const y = ids(B, T, 12);
    const loss = model.loss(x, y).item();
    expect(Math.abs(loss - Math.log(20))).toBeLessThan(0.05);
    // The same as the mean cross-entropy of the logits, computed here directly.
    const logits = Array.from(model.forward(x).dataSync());
    const targets = Array.from(y.dataSync());
    let total = 0;
    for (let i = 0; i < B * T; i++) {
      const row = logits.slice(i * 20, (i + 1) * 20);
      const top = Math.max(...row);
      const logZ = top + Math.log(row.reduce((s, z) => s + Math.exp(z - top), 0));
      total += logZ - row[targets[i]];
    }
    expect(loss).toBeCloseTo(total / (B * T), 5);
    st.dispose([x, y]);
    model.dispose();
  });

  it('is causal: changing token t+1 leaves the logits at positions <= t unchanged', () => {
    const model = createLlama(config, 3);
    const x = ids(1, T, 21);
    const before = Array.from(model.forward(x).dataSync());
    const changedIds = Int32Array.from(x.dataSync());
    changedIds[5] = (changedIds[5] + 7) % 20;
    const after = Array.from(model.forward(st.tensor(changedIds, [1, T], 'int32')).dataSync());
    expect(maxAbs(after.slice(0, 5 * 20).map((z, i) => z - before[i]))).toBeLessThan(1e-6);
    expect(maxAbs(after.slice(5 * 20).map((z, i) => z - before[5 * 20 + i]))).toBeGreaterThan(1e-5);
    model.dispose();
  });
});

describe('Llama gradients', () => {
  it('are finite and non-zero for every parameter', () => {
    const model = createLlama(config, 4);
    const params = model.parameters();
    const x = ids(B, T, 31);
    const y = ids(B, T, 32);
    st.tidy(() => {
      const { value, grads } = st.variableGrads(() => model.loss(x, y), params);
      expect(Number.isFinite(value.item())).toBe(true);
      expect(Object.keys(grads).sort()).toEqual(Object.keys(params).sort());
      const byName = new Map(model.namedParameters());
      for (const [name, g] of Object.entries(grads)) {
        expect(g.shape, name).toEqual(byName.get(name)?.shape);
        const data = g.dataSync();
        expect(data.every((z) => Number.isFinite(z)), `${name} finite`).toBe(true);
        expect(maxAbs(data), `${name} non-zero`).toBeGreaterThan(0);
      }
    });
    st.dispose([x, y]);
    model.dispose();
  });

  it('also with dropout on while training', () => {
    const model = createLlama({ ...config, dropout: 0.2 }, 5);
    const params = model.parameters();
    const x = ids(B, T, 33);
    const y = ids(B, T, 34);
    st.tidy(() => {
      const { grads } = st.variableGrads(() => model.loss(x, y, { training: true, seed: 1 }), params);
      for (const [name, g] of Object.entries(grads)) {
        const data = g.dataSync();
        expect(data.every((z) => Number.isFinite(z)) && maxAbs(data) > 0, name).toBe(true);
      }
    });
    st.dispose([x, y]);
    model.dispose();
  });
});

describe('Llama parameters', () => {
  it('are keyed by the Hugging Face names, and count what the formula gives', () => {
    const model = createLlama(config, 6);
    const params = model.parameters();
    const layer = (i: number) => [
      `model.layers.${i}.self_attn.q_proj.weight`, `model.layers.${i}.self_attn.k_proj.weight`,
      `model.layers.${i}.self_attn.v_proj.weight`, `model.layers.${i}.self_attn.o_proj.weight`,
      `model.layers.${i}.mlp.gate_proj.weight`, `model.layers.${i}.mlp.up_proj.weight`, `model.layers.${i}.mlp.down_proj.weight`,
      `model.layers.${i}.input_layernorm.weight`, `model.layers.${i}.post_attention_layernorm.weight`,
    ];
    const expected = ['model.embed_tokens.weight', ...layer(0), ...layer(1), 'model.norm.weight', 'lm_head.weight'];
    expect(Object.keys(params).sort()).toEqual([...expected].sort());

    // Sizes by hand: V = 20, D = 32, heads 4 of 8 dims, 2 kv heads (kv dim 16), hidden 96.
    const [V, D, L, kvDim] = [20, 32, 2, 16];
    const hidden = 16 * Math.ceil(Math.floor((2 * 4 * D) / 3) / 16);
    expect(hidden).toBe(96);
    expect(swigluHiddenDim(D, 16)).toBe(hidden);
    const perLayer = D * D + 2 * D * kvDim + D * D + 3 * D * hidden + 2 * D;
    const total = V * D + L * perLayer + D + D * V;
    expect(total).toBe(26016);
    expect(model.parameterCount()).toBe(total);
    expect(Object.values(params).reduce((n, p) => n + p.size, 0)).toBe(total);

    // Linear weights are stored [in, out] (checkpoints transpose to the Hugging Face [out, in]).
    const shapes = Object.fromEntries(Object.entries(params).map(([k, p]) => [k, p.shape]));
    expect(shapes['model.embed_tokens.weight']).toEqual([V, D]);
    expect(shapes['model.layers.0.self_attn.q_proj.weight']).toEqual([D, D]);
    expect(shapes['model.layers.0.self_attn.k_proj.weight']).toEqual([D, kvDim]);
    expect(shapes['model.layers.1.self_attn.v_proj.weight']).toEqual([D, kvDim]);
    expect(shapes['model.layers.1.self_attn.o_proj.weight']).toEqual([D, D]);
    expect(shapes['model.layers.0.mlp.gate_proj.weight']).toEqual([D, hidden]);
    expect(shapes['model.layers.0.mlp.up_proj.weight']).toEqual([D, hidden]);
    expect(shapes['model.layers.0.mlp.down_proj.weight']).toEqual([hidden, D]);
    expect(shapes['model.layers.0.input_layernorm.weight']).toEqual([D]);
    expect(shapes['model.norm.weight']).toEqual([D]);
    expect(shapes['lm_head.weight']).toEqual([D, V]);
    // Each name maps to its own variable.
    expect(new Set(Object.values(params).map((p) => p.name)).size).toBe(expected.length);
    model.dispose();
  });

  it('honour an explicit hiddenDim', () => {
    const model = createLlama({ ...config, hiddenDim: 40 }, 6);
    expect(model.parameters()['model.layers.0.mlp.gate_proj.weight'].shape).toEqual([32, 40]);
    expect(model.parameterCount()).toBe(20 * 32 + 2 * (2 * 32 * 32 + 2 * 32 * 16 + 3 * 32 * 40 + 2 * 32) + 32 + 32 * 20);
    model.dispose();
  });

  it('are fixed by the seed: the same seed gives the same weights, another seed others', () => {
    const a = createLlama(config, 7);
    const b = createLlama(config, 7);
    const c = createLlama(config, 8);
    const pa = Object.fromEntries(a.namedParameters());
    const pb = Object.fromEntries(b.namedParameters());
    const pc = Object.fromEntries(c.namedParameters());
    for (const name of Object.keys(pa)) {
      const va = Array.from(pa[name].dataSync());
      expect(Array.from(pb[name].dataSync()), name).toEqual(va);
      if (pa[name].rank >= 2) {
        expect(maxAbs(Array.from(pc[name].dataSync()).map((z, i) => z - va[i])), name).toBeGreaterThan(1e-3);
      }
    }
    // Every random matrix differs from every other one (each layer draws its own seed).
    const matrices = Object.values(pa).filter((p) => p.rank >= 2).map((p) => Array.from(p.dataSync()).slice(0, 8).join());
    expect(new Set(matrices).size).toBe(matrices.length);
    for (const m of [a, b, c]) m.dispose();
  });
});

describe('config checks at run time', () => {
  const sentences: [string, LlamaConfig, string][] = [
    ['dim not divisible by nHeads', { ...config, dim: 30 }, 'llama config: dim 30 is not divisible by nHeads 4'],
    ['odd head dim', { ...config, dim: 12 }, 'llama config: headDim 3 (dim 12 / nHeads 4) is odd; RoPE rotates pairs of dims'],
    ['nHeads not a multiple of nKvHeads', { ...config, nKvHeads: 3 }, 'llama config: nHeads 4 is not a multiple of nKvHeads 3'],
  ];
  for (const [what, bad, sentence] of sentences) {
    it(`reject ${what}, with the compiler's sentence`, () => {
      expect(() => validateConfig(bad)).toThrow(sentence);
      // A config read from JSON is typed LlamaConfig: the run-time check stops it.
      const fromJson: LlamaConfig = JSON.parse(JSON.stringify(bad));
      expect(() => createLlama(fromJson)).toThrow(sentence);
      expect(() => defineConfig(fromJson)).toThrow(sentence);
    });
  }

  it('reject other bad values and accept a valid config', () => {
    expect(() => validateConfig({ ...config, nLayers: 0 })).toThrow('llama config: nLayers must be a positive integer, got 0');
    expect(() => validateConfig({ ...config, dropout: 1 })).toThrow('llama config: dropout must be in [0, 1), got 1');
    expect(() => validateConfig({ ...config, normEps: 0 })).toThrow('llama config: normEps must be > 0, got 0');
    expect(() => validateConfig({ ...config, hiddenDim: 2.5 })).toThrow('llama config: hiddenDim must be a positive integer, got 2.5');
    expect(() => validateConfig(config)).not.toThrow();
    expect(() => validateConfig({ ...config, dim: 64, nHeads: 8, nKvHeads: 1 })).not.toThrow();
  });
});

describe('memory', () => {
  it('repeated forward/backward passes inside st.tidy leave the tensor count flat', () => {
    const start = st.memory().numTensors;
    const model = createLlama({ ...config, dropout: 0.1 }, 9);
    const params = model.parameters();
    const x = ids(B, T, 41);
    const y = ids(B, T, 42);
    const step = (i: number) => st.tidy(() => {
      const { value, grads } = st.variableGrads(() => model.loss(x, y, { training: true, seed: i }), params);
      const clipped = st.clipByGlobalNorm(grads, 1);
      expect(Number.isFinite(clipped.norm)).toBe(true);
      expect(value.item()).toBeGreaterThan(0);
      return value.item();
    });
    const before = st.memory().numTensors;
    step(0);
    const warm = st.memory().numTensors;
    expect(warm).toBe(before);
    for (let i = 1; i <= 4; i++) {
      step(i);
      expect(st.memory().numTensors).toBe(warm);
    }
    // A forward inside tidy keeps exactly one tensor, the logits it returns.
    const logits = st.tidy(() => model.forward(x));
    expect(st.memory().numTensors).toBe(warm + 1);
    logits.dispose();
    expect(st.memory().numTensors).toBe(warm);
    // dispose frees every parameter (RoPE holds no tensors: its angles are computed in its op).
    const count = Object.keys(params).length;
    model.dispose();
    expect(st.memory().numTensors).toBe(warm - count);
    st.dispose([x, y]);
    // Building the model left nothing behind either (no initialiser tensors outlive the variables).
    expect(st.memory().numTensors).toBe(start);
  });
});
