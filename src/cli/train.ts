// `shapetype train`: build the options from a preset, a resumed run's saved settings and flags.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as st from '../index.js';
import { isRecord } from '../io/safetensors.js';
import { train, type TrainOptions } from '../train/train.js';
import { findPackageRoot, int, num, timestamp } from './args.js';
import { helpText, type FlagDocs } from './help.js';
import { presetDefault, presets, type Preset } from './presets.js';

const trainFlags = {
  preset: { type: 'string', default: 'default' },
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
  help: { type: 'boolean', default: false },
} as const;

const fromPreset = presetDefault;
const trainDocs: FlagDocs<typeof trainFlags> = {
  preset: { value: 'NAME', text: `named settings that every other flag overrides: ${Object.keys(presets).join(', ')}` },
  data: { value: 'PATH', text: 'training text', default: 'the shipped data/tinyshakespeare.txt' },
  run: { value: 'DIR', text: 'run folder (checkpoints, metrics, samples)', default: 'runs/<preset>-<time>' },
  resume: { text: 'continue the run in --run DIR from its last checkpoint, with its saved settings' },
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
  'sample-tokens': { value: 'N', text: 'tokens sampled at the end', default: fromPreset((p) => p.sampleTokens) },
  prompt: { value: 'TEXT', text: 'prompt of the final sample', default: fromPreset((p) => JSON.stringify(p.samplePrompt)) },
  help: { text: 'print this help' },
};

export const trainUsage = helpText(
  'shapetype train [--preset NAME] [--run DIR] [--resume] [flags]',
  'Trains a Llama on a text file, character by character, with checkpoints in the run folder.',
  trainFlags, trainDocs,
);

/** The settings a run was started with (its train-options.json), checked field by field. */
function savedSettings(runDir: string): { preset: Preset; data: string } {
  const path = join(runDir, 'train-options.json');
  if (!existsSync(path)) throw new Error(`${runDir}: no train-options.json, so nothing to resume there`);
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const field = (obj: unknown, key: string): unknown => (isRecord(obj) ? obj[key] : undefined);
  const number = (obj: unknown, key: string): number => {
    const value = field(obj, key);
    if (typeof value !== 'number') throw new Error(`${path}: '${key}' must be a number`);
    return value;
  };
  const text = (key: string): string => {
    const value = field(json, key);
    if (typeof value !== 'string') throw new Error(`${path}: '${key}' must be a string`);
    return value;
  };
  const model = field(json, 'model');
  const hiddenDim = field(model, 'hiddenDim');
  const maxMinutes = field(json, 'maxMinutes');
  return {
    data: text('data'),
    preset: {
      model: {
        dim: number(model, 'dim'), nLayers: number(model, 'nLayers'), nHeads: number(model, 'nHeads'), nKvHeads: number(model, 'nKvHeads'),
        hiddenDim: typeof hiddenDim === 'number' ? hiddenDim : undefined, multipleOf: number(model, 'multipleOf'),
        normEps: number(model, 'normEps'), ropeTheta: number(model, 'ropeTheta'), maxSeqLen: number(model, 'maxSeqLen'), dropout: number(model, 'dropout'),
      },
      batchSize: number(json, 'batchSize'), context: number(json, 'context'), steps: number(json, 'steps'),
      learningRate: number(json, 'learningRate'), minLearningRate: number(json, 'minLearningRate'), warmupSteps: number(json, 'warmupSteps'),
      weightDecay: number(json, 'weightDecay'), gradClip: number(json, 'gradClip'), seed: number(json, 'seed'),
      evalEvery: number(json, 'evalEvery'), evalWindows: number(json, 'evalWindows'), checkpointEvery: number(json, 'checkpointEvery'),
      maxMinutes: typeof maxMinutes === 'number' ? maxMinutes : undefined,
      sampleTokens: number(json, 'sampleTokens'), samplePrompt: text('samplePrompt'),
    },
  };
}

