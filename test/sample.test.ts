// Sampling: the KV-cached path draws exactly the tokens of the full-window path (also past
// maxSeqLen, where the window slides), greedy is the argmax of the uncached logits, the seed fixes
// the text, topK = 1 is greedy, and generate frees every tensor it makes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { createLlama } from '../src/llama/model.js';
import { CharTokenizer } from '../src/text/tokenizer.js';
import { generate, pick, sampleText, type GenerateCheck } from '../src/llama/sample.js';
import { Rng } from '../src/util/rng.js';

const text = 'First Citizen:\nBefore we proceed any further, hear me speak.\nAll: Speak, speak.\n';
const tokenizer = CharTokenizer.fromText(text);
const maxSeqLen = 16;

function makeModel() {
  const model = createLlama({
    vocabSize: tokenizer.size, dim: 32, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 16,
    normEps: 1e-5, ropeTheta: 10000, maxSeqLen, dropout: 0,
  }, 7);
  // A fresh model's logits are nearly flat (std 0.02 weights); a larger output projection gives
  // peaked, position-dependent distributions, closer to a trained model's.
  const scaled = st.mul(model.lm_head.weight, 40);
  model.lm_head.weight.assign(scaled);
  scaled.dispose();
  return model;
}
type Model = ReturnType<typeof makeModel>;

/** Last-position logits of the full window (the last maxSeqLen tokens), by model.forward. */
function uncachedLogits(model: Model, sequence: readonly number[]): Float32Array {
  const window = sequence.slice(Math.max(0, sequence.length - maxSeqLen));
  return st.tidy(() => {
    const length: number = window.length;
    const logits = model.forward(st.tensor(Int32Array.from(window), [1, length], 'int32'));
    return st.slice(logits, [0, length - 1], [1, 1]).dataSync();
  });
}

function argmaxOf(logits: Float32Array): number {
  return st.tidy(() => {
    const size: number = logits.length;
    return st.argMax(st.tensor(logits, [size]), 0).item();
  });
}

let model: Model;
const prompt = tokenizer.encode('Before we');
const longPrompt = tokenizer.encode('All: Speak, speak. First Citizen');

beforeAll(() => {
  model = makeModel();
});
afterAll(() => {
  model.dispose();
});

describe('forwardCached', () => {
  it('step-by-step cached logits equal the full-window logits of the last position within 1e-4', () => {
    const ids = Array.from(tokenizer.encode(text.slice(0, maxSeqLen)));
    const before = st.memory().numTensors;
    const promptLength = 3;
    let caches = st.tidy(() => {
      const { logits, caches: c } = model.forwardCached(st.tensor(Int32Array.from(ids.slice(0, promptLength)), [1, promptLength], 'int32'), undefined);
      const last = st.slice(logits, [0, promptLength - 1], [1, 1]).dataSync();
      const full = uncachedLogits(model, ids.slice(0, promptLength));
      expect(maxAbsDiff(last, full)).toBe(0); // the prompt pass is the same computation
      return c;
    });
    let worst = 0;
    for (let t = promptLength; t < ids.length; t++) {
      const previous = caches;
      const step = st.tidy(() => {
        const { logits, caches: c } = model.forwardCached(st.tensor([[ids[t]]], [1, 1], 'int32'), previous);
        expect(c[0].keys.shape).toEqual([1, 2, t + 1, 8]);
        return { last: st.slice(logits, [0, 0], [1, 1]).dataSync(), caches: c };
      });
      st.dispose(previous);
      caches = step.caches;
      const full = uncachedLogits(model, ids.slice(0, t + 1));
      worst = Math.max(worst, maxAbsDiff(step.last, full));
    }
    st.dispose(caches);
    expect(worst).toBeLessThan(1e-4);
    expect(st.memory().numTensors).toBe(before);
  });
});

