// `shapetype train`: build the options from a preset, a resumed run's saved settings and flags.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as st from '../index.js';
import { train, type TrainOptions } from '../train/train.js';
import { findPackageRoot, int, joinNegativeValues, num, timestamp, type Range } from './args.js';
import { checkResumeFlags, resumeHelp, savedSettings } from './resume.js';
import { helpText, type FlagDocs } from './help.js';
import { presetDefault, presets } from './presets.js';

const trainFlags = {
  preset: { type: 'string' },
  data: { type: 'string' },
  run: { type: 'string' },
  resume: { type: 'boolean', default: false },
  backend: { type: 'string' },
  steps: { type: 'string' },
  batch: { type: 'string' },
  context: { type: 'string' },
  dim: { type: 'string' },
  layers: { type: 'string' },
  heads: { type: 'string' },
  'kv-heads': { type: 'string' },
  'hidden-dim': { type: 'string' },
  'multiple-of': { type: 'string' },
  'rope-theta': { type: 'string' },
  'norm-eps': { type: 'string' },
  dropout: { type: 'string' },
  lr: { type: 'string' },
  'min-lr': { type: 'string' },
  warmup: { type: 'string' },
  'weight-decay': { type: 'string' },
  'grad-clip': { type: 'string' },
  seed: { type: 'string' },
  'eval-every': { type: 'string' },
  'eval-windows': { type: 'string' },
  'checkpoint-every': { type: 'string' },
  'max-minutes': { type: 'string' },
  'sample-tokens': { type: 'string' },
  prompt: { type: 'string' },
  check: { type: 'boolean', default: false },
  'grad-report': { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

const fromPreset = presetDefault;
const trainDocs: FlagDocs<typeof trainFlags> = {
  preset: { value: 'NAME', text: `named settings that every other flag overrides: ${Object.keys(presets).join(', ')}`, default: 'default' },
  data: { value: 'PATH', text: 'training text', default: 'the shipped data/tinyshakespeare.txt' },
  run: { value: 'DIR', text: 'run folder (checkpoints, metrics, samples)', default: 'runs/<preset>-<time>' },
  resume: { text: 'continue the run in --run DIR from its last checkpoint, with its saved settings (below)' },
  backend: { value: 'NAME', text: 'wasm, cpu, or tensorflow (needs @tensorflow/tfjs-node)', default: 'wasm, else cpu' },
  steps: { value: 'N', text: 'training steps', default: fromPreset((p) => p.steps) },
  batch: { value: 'N', text: 'sequences per step', default: fromPreset((p) => p.batchSize) },
  context: { value: 'N', text: 'tokens per sequence', default: fromPreset((p) => p.context) },
  dim: { value: 'N', text: 'model width', default: fromPreset((p) => p.model.dim) },
  layers: { value: 'N', text: 'transformer blocks', default: fromPreset((p) => p.model.nLayers) },
  heads: { value: 'N', text: 'attention heads', default: fromPreset((p) => p.model.nHeads) },
  'kv-heads': { value: 'N', text: 'key/value heads (grouped-query attention; --heads alone sets both)', default: fromPreset((p) => p.model.nKvHeads) },
  'hidden-dim': { value: 'N', text: 'SwiGLU hidden size', default: 'from --dim and --multiple-of, as Llama' },
  'multiple-of': { value: 'N', text: 'the SwiGLU hidden size is rounded up to a multiple of this', default: fromPreset((p) => p.model.multipleOf) },
  'rope-theta': { value: 'X', text: 'RoPE base', default: fromPreset((p) => p.model.ropeTheta) },
  'norm-eps': { value: 'X', text: 'RMSNorm epsilon', default: fromPreset((p) => p.model.normEps) },
  dropout: { value: 'P', text: 'dropout rate', default: fromPreset((p) => p.model.dropout) },
  lr: { value: 'X', text: 'peak learning rate (AdamW)', default: fromPreset((p) => p.learningRate) },
  'min-lr': { value: 'X', text: 'learning rate at the end of the cosine decay', default: fromPreset((p) => p.minLearningRate) },
  warmup: { value: 'N', text: 'linear warm-up steps', default: fromPreset((p) => p.warmupSteps) },
  'weight-decay': { value: 'X', text: 'AdamW decoupled weight decay', default: fromPreset((p) => p.weightDecay) },
  'grad-clip': { value: 'X', text: 'global gradient-norm clip', default: fromPreset((p) => p.gradClip) },
  seed: { value: 'N', text: 'seed of the weights, batches and dropout', default: fromPreset((p) => p.seed) },
  'eval-every': { value: 'N', text: 'steps between validation losses', default: fromPreset((p) => p.evalEvery) },
  'eval-windows': { value: 'N', text: 'validation windows per evaluation', default: fromPreset((p) => p.evalWindows) },
  'checkpoint-every': { value: 'N', text: 'steps between checkpoints', default: fromPreset((p) => p.checkpointEvery) },
  'max-minutes': { value: 'M', text: 'stop (with a checkpoint) after this many minutes', default: fromPreset((p) => p.maxMinutes) },
  'sample-tokens': { value: 'N', text: `tokens sampled at the end (at most ${st.maxGenerateTokens})`, default: fromPreset((p) => p.sampleTokens) },
  prompt: { value: 'TEXT', text: 'prompt of the final sample', default: fromPreset((p) => JSON.stringify(p.samplePrompt)) },
  check: { text: 'run the diagnostics (causality, eval determinism, wasted computation, gradient flow) before training; stop on a problem' },
  'grad-report': { value: 'N', text: 'print gradient norms and update/weight ratios per parameter every N steps', default: 'none' },
  help: { text: 'print this help' },
};

export const trainUsage =
  helpText(
    'shapetype train [--preset NAME] [--run DIR] [--resume] [flags]',
    'Trains a Llama on a text file, character by character, with checkpoints in the run folder.',
    trainFlags, trainDocs,
  ) + `numbers are written plainly: integers as digits (12), decimals with a point (0.002)\n\n${resumeHelp}`;

/** Each numeric flag: integer or decimal, and its range. */
const numericFlags: Record<string, { integer: boolean } & Range> = {
  steps: { integer: true, min: 1 }, batch: { integer: true, min: 1 }, context: { integer: true, min: 1 },
  dim: { integer: true, min: 1 }, layers: { integer: true, min: 1 }, heads: { integer: true, min: 1 }, 'kv-heads': { integer: true, min: 1 },
  'hidden-dim': { integer: true, min: 1 }, 'multiple-of': { integer: true, min: 1 },
  'rope-theta': { integer: false, above: 0 }, 'norm-eps': { integer: false, above: 0 }, dropout: { integer: false, min: 0, below: 1 },
  lr: { integer: false, min: 0 }, 'min-lr': { integer: false, min: 0 }, warmup: { integer: true, min: 0 },
  'weight-decay': { integer: false, min: 0 }, 'grad-clip': { integer: false, min: 0 }, seed: { integer: true, min: 0, max: 0xffffffff },
  'eval-every': { integer: true, min: 1 }, 'eval-windows': { integer: true, min: 1 }, 'checkpoint-every': { integer: true, min: 1 },
  'max-minutes': { integer: false, min: 0 }, 'sample-tokens': { integer: true, min: 0, max: st.maxGenerateTokens }, 'grad-report': { integer: true, min: 1 },
};

/** A numeric flag's value, checked (text given), or fallback when absent. */
function flag(name: string, text: string | undefined, fallback: number): number {
  const spec = numericFlags[name];
  if (spec === undefined) throw new Error(`internal: --${name} is not a numeric flag`);
  return spec.integer ? int(name, text, fallback, spec) : num(name, text, fallback, spec);
}

export async function trainCommand(args: string[]): Promise<void> {
  const { values: v } = parseArgs({ args: joinNegativeValues(args, trainFlags), options: trainFlags, strict: true });
  if (v.help) {
    process.stdout.write(trainUsage);
    return;
  }
  if (v.resume && v.run === undefined) throw new Error('--resume needs --run DIR (the run to continue)');
  // Every numeric flag is checked first, so a bad one is named whatever else is wrong.
  for (const name of Object.keys(numericFlags)) {
    const text = v[name as keyof typeof v];
    if (typeof text === 'string') flag(name, text, 0);
  }
  // A resumed run starts from the settings it was started with (see resumeHelp).
  const saved = v.resume && v.run !== undefined ? savedSettings(v.run) : undefined;
  if (saved !== undefined) checkResumeFlags(v, saved, (name, text) => flag(name, text, 0));
  const presetName = v.preset ?? 'default';
  const preset = saved?.preset ?? presets[presetName];
  if (preset === undefined) throw new Error(`unknown preset '${presetName}'; choose one of: ${Object.keys(presets).join(', ')}`);
  if (v.backend !== undefined) await st.setBackend(st.backendName(v.backend));
  const m = preset.model;
  const context = flag('context', v.context, preset.context);
  const options: TrainOptions = {
    ...preset,
    data: v.data ?? saved?.data ?? join(findPackageRoot(), 'data', 'tinyshakespeare.txt'),
    runDir: v.run ?? join('runs', `${presetName}-${timestamp()}`),
    resume: v.resume,
    model: {
      dim: flag('dim', v.dim, m.dim), nLayers: flag('layers', v.layers, m.nLayers), nHeads: flag('heads', v.heads, m.nHeads),
      nKvHeads: flag('kv-heads', v['kv-heads'], v.heads !== undefined && v['kv-heads'] === undefined ? flag('heads', v.heads, m.nHeads) : m.nKvHeads),
      hiddenDim: v['hidden-dim'] === undefined ? m.hiddenDim : flag('hidden-dim', v['hidden-dim'], 0),
      multipleOf: flag('multiple-of', v['multiple-of'], m.multipleOf), normEps: flag('norm-eps', v['norm-eps'], m.normEps),
      ropeTheta: flag('rope-theta', v['rope-theta'], m.ropeTheta), dropout: flag('dropout', v.dropout, m.dropout),
      maxSeqLen: saved !== undefined ? m.maxSeqLen : Math.max(m.maxSeqLen, context),
    },
    steps: flag('steps', v.steps, preset.steps),
    batchSize: flag('batch', v.batch, preset.batchSize),
    context,
    learningRate: flag('lr', v.lr, preset.learningRate),
    minLearningRate: flag('min-lr', v['min-lr'], preset.minLearningRate),
    warmupSteps: flag('warmup', v.warmup, preset.warmupSteps),
    weightDecay: flag('weight-decay', v['weight-decay'], preset.weightDecay),
    gradClip: flag('grad-clip', v['grad-clip'], preset.gradClip),
    seed: flag('seed', v.seed, preset.seed),
    evalEvery: flag('eval-every', v['eval-every'], preset.evalEvery),
    evalWindows: flag('eval-windows', v['eval-windows'], preset.evalWindows),
    checkpointEvery: flag('checkpoint-every', v['checkpoint-every'], preset.checkpointEvery),
    // A time budget is this invocation's only: a resume has none unless given (savedSettings drops it).
    maxMinutes: v['max-minutes'] === undefined ? preset.maxMinutes : flag('max-minutes', v['max-minutes'], 0),
    // A preset's time budget chooses the step count; an explicit --steps is a fixed run.
    budgetMinutes: v.steps !== undefined ? undefined : preset.budgetMinutes,
    sampleTokens: flag('sample-tokens', v['sample-tokens'], preset.sampleTokens),
    samplePrompt: v.prompt ?? preset.samplePrompt,
    check: v.check,
    gradReport: v['grad-report'] === undefined ? undefined : flag('grad-report', v['grad-report'], 0),
    log: (text) => process.stdout.write(text),
    isTTY: process.stdout.isTTY === true,
  };
  process.stdout.write(`run folder: ${options.runDir}\n`);
  const result = train(options);
  const unfinished = result.steps < result.scheduledSteps
    ? ` (stopped early: the schedule has ${result.scheduledSteps} steps and did not finish)` : '';
  process.stdout.write(
    `\ndone: ${result.steps} steps${unfinished} in ${(result.seconds / 60).toFixed(1)} min, ${Math.round(result.tokensPerSecond)} tok/s; ` +
      `val loss ${result.finalValLoss.toFixed(4)}, train loss ${result.finalTrainLoss.toFixed(4)} (last batch)\n` +
      `wrote ${options.runDir}/{model.safetensors,config.json,optimizer.safetensors,state.json,metrics.jsonl,loss.svg,samples.txt}\n`,
  );
  if (result.sample !== undefined) process.stdout.write(`\nsample:\n${result.sample}\n`);
}

