// The step count a time-budgeted run chooses from its measured speed.
import { describe, expect, it } from 'vitest';
import { calibrationStep, chooseSteps } from '../src/train/calibrate.js';

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
  it('measures inside warmup when warmup is long enough', () => {
    expect(calibrationStep(100)).toBe(30);
    expect(calibrationStep(10)).toBe(10);
    expect(calibrationStep(0)).toBe(8);
  });
});