describe('generate', () => {
  it('cached and uncached sampling draw exactly the same tokens, also past maxSeqLen', () => {
    const cases: { seed: number; temperature: number; topK?: number }[] = [
      { seed: 1, temperature: 0 }, { seed: 2, temperature: 0.5 }, { seed: 3, temperature: 0.8 },
      { seed: 4, temperature: 1 }, { seed: 5, temperature: 1.5 }, { seed: 6, temperature: 1, topK: 5 },
    ];
    for (const c of cases) {
      for (const start of [prompt, longPrompt]) {
        const cached = generate(model, start, { tokens: 40, ...c, useCache: true });
        const uncached = generate(model, start, { tokens: 40, ...c, useCache: false });
        expect(cached.length).toBe(40);
        expect(Array.from(cached), JSON.stringify(c)).toEqual(Array.from(uncached));
      }
    }
  });

  it('greedy (temperature 0) picks the argmax of the uncached logits at every step, sliding past maxSeqLen', () => {
    for (const useCache of [true, false]) {
      const out = generate(model, prompt, { tokens: 30, temperature: 0, useCache });
      const sequence = Array.from(prompt);
      for (const token of out) {
        expect(token).toBe(argmaxOf(uncachedLogits(model, sequence)));
        sequence.push(token);
      }
      expect(sequence.length).toBeGreaterThan(2 * maxSeqLen);
    }
  });

  it('the same seed gives the same tokens; another seed gives others', () => {
    const a = generate(model, prompt, { tokens: 40, temperature: 1, seed: 11 });
    const b = generate(model, prompt, { tokens: 40, temperature: 1, seed: 11 });
    const c = generate(model, prompt, { tokens: 40, temperature: 1, seed: 12 });
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
    // Not greedy in disguise: the draws leave the argmax path.
    expect(Array.from(a)).not.toEqual(Array.from(generate(model, prompt, { tokens: 40, temperature: 0 })));
  });

  it('topK = 1 is greedy at any temperature', () => {
    const greedy = Array.from(generate(model, prompt, { tokens: 25, temperature: 0 }));
    for (const temperature of [0.3, 1, 2]) {
      for (const useCache of [true, false]) {
        expect(Array.from(generate(model, prompt, { tokens: 25, temperature, topK: 1, seed: 3, useCache }))).toEqual(greedy);
      }
    }
  });

  it('frees every tensor it makes (cached and uncached, sliding window included)', () => {
    generate(model, prompt, { tokens: 2, seed: 1 }); // warm-up
    const before = st.memory().numTensors;
    generate(model, prompt, { tokens: 30, seed: 1 });
    expect(st.memory().numTensors).toBe(before);
    generate(model, longPrompt, { tokens: 5, seed: 1, useCache: false });
    expect(st.memory().numTensors).toBe(before);
    sampleText(model, tokenizer, 'Speak', { tokens: 20, seed: 2 });
    expect(st.memory().numTensors).toBe(before);
  });

  it('sampleText returns the prompt and its completion', () => {
    const out = sampleText(model, tokenizer, 'Speak', { tokens: 20, seed: 2 });
    expect(out.startsWith('Speak')).toBe(true);
    expect(out.length).toBe(25);
    expect(out).toBe('Speak' + tokenizer.decode(generate(model, tokenizer.encode('Speak'), { tokens: 20, seed: 2 })));
    expect(generate(model, prompt, { tokens: 0 }).length).toBe(0);
  });

  it('rejects bad arguments with a sentence', () => {
    expect(() => generate(model, new Int32Array(0), { tokens: 3 })).toThrow('generate: the prompt needs at least one token');
    expect(() => generate(model, Int32Array.from([tokenizer.size]), { tokens: 3 })).toThrow(/outside the vocabulary/);
    // Literal values are refused by the compiler too, with the same sentences (GenerateCheck).
    const tokensSentence: GenerateCheck<{ tokens: -1 }> = 'generate: tokens must be a non-negative integer, got -1';
    const tooManySentence: GenerateCheck<{ tokens: 200000 }> = 'generate: tokens must be at most 100000, got 200000';
    const temperatureSentence: GenerateCheck<{ tokens: 3; temperature: -1 }> = 'generate: temperature must be a finite number >= 0, got -1';
    const topKSentence: GenerateCheck<{ tokens: 3; topK: 0 }> = 'generate: topK must be a positive integer, got 0';
    // @ts-expect-error generate: tokens must be a non-negative integer, got -1
    expect(() => generate(model, prompt, { tokens: -1 })).toThrow(tokensSentence);
    // Bounded before the output buffer is allocated (2**31 tokens would ask for 8 GiB).
    expect(() => generate(model, prompt, { tokens: 2 ** 31 })).toThrow('generate: tokens must be at most 100000, got 2147483648');
    // @ts-expect-error generate: tokens must be at most 100000, got 200000
    expect(() => generate(model, prompt, { tokens: 200000 })).toThrow(tooManySentence);
    // @ts-expect-error generate: temperature must be a finite number >= 0, got -1
    expect(() => generate(model, prompt, { tokens: 3, temperature: -1 })).toThrow(temperatureSentence);
    // @ts-expect-error generate: topK must be a positive integer, got 0
    expect(() => generate(model, prompt, { tokens: 3, topK: 0 })).toThrow(topKSentence);
    const dyn = (n: number): number => n;
    expect(() => generate(model, prompt, { tokens: dyn(-1) })).toThrow(tokensSentence);
    expect(() => generate(model, prompt, { tokens: 3, topK: dyn(0) })).toThrow(topKSentence);
  });
});

describe('pick', () => {
  it('draws by inverse CDF: frequencies follow the softmax of logits / temperature', () => {
    const logits = [1, 2, 0.5, -1];
    const temperature = 0.7;
    const weights = logits.map((l) => Math.exp(l / temperature));
    const total = weights.reduce((a, b) => a + b, 0);
    const rng = new Rng(5);
    const counts = [0, 0, 0, 0];
    const n = 20000;
    for (let i = 0; i < n; i++) counts[pick(logits, temperature, undefined, rng)]++;
    counts.forEach((c, i) => expect(Math.abs(c / n - weights[i] / total)).toBeLessThan(0.015));
  });

  it('topK keeps exactly the k largest logits (ties by index)', () => {
    const rng = new Rng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(pick([0, 3, 3, 1, 2.5], 5, 2, rng));
    expect([...seen].sort()).toEqual([1, 2]);
    expect(pick([0, 3, 3, 1], 1, 1, rng)).toBe(1);
  });
});

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
