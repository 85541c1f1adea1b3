// Fitting a run's length to the machine: a run with a time budget measures its first steps and
// chooses its step count so that the whole learning-rate schedule ends inside the budget. The
// measurement happens inside warmup, where the learning rate does not depend on the total, so a
// calibrated run computes exactly what a fixed run of the chosen length computes; the choice is
// written to the run's settings, and a resumed run uses it (it never calibrates again; one stopped
// before it chose, still holding its budget in its settings, chooses when resumed).

/**
 * The steps a run with a time budget times: from `from` to `to` (then it measures one evaluation
 * and chooses). Inside warmup when warmup is long enough, and long: a step of the default run takes
 * ~8% longer over steps 5..30 than over the whole run (V8 still compiling, first allocations), ~5%
 * over steps 10..100 (measured on the 2-core machine; docs in the preset).
 */
export function calibrationWindow(warmupSteps: number, startStep = 0): { from: number; to: number } {
  const to = Math.max(8, Math.min(100, warmupSteps));
  const from = Math.min(10, Math.floor(to / 3));
  // A run resumed inside the window times what is left of it (at least 5 steps after its first,
  // which pays for compilation again); past warmup only when the window is nearly used up.
  if (startStep < from) return { from, to };
  const resumedFrom = startStep + 1;
  return { from: resumedFrom, to: Math.max(to, resumedFrom + 5) };
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
  const safety = c.safety ?? 0.97;
  const left = (c.budgetSeconds - c.elapsedSeconds) * safety;
  // Each step costs stepSeconds plus, every evalEvery steps, an evaluation (and one at the end).
  const perStep = c.stepSeconds + c.evalSeconds / c.evalEvery;
  const more = Math.floor((left - c.evalSeconds) / perStep);
  return Math.max(c.step + 1, Math.min(c.maxSteps, c.step + Math.max(0, more)));
}