export async function trainCommand(args: string[]): Promise<void> {
  const { values: v } = parseArgs({ args, options: trainFlags, strict: true });
  if (v.help) {
    process.stdout.write(trainUsage);
    return;
  }
  if (v.resume && v.run === undefined) throw new Error('--resume needs --run DIR (the run to continue)');
  // A resumed run starts from the settings it was started with; flags given now override them.
  const saved = v.resume && v.run !== undefined ? savedSettings(v.run) : undefined;
  const preset = saved?.preset ?? presets[v.preset];
  if (preset === undefined) throw new Error(`unknown preset '${v.preset}'; choose one of: ${Object.keys(presets).join(', ')}`);
  if (v.backend !== undefined) await st.setBackend(v.backend);
  const m = preset.model;
  const options: TrainOptions = {
    ...preset,
    data: v.data ?? saved?.data ?? join(findPackageRoot(), 'data', 'tinyshakespeare.txt'),
    runDir: v.run ?? join('runs', `${v.preset}-${timestamp()}`),
    resume: v.resume,
    model: {
      dim: int('dim', v.dim, m.dim), nLayers: int('layers', v.layers, m.nLayers), nHeads: int('heads', v.heads, m.nHeads),
      nKvHeads: int('kv-heads', v['kv-heads'], v.heads !== undefined && v['kv-heads'] === undefined ? int('heads', v.heads, m.nHeads) : m.nKvHeads),
      hiddenDim: v['hidden-dim'] === undefined ? m.hiddenDim : int('hidden-dim', v['hidden-dim'], 0),
      multipleOf: int('multiple-of', v['multiple-of'], m.multipleOf), normEps: num('norm-eps', v['norm-eps'], m.normEps),
      ropeTheta: num('rope-theta', v['rope-theta'], m.ropeTheta), dropout: num('dropout', v.dropout, m.dropout),
      maxSeqLen: Math.max(m.maxSeqLen, int('context', v.context, preset.context)),
    },
    steps: int('steps', v.steps, preset.steps),
    batchSize: int('batch', v.batch, preset.batchSize),
    context: int('context', v.context, preset.context),
    learningRate: num('lr', v.lr, preset.learningRate),
    minLearningRate: num('min-lr', v['min-lr'], preset.minLearningRate),
    warmupSteps: int('warmup', v.warmup, preset.warmupSteps),
    weightDecay: num('weight-decay', v['weight-decay'], preset.weightDecay),
    gradClip: num('grad-clip', v['grad-clip'], preset.gradClip),
    seed: int('seed', v.seed, preset.seed),
    evalEvery: int('eval-every', v['eval-every'], preset.evalEvery),
    evalWindows: int('eval-windows', v['eval-windows'], preset.evalWindows),
    checkpointEvery: int('checkpoint-every', v['checkpoint-every'], preset.checkpointEvery),
    maxMinutes: v['max-minutes'] === undefined ? preset.maxMinutes : num('max-minutes', v['max-minutes'], 0),
    sampleTokens: int('sample-tokens', v['sample-tokens'], preset.sampleTokens),
    samplePrompt: v.prompt ?? preset.samplePrompt,
    log: (text) => process.stdout.write(text),
    isTTY: process.stdout.isTTY === true,
  };
  process.stdout.write(`run folder: ${options.runDir}\n`);
  const result = train(options);
  process.stdout.write(
    `\ndone: ${result.steps} steps in ${(result.seconds / 60).toFixed(1)} min, ${Math.round(result.tokensPerSecond)} tok/s; ` +
      `val loss ${result.finalValLoss.toFixed(4)}, train loss ${result.finalTrainLoss.toFixed(4)}\n` +
      `wrote ${options.runDir}/{model.safetensors,config.json,optimizer.safetensors,state.json,metrics.jsonl,loss.svg,samples.txt}\n`,
  );
  if (result.sample !== undefined) process.stdout.write(`\nsample:\n${result.sample}\n`);
}

