// What `train --resume` keeps and what it lets change. A resumed run is the same run: its model,
// data, batch, context, seed and optimizer settings are the ones it was started with (a different
// value would train a different model than config.json and train-options.json describe, or make
// the resumed steps differ from an uninterrupted run's). Only the length of the run, how often it
// evaluates and saves, the sample it draws at the end, the time budget and the backend may change.
import { resolve } from 'node:path';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { isRecord } from '../io/safetensors.js';
import { readJsonFile } from '../io/json.js';
import type { Preset } from './presets.js';

/** Flags whose value a resumed run keeps: giving one with another value is an error naming it. */
export const keptOnResume = [
  'data', 'dim', 'layers', 'heads', 'kv-heads', 'hidden-dim', 'multiple-of', 'rope-theta', 'norm-eps', 'dropout',
  'context', 'batch', 'seed', 'lr', 'min-lr', 'warmup', 'weight-decay', 'grad-clip', 'eval-windows',
] as const;

/** Flags a resume may change; all but --max-minutes and --backend are saved for later resumes. */
export const changeableOnResume = ['steps', 'eval-every', 'checkpoint-every', 'sample-tokens', 'prompt', 'max-minutes', 'backend'] as const;

/** The rules, as `train --help` and the README state them. */
export const resumeHelp = `resuming (--run DIR --resume) continues the run with the settings it was started with:
  kept (giving another value is an error): --data, the model (--dim --layers --heads --kv-heads
    --hidden-dim --multiple-of --rope-theta --norm-eps --dropout), --context, --batch, --seed,
    --lr, --min-lr, --warmup, --weight-decay, --grad-clip, --eval-windows; --preset is refused
  may change, and are saved for later resumes: --steps (the cosine schedule follows the new
    total), --eval-every, --checkpoint-every, --sample-tokens, --prompt
  this invocation only: --max-minutes (no time limit on a resume unless given), --backend
  a finished run (its checkpoint at --steps) resumes only with a larger --steps
`;

export interface SavedRun {
  preset: Preset;
  data: string;
}

/** The settings a run was started with (its train-options.json), checked field by field. */
export function savedSettings(runDir: string): SavedRun {
  const path = join(runDir, 'train-options.json');
  if (!existsSync(path)) throw new Error(`${runDir}: no train-options.json, so nothing to resume there`);
  const json = readJsonFile(path);
  if (!isRecord(json)) throw new Error(`${path}: not a JSON object`);
  const model = json.model;
  if (!isRecord(model)) throw new Error(`${path}: 'model' must be an object`);
  const number = (obj: Record<string, unknown>, key: string, integer = false): number => {
    const value = obj[key];
    if (typeof value !== 'number' || (integer && !Number.isSafeInteger(value))) {
      throw new Error(`${path}: '${key}' must be ${integer ? 'an integer' : 'a number'}, got ${JSON.stringify(value)}`);
    }
    return value;
  };
  const text = (key: string): string => {
    const value = json[key];
    if (typeof value !== 'string') throw new Error(`${path}: '${key}' must be a string, got ${JSON.stringify(value)}`);
    return value;
  };
  const hiddenDim = model.hiddenDim === undefined || model.hiddenDim === null ? undefined : number(model, 'hiddenDim', true);
  return {
    data: text('data'),
    preset: {
      model: {
        dim: number(model, 'dim', true), nLayers: number(model, 'nLayers', true), nHeads: number(model, 'nHeads', true),
        nKvHeads: number(model, 'nKvHeads', true), hiddenDim, multipleOf: number(model, 'multipleOf', true),
        normEps: number(model, 'normEps'), ropeTheta: number(model, 'ropeTheta'), maxSeqLen: number(model, 'maxSeqLen', true),
        dropout: number(model, 'dropout'),
      },
      batchSize: number(json, 'batchSize', true), context: number(json, 'context', true), steps: number(json, 'steps', true),
      learningRate: number(json, 'learningRate'), minLearningRate: number(json, 'minLearningRate'), warmupSteps: number(json, 'warmupSteps', true),
      weightDecay: number(json, 'weightDecay'), gradClip: number(json, 'gradClip'), seed: number(json, 'seed', true),
      evalEvery: number(json, 'evalEvery', true), evalWindows: number(json, 'evalWindows', true),
      checkpointEvery: number(json, 'checkpointEvery', true),
      // Not kept: a time budget is for the invocation that gave it.
      maxMinutes: undefined,
      sampleTokens: number(json, 'sampleTokens', true), samplePrompt: text('samplePrompt'),
    },
  };
}

/** The value a kept flag has in a saved run, to compare with the one given. */
function savedValue(flag: (typeof keptOnResume)[number], saved: SavedRun): number | string | undefined {
  const p = saved.preset;
  const m = p.model;
  const values: Record<(typeof keptOnResume)[number], number | string | undefined> = {
    data: resolve(saved.data), dim: m.dim, layers: m.nLayers, heads: m.nHeads, 'kv-heads': m.nKvHeads, 'hidden-dim': m.hiddenDim,
    'multiple-of': m.multipleOf, 'rope-theta': m.ropeTheta, 'norm-eps': m.normEps, dropout: m.dropout, context: p.context,
    batch: p.batchSize, seed: p.seed, lr: p.learningRate, 'min-lr': p.minLearningRate, warmup: p.warmupSteps,
    'weight-decay': p.weightDecay, 'grad-clip': p.gradClip, 'eval-windows': p.evalWindows,
  };
  return values[flag];
}

/**
 * Refuses flags a resume cannot honour: --preset, and a kept flag whose value (parsed by
 * parse(flag, text)) differs from the run's. The same value is accepted (scripts repeat flags).
 */
export function checkResumeFlags(
  given: Record<string, string | boolean | undefined>, saved: SavedRun, parse: (flag: string, text: string) => number,
): void {
  if (given.preset !== undefined) throw new Error('--preset does not apply with --resume: a resumed run keeps the settings it was started with');
  for (const flag of keptOnResume) {
    const text = given[flag];
    if (typeof text !== 'string') continue;
    const was = savedValue(flag, saved);
    const now = flag === 'data' ? resolve(text) : parse(flag, text);
    if (now !== was) {
      throw new Error(
        `--${flag} cannot change when resuming (the run has ${was === undefined ? 'none' : JSON.stringify(was)}, given ${JSON.stringify(now)}); ` +
          'a resumed run keeps its model, data, batch, context, seed and optimizer settings. Start a new run to change it',
      );
    }
  }
}
