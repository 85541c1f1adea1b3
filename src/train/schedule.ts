// Learning-rate schedule: linear warmup, then cosine decay to a floor (as nanoGPT).

export interface Schedule {
  learningRate: number;
  minLearningRate: number;
  warmupSteps: number;
  /** The step at which the cosine reaches minLearningRate. */
  decaySteps: number;
}

/** The learning rate for a 0-based step. */
export function learningRateAt(step: number, s: Schedule): number {
  if (step < s.warmupSteps) return (s.learningRate * (step + 1)) / s.warmupSteps;
  if (step >= s.decaySteps) return s.minLearningRate;
  const progress = (step - s.warmupSteps) / Math.max(1, s.decaySteps - s.warmupSteps);
  return s.minLearningRate + 0.5 * (1 + Math.cos(Math.PI * progress)) * (s.learningRate - s.minLearningRate);
}
