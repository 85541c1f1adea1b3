// The step count a time-budgeted run chooses from its measured speed.
import { describe, expect, it } from 'vitest';
import { calibrationWindow, chooseSteps } from '../src/train/calibrate.js';

describe('chooseSteps', () => {
  const base = { budgetSeconds: 540, elapsedSeconds: 12, step: 30, stepSeconds: 0.2, evalSeconds: 2, evalEvery: 250, maxSteps: 100_000, safety: 1 };
  it('fills the remaining time with steps and evaluations', () => {
    const steps = chooseSteps(base);
    // 528 s left, minus the final evaluation, at 0.2 + 2/250 s a step: 2528 more steps.
    expect(steps).toBe(30 + Math.floor((528 - 2) / 0.208));
    const planned = 12 + (steps - 30) * 0.2 + Math.ceil(steps / 250) * 2;
    expect(planned).toBeLessThanOrEqual(540 + 2);
  });
  it('plans for about half the steps on a machine half as fast', () => {
    const fast = chooseSteps(base);
    const slow = chooseSteps({ ...base, stepSeconds: 0.4, evalSeconds: 4 });
    expect(slow).toBe(30 + Math.floor((528 - 4) / 0.416));
    expect(slow - 30).toBeLessThanOrEqual((fast - 30) / 2);
  });
  it('keeps a safety share, the cap and at least one more step', () => {
    expect(chooseSteps({ ...base, safety: 0.9 })).toBeLessThan(chooseSteps(base));
    expect(chooseSteps({ ...base, maxSteps: 1000 })).toBe(1000);
    expect(chooseSteps({ ...base, elapsedSeconds: 600 })).toBe(31);
  });
  it('times many steps inside warmup when warmup is long enough, after the first few', () => {
    expect(calibrationWindow(100)).toEqual({ from: 10, to: 100 });
    expect(calibrationWindow(400)).toEqual({ from: 10, to: 100 });
    expect(calibrationWindow(10)).toEqual({ from: 3, to: 10 });
    expect(calibrationWindow(0)).toEqual({ from: 2, to: 8 });
    // Resumed inside the window: the steps left of it, at least 5.
    expect(calibrationWindow(100, 9)).toEqual({ from: 10, to: 100 });
    expect(calibrationWindow(100, 10)).toEqual({ from: 11, to: 100 });
    expect(calibrationWindow(100, 98)).toEqual({ from: 99, to: 104 });
  });
  it('plans for 97% of the time left unless told otherwise', () => {
    const { safety: _, ...rest } = base;
    expect(chooseSteps(rest)).toBe(30 + Math.floor((528 * 0.97 - 2) / 0.208));
  });
});

describe('the README describes the default preset as it is', () => {
  it('names its budget, its safety share, its calibration window and its guard', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { presets } = await import('../src/cli/presets.js');
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const p = presets.default;
    const w = calibrationWindow(p.warmupSteps);
    expect(readme).toContain(`times steps ${w.from} to ${w.to} and one evaluation`);
    expect(readme).toContain(`ends in 97% of ${p.budgetMinutes} minutes`);
    expect(readme).toContain(`(\`--max-minutes ${p.maxMinutes}\`)`);
    expect(readme).toContain(`a Llama of dim ${p.model.dim}, ${p.model.nLayers} layers, ${p.model.nHeads} heads,`);
    // fixed is the same recipe, only with a fixed length.
    const { steps: _a, budgetMinutes: _b, maxMinutes: _c, ...recipe } = p;
    const { steps: _d, ...fixed } = presets.fixed;
    expect(fixed).toEqual(recipe);
    expect(chooseSteps({ budgetSeconds: 100, elapsedSeconds: 0, step: 1, stepSeconds: 1, evalSeconds: 0, evalEvery: 1000, maxSteps: 1000 })).toBe(1 + 97);
  });
});
