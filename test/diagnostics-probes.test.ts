// The causality and evaluation-determinism probes: each flags its broken reproduction and passes
// the shipped Llama.
import { describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { createLlama } from '../src/llama/model.js';
import { generate } from '../src/llama/sample.js';
import { BrokenLlama, probeConfig, probeModel } from './broken-models.js';

describe('checkCausal', () => {
  it('passes the shipped Llama', () => {
    const model = probeModel();
    const before = st.memory().numTensors;
    const report = st.checkCausal(model, { batch: 3, seed: 1 });
    expect(st.memory().numTensors).toBe(before);
    expect(report.leak, st.formatCausality(report)).toBeUndefined();
    expect(report.ok).toBe(true);
    // The perturbation reached the model: later logits moved.
    for (const cut of report.cuts) expect(cut.changeAfter).toBeGreaterThan(1e-3);
    expect(st.formatCausality(report)).toMatch(/^causality: ok/);
    model.dispose();
  });

  it('passes the shipped Llama on cpu too', async () => {
    await st.initDevice('cpu');
    const model = createLlama(probeConfig, 4, 'cpu');
    const report = st.checkCausal(model);
    expect(report.ok, st.formatCausality(report)).toBe(true);
    model.dispose();
  });

  it('flags attention without a causal mask, at position 0', () => {
    const model = probeModel();
    const report = st.checkCausal(new BrokenLlama(model, 'no-causal-mask'));
    expect(report.ok).toBe(false);
    expect(report.leak?.position).toBe(0);
    expect(report.leak?.change ?? 0).toBeGreaterThan(1e-3);
    expect(st.formatCausality(report)).toMatch(/^causality: LEAK: logits at positions <= 0 move by up to [0-9.e-]+ when only the tokens after position 0 change \(first moved: position 0/);
    // Each cut leaks: every position before it sees the future.
    for (const cut of report.cuts) expect(cut.firstLeak).toBe(0);
    model.dispose();
  });

  it('flags an RMSNorm over the time axis', () => {
    const model = probeModel();
    const report = st.checkCausal(new BrokenLlama(model, 'rmsnorm-over-time'));
    expect(report.ok).toBe(false);
    expect(report.leak?.position).toBe(0);
    model.dispose();
  });

  it('says a model that ignores its input is inconclusive, not causal', () => {
    const model = probeModel();
    const constant = {
      config: model.config, device: 'default' as const,
      forward: (ids: st.Tensor<[number, number], 'int32'>) => st.zeros([ids.shape[0], ids.shape[1], model.config.vocabSize]),
    };
    const report = st.checkCausal(constant);
    expect(report.inert).toBe(true);
    expect(report.ok).toBe(false);
    model.dispose();
  });

  it('refuses a model whose logits do not match its ids', () => {
    const model = probeModel();
    const wrong = { config: model.config, device: 'default' as const, forward: () => st.zeros([1, 1, 3]) };
    expect(() => st.checkCausal(wrong)).toThrow(/gave logits \[1, 1, 3\] for ids \[2, 12\]/);
    model.dispose();
  });
});

describe('checkEvalDeterminism', () => {
  it('passes the shipped Llama with dropout configured (it only runs while training)', () => {
    const model = probeModel(5, { ...probeConfig, dropout: 0.2 });
    const sampler = (seed: number): Int32Array => generate(model, Int32Array.from([1, 2, 3]), { tokens: 6, temperature: 0, seed });
    const report = st.checkEvalDeterminism(model, { sample: sampler });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    // Dropout is real in training mode: the probe would see it if it ran at evaluation.
    expect(report.trainingChange).toBeGreaterThan(1e-3);
    expect(st.formatDeterminism(report)).toMatch(/^eval determinism: ok/);
    model.dispose();
  });

  it('flags unseeded dropout left on at evaluation', () => {
    const model = probeModel(5);
    const report = st.checkEvalDeterminism(new BrokenLlama(model, 'dropout-at-eval'));
    expect(report.ok).toBe(false);
    expect(report.repeatChange).toBeGreaterThan(0);
    expect(report.problems[0]).toMatch(/two identical evaluation calls gave logits that differ/);
    model.dispose();
  });

  it('flags seeded dropout left on at evaluation (repeatable, but seed-dependent)', () => {
    const model = probeModel(5);
    const report = st.checkEvalDeterminism(new BrokenLlama(model, 'seeded-dropout-at-eval'));
    expect(report.repeatChange).toBe(0);
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/evaluation logits depend on the dropout seed/);
    model.dispose();
  });

  it('flags a sampler that is not greedy-deterministic', () => {
    const model = probeModel(5);
    const sampler = (seed: number): Int32Array => generate(model, Int32Array.from([1, 2, 3]), { tokens: 20, temperature: 1, seed });
    const report = st.checkEvalDeterminism(model, { sample: sampler });
    expect(report.samplerDifference).toBeDefined();
    expect(report.ok).toBe(false);
    model.dispose();
  });
});
