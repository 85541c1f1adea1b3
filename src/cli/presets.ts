// Named training settings for `shapetype train --preset NAME`.
import type { TrainOptions } from '../train/train.js';

export type Preset = Omit<TrainOptions, 'data' | 'runDir' | 'resume' | 'log' | 'isTTY'>;

/** Named settings. `default` is the README's main job: under 10 minutes on 2 cores with wasm. */
export const presets: Record<string, Preset> = {
  // Fits any machine: times steps 10..100 (inside warmup) and one evaluation, and chooses the step
  // count (at most 6000) that ends the cosine schedule in 97% of the 9.5 minutes; the choice is saved
  // for --resume. Those early steps run ~5% slower than the run's average (2-core machine, quiet), so
  // a quiet run trains ~8.8 minutes and `npm run train` takes ~9 in all (build, start, final sample).
  // The model: dim 96, 6 heads of 16 (455,712 parameters) beat dim 128, 8 heads (820,608) at equal
  // time: its step costs 0.56-0.71x (bench/recipe-ab.ts, one process, 2-core machine), so it takes
  // ~1.5x the steps; fixed-step runs: 2236 steps of dim 128 (what the 9.5-minute plan chose for it
  // at 241 ms/step) val 1.6172, 3300 steps of dim 96 val 1.6126 (a quiet machine fits ~3,400-4,000).
  // Not better at equal time: context 128 x batch 8 (1.8047 vs 1.7663 at 1000 steps, on the same
  // 64-long windows, and 1.2x the step), Adam beta2 0.99 (no gain at 1000 steps), lr 4e-3.
  default: {
    model: { dim: 96, nLayers: 4, nHeads: 6, nKvHeads: 6, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 },
    batchSize: 16, context: 64, steps: 6000, learningRate: 2e-3, minLearningRate: 2e-4, warmupSteps: 100, weightDecay: 0.1,
    gradClip: 1, seed: 1337, evalEvery: 250, evalWindows: 256, checkpointEvery: 500, sampleTokens: 300, samplePrompt: 'ROMEO:',
    budgetMinutes: 9.5,
    // A guard for a machine that gets >10% slower after calibrating: stop (with a checkpoint and a
    // final evaluation, and the report that the schedule did not finish) inside the 10 minutes.
    maxMinutes: 9.75,
  },
  // The same recipe with a fixed length, for comparisons across machines and commits.
  fixed: {
    model: { dim: 96, nLayers: 4, nHeads: 6, nKvHeads: 6, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 },
    batchSize: 16, context: 64, steps: 3000, learningRate: 2e-3, minLearningRate: 2e-4, warmupSteps: 100, weightDecay: 0.1,
    gradClip: 1, seed: 1337, evalEvery: 250, evalWindows: 256, checkpointEvery: 500, sampleTokens: 300, samplePrompt: 'ROMEO:',
  },
  smoke: {
    model: { dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 16, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 32, dropout: 0 },
    batchSize: 8, context: 32, steps: 60, learningRate: 3e-3, minLearningRate: 3e-4, warmupSteps: 10, weightDecay: 0.1,
    gradClip: 1, seed: 1337, evalEvery: 30, evalWindows: 32, checkpointEvery: 30, sampleTokens: 100, samplePrompt: 'ROMEO:',
  },
};


/** A setting's value in each preset, for --help: `3000; smoke preset: 60`, or one value when all agree. */
export function presetDefault(get: (p: Preset) => string | number | undefined): string {
  const shown = Object.entries(presets).map(([name, p]) => [name, String(get(p) ?? 'none')] as const);
  const [first, ...rest] = shown;
  if (rest.every(([, v]) => v === first[1])) return first[1];
  return `${first[1]}; ${rest.map(([name, v]) => `${name} preset: ${v}`).join('; ')}`;
}
