// Fitting a run's length to the machine: a run with a time budget measures its first steps and
// chooses its step count so that the whole learning-rate schedule ends inside the budget. The
// measurement happens inside warmup, where the learning rate does not depend on the total, so a
// calibrated run computes exactly what a fixed run of the chosen length computes; the choice is
// written to the run's settings, and a resumed run uses it (it never calibrates again).

/** The step after which a run with a time budget measures its speed (inside warmup when warmup is long enough). */
export function calibrationStep(warmupSteps: number): number {
  return Math.max(8, Math.min(30, warmupSteps));
}

export interface CalibrationInput {
  /** The time budget of the training loop, in seconds. */
  budgetSeconds: number;
  /** Seconds spent so far (steps, the measured evaluation). */
  elapsedSeconds: number;
  /** Steps done so far. */
  step: number;
  /** Measured seconds per training step (after warm-up steps). */
  stepSeconds: number;
  /** Measured seconds of one evaluation. */
  evalSeconds: number;
  evalEvery: number;
  /** The most steps the run may take (its --steps). */
  maxSteps: number;
  /** Share of the remaining time planned for (the rest absorbs a machine that gets busier). */
  safety?: number;
}

/** The number of steps whose schedule fits the remaining budget, with evaluations, at least step + 1. */
export function chooseSteps(c: CalibrationInput): number {
  const safety = c.safety ?? 0.93;
  const left = (c.budgetSeconds - c.elapsedSeconds) * safety;
  // Each step costs stepSeconds plus, every evalEvery steps, an evaluation (and one at the end).
  const perStep = c.stepSeconds + c.evalSeconds / c.evalEvery;
  const more = Math.floor((left - c.evalSeconds) / perStep);
  return Math.max(c.step + 1, Math.min(c.maxSteps, c.step + Math.max(0, more)));
}
