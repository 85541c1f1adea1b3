// The gradient-flow monitor: quiet on a Llama that learns, and each warning on its reproduction.
import { describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { preflight } from '../src/diagnostics/preflight.js';
import { probeModel } from './broken-models.js';

const [B, T] = [4, 8];
/** A learnable stream: each token is the previous one plus one (mod vocab), from a seeded start. */
function batch(step: number, vocab: number): { inputs: st.Tensor<[number, number], 'int32'>; targets: st.Tensor<[number, number], 'int32'> } {
  const ids = (shift: number): Int32Array => Int32Array.from({ length: B * T }, (_, i) => (Math.floor(i / T) * 5 + step * 3 + (i % T) + shift) % vocab);
  return { inputs: st.tensor(ids(0), [B, T], 'int32'), targets: st.tensor(ids(1), [B, T], 'int32') };
}

describe('GradientMonitor', () => {
  it('has no warnings for a Llama that learns, and its figures are sane', () => {
    const model = probeModel(11);
    const params = model.parameters();
    const optimizer = new st.AdamW({ learningRate: 1e-2, weightDecay: 0.1 });
    const monitor = new st.GradientMonitor(params, { vocabSize: model.config.vocabSize, window: 20 });
    let afterFirst = 0;
    for (let step = 0; step < 20; step++) {
      const { inputs, targets } = batch(step, model.config.vocabSize);
      st.tidy(() => {
        const { value, grads } = st.variableGrads(() => model.loss(inputs, targets), params);
        monitor.observe(value.item(), grads, () => optimizer.apply(params, grads));
      });
      st.dispose([inputs, targets]);
      // The optimizer's slots appear in the first step; after it, no step leaves a tensor behind.
      if (step === 0) afterFirst = st.memory().numTensors;
    }
    expect(st.memory().numTensors).toBe(afterFirst);
    const report = monitor.report();
    expect(report.warnings, st.formatGradientReport(report)).toEqual([]);
    expect(report.steps).toBe(20);
    expect(report.lastLoss).toBeLessThan(0.8 * Math.log(model.config.vocabSize));
    for (const p of report.parameters) {
      expect(p.meanGradNorm, p.name).toBeGreaterThan(0);
      // Adam's first steps move each weight by about lr per element: update/weight is lr / RMS.
      expect(p.meanUpdateRatio, p.name).toBeGreaterThan(1e-4);
      expect(p.meanUpdateRatio, p.name).toBeLessThan(1);
    }
    optimizer.dispose();
    model.dispose();
  });

  it('flags an optimizer that updates another model\'s parameters: never moved, and the loss stays at ln(vocab)', () => {
    const model = probeModel(12);
    const other = probeModel(13);
    const params = model.parameters();
    const optimizer = new st.AdamW({ learningRate: 1e-2 });
    const monitor = new st.GradientMonitor(params, { vocabSize: model.config.vocabSize });
    for (let step = 0; step < 8; step++) {
      const { inputs, targets } = batch(step, model.config.vocabSize);
      st.tidy(() => {
        const { value, grads } = st.variableGrads(() => model.loss(inputs, targets), params);
        // The bug: the optimizer steps the other model (same names, same shapes).
        monitor.observe(value.item(), grads, () => optimizer.apply(other.parameters(), grads));
      });
      st.dispose([inputs, targets]);
    }
    const report = monitor.report();
    const text = st.formatGradientReport(report);
    expect(report.parameters.every((p) => p.warnings.some((w) => w.startsWith('the optimizer never changed it'))), text).toBe(true);
    expect(report.warnings[0]).toMatch(/^21 of 21 parameters \(model\.embed_tokens\.weight, .*\): the optimizer never changed it/);
    expect(report.warnings.join('\n')).toMatch(/the loss stayed at ln\(vocab\) = ln 17 = 2\.83 for 8 steps/);
    optimizer.dispose();
    model.dispose();
    other.dispose();
  });

  it('flags a parameter with no gradient and one that collapses toward 0', () => {
    const used = st.variable(st.tensor([1, -1]));
    const unused = st.variable(st.tensor([0.5, 0.5]));
    const beta = st.variable(st.tensor([1]));
    const params = { used, unused, beta };
    const optimizer = new st.SGD({ learningRate: 0.25 });
    const monitor = new st.GradientMonitor(params);
    for (let step = 0; step < 12; step++) {
      st.tidy(() => {
        // beta only ever shrinks the loss by shrinking: the post's learnable beta drifting to 0.
        const { value, grads } = st.variableGrads(() => st.add(st.sum(st.square(st.sub(used, 2))), st.sum(st.square(beta))), { used, beta });
        monitor.observe(value.item(), grads, () => optimizer.apply({ used, beta }, grads));
      });
    }
    const report = monitor.report();
    const byName = new Map(report.parameters.map((p) => [p.name, p]));
    expect(byName.get('used')?.warnings).toEqual([]);
    expect(byName.get('unused')?.warnings[0]).toMatch(/its gradient is zero at every step/);
    expect(byName.get('beta')?.warnings[0]).toMatch(/its value collapsed toward 0 \(RMS 1\.00 -> /);
    expect(st.formatGradientReport(report)).toMatch(/WARNING: beta: its value collapsed toward 0/);
    optimizer.dispose();
    st.dispose([used, unused, beta]);
  });
});

describe('preflight', () => {
  it('fails when the optimizer cannot move the weights (learning rate 0), naming the check', () => {
    const model = probeModel(14);
    let step = 0;
    const result = preflight(model, {
      scratch: () => probeModel(14), learningRate: 0, weightDecay: 0, steps: 6,
      batch: () => batch(step++, model.config.vocabSize),
    });
    expect(result.ok).toBe(false);
    expect(result.text).toMatch(/^causality: ok/);
    expect(result.text).toMatch(/gradient flow: PROBLEM:/);
    expect(result.text).toMatch(/WARNING: 21 of 21 parameters .*: the optimizer never changed it/);
    model.dispose();
  });
});
