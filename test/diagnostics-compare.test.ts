// Layer-by-layer comparison against the PyTorch reference's dumps (test/fixtures/reference, made by
// `npm run fixtures:reference`): the shipped Llama agrees within 1e-4 on wasm and cpu, and a Llama
// whose values are rotated by RoPE in one block is reported at that block.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { importHuggingFace } from '../src/io/checkpoint.js';
import { BrokenLlama } from './broken-models.js';
import { closeValues } from './helpers.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'reference');
const names = ['mha', 'gqa', 'mqa'] as const;

describe('reference dumps', () => {
  it('hold the tokens and every activation in data-flow order', () => {
    const dump = st.readReference(join(fixtures, 'gqa', 'reference.safetensors'));
    expect(dump.tokens.shape).toEqual([2, 9]);
    expect([...dump.activations.keys()]).toEqual(st.activationNames(3));
    expect(dump.activations.get('logits')?.shape).toEqual([2, 9, 13]);
  });

  it('refuses a file that is not a dump', () => {
    expect(() => st.readReference(join(fixtures, 'gqa', 'model.safetensors'))).toThrow(/needs an int32 'tokens' tensor/);
  });
});

describe.each(['default', 'cpu'] as const)('against the reference on %s', (device) => {
  it.each(names)('the shipped Llama agrees on %s: logits within 1e-4', async (name) => {
    if (device === 'cpu') await st.initDevice('cpu');
    const dump = st.readReference(join(fixtures, name, 'reference.safetensors'));
    const { model } = importHuggingFace(join(fixtures, name), device);
    const ours: st.Activations = new Map();
    st.tidy(() => {
      const logits = model.forward(st.tensor(dump.tokens.data, dump.tokens.shape, 'int32', device));
      ours.set('logits', { shape: logits.shape, data: logits.dataSync() });
    });
    const logitsOnly: st.Activations = new Map([['logits', dump.activations.get('logits') ?? { shape: [], data: new Float32Array() }]]);
    const report = st.compareActivations(ours, logitsOnly, 1e-4);
    expect(report.ok, st.formatComparison(report)).toBe(true);
    model.dispose();
  });
});

describe('a Llama with one bug', () => {
  it('rotating the values by RoPE in block 1 is reported at layers.1.attention, the layers before agreeing', () => {
    const dump = st.readReference(join(fixtures, 'gqa', 'reference.safetensors'));
    const { model } = importHuggingFace(join(fixtures, 'gqa'));
    const trace = (bugged: BrokenLlama): st.Activations => {
      const acts: st.Activations = new Map();
      st.tidy(() => {
        bugged.forward(st.tensor(dump.tokens.data, dump.tokens.shape, 'int32'), {}, (n, x) => acts.set(n, { shape: x.shape, data: x.dataSync() }));
      });
      return acts;
    };
    const good = st.compareActivations(trace(new BrokenLlama(model, 'none')), dump.activations);
    expect(good.ok, st.formatComparison(good)).toBe(true);
    const bad = st.compareActivations(trace(new BrokenLlama(model, 'rope-on-values', 1)), dump.activations);
    expect(bad.firstDifference, st.formatComparison(bad)).toBe('layers.1.attention');
    expect(bad.layers.slice(0, 3).every((l) => l.ok)).toBe(true);
    expect(st.formatComparison(bad)).toMatch(/layers\.1\.attention +[0-9.e-]+ +[0-9.e-]+   <- first difference/);
    expect(st.formatComparison(bad)).toMatch(/first difference: layers\.1\.attention \(tolerance 1\.00e-4\); the layers before it agree$/);
    model.dispose();
  });

  it('names an activation our model did not record, or recorded with another shape', () => {
    const reference: st.Activations = new Map([
      ['embedding', { shape: [1, 2], data: Float32Array.from([1, 2]) }],
      ['norm', { shape: [1, 2], data: Float32Array.from([1, 2]) }],
      ['logits', { shape: [1, 2], data: Float32Array.from([1, 2]) }],
    ]);
    const ours: st.Activations = new Map([
      ['embedding', { shape: [1, 2], data: Float32Array.from([1, 2.00001]) }],
      ['logits', { shape: [2, 1], data: Float32Array.from([1, 2]) }],
    ]);
    const report = st.compareActivations(ours, reference);
    expect(report.layers.map((l) => [l.name, l.ok, l.problem])).toEqual([
      ['embedding', true, undefined], ['norm', false, 'not recorded by our model'], ['logits', false, 'shape [2, 1] but the reference has [1, 2]'],
    ]);
    expect(report.firstDifference).toBe('norm');
  });
});

describe.each(['default', 'cpu'] as const)('the shipped Llama layer by layer on %s', (device) => {
  it.each(names)('%s: every activation within 1e-4 of the reference, read through forward hooks', async (name) => {
    if (device === 'cpu') await st.initDevice('cpu');
    const dump = st.readReference(join(fixtures, name, 'reference.safetensors'));
    const { model } = importHuggingFace(join(fixtures, name), device);
    const before = st.memory().numTensors;
    const ours = st.recordActivations(model, () => model.forward(st.tensor(dump.tokens.data, dump.tokens.shape, 'int32', device)));
    expect(st.memory().numTensors).toBe(before);
    const report = st.compareActivations(ours, dump.activations, 1e-4);
    expect(report.ok, st.formatComparison(report)).toBe(true);
    expect(report.layers.map((l) => l.name)).toEqual(st.activationNames(model.config.nLayers));
    // The hooks are gone afterwards: another forward records nothing new.
    st.tidy(() => model.forward(st.tensor(dump.tokens.data, dump.tokens.shape, 'int32', device)));
    expect(ours.size).toBe(report.layers.length);
    model.dispose();
  });

  it.each(names)('%s: attention maps equal the reference softmax of every head', async (name) => {
    if (device === 'cpu') await st.initDevice('cpu');
    const dump = st.readReference(join(fixtures, name, 'reference.safetensors'));
    const { model } = importHuggingFace(join(fixtures, name), device);
    const maps = st.recordAttention(model, () => model.forward(st.tensor(dump.tokens.data, dump.tokens.shape, 'int32', device)));
    expect(maps.length).toBe(model.config.nLayers);
    maps.forEach((m, i) => {
      const ref = dump.attentionWeights[i];
      const [, heads, t] = ref.shape;
      expect([m.heads, m.length]).toEqual([heads, t]);
      // Batch row 0 of the reference's [B, heads, T, T].
      closeValues(m.weights, ref.data.slice(0, heads * t * t), 1e-5, `layer ${i}`);
    });
    model.dispose();
  });
});
