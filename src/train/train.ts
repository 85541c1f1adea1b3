// Training a character-level Llama: AdamW with warmup and cosine decay, gradient clipping,
// evaluation on fixed val windows, checkpoints that resume exactly, metrics, a loss curve and samples.
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as st from '../index.js';
import { hiddenDimOf, loadCheckpoint, plainParameters, saveCheckpoint, type LoadedCheckpoint } from '../io/checkpoint.js';
import { validateConfig, type LlamaConfig } from '../llama/config.js';
import { batchAt, fixedWindows, loadCorpus, randomBatch, type Corpus } from './data.js';
import { removeStaleTempFiles, writeFileAtomic } from '../io/files.js';
import { checkTrainingMemory, describeEstimate } from './memory.js';
import { decodeUtf8, parseStrictJson, readBoundedFile, readJsonFile } from '../io/json.js';
import { buildLlama, type LlamaOf } from '../llama/model.js';
import { modelSummary, Progress, writeLossCurve, type MetricsRecord } from './report.js';
import { Rng } from '../util/rng.js';
import { maxGenerateTokens, sampleText } from '../llama/sample.js';
import { learningRateAt } from './schedule.js';
import { calibrationWindow, chooseSteps } from './calibrate.js';
import { formatGradientReport, GradientMonitor } from '../diagnostics/gradflow.js';
import { preflight } from '../diagnostics/preflight.js';

/** Everything a run needs; the CLI fills it from a preset and flags. */
export interface TrainOptions {
  /** Path of the training text. */
  data: string;
  /** Run folder: checkpoints, metrics, the loss curve and samples go here. */
  runDir: string;
  /** The model; vocabSize is taken from the data. */
  model: Omit<LlamaConfig, 'vocabSize'>;
  batchSize: number;
  /** Training window length (at most model.maxSeqLen). */
  context: number;
  steps: number;
  learningRate: number;
  minLearningRate: number;
  warmupSteps: number;
  weightDecay: number;
  /** Global gradient-norm clip (0: none). */
  gradClip: number;
  seed: number;
  /** Evaluate every N steps (and at the end). */
  evalEvery: number;
  /** Number of fixed val windows. */
  evalWindows: number;
  /** Save a checkpoint every N steps (and at the end). */
  checkpointEvery: number;
  /** Stop early, with a checkpoint and a final evaluation, after this many minutes. */
  maxMinutes?: number;
  /**
   * Fit the run to this machine: after its first steps (inside warmup) it measures its speed and
   * chooses its step count (at most `steps`) so the whole schedule ends within these minutes. The
   * choice replaces `steps` in the run's train-options.json, so a resume follows it exactly.
   * Ignored on resume (a resumed run keeps the step count it chose).
   */
  budgetMinutes?: number;
  /** Characters to sample at the end (0: none). */
  sampleTokens: number;
  samplePrompt: string;
  /** Continue the run in runDir from its last checkpoint. */
  resume: boolean;
  /**
   * Stop as for a NaN loss when a step's train loss exceeds this many times the run's first
   * train loss (default 10; the first loss is about ln(vocab), so a healthy run never comes near).
   */
  divergenceFactor?: number;
  /** Run the diagnostics (diagnostics/preflight.ts) on the starting model first; stop if one finds a problem. */
  check?: boolean;
  /** Print a gradient-flow report (diagnostics/gradflow.ts) every this many steps, over those steps. */
  gradReport?: number;
  /** Where progress goes (default: nowhere), and whether it is a terminal (default false). */
  log?: (text: string) => void;
  isTTY?: boolean;
  /**
   * Called after every training step; return false to stop there (with a final evaluation and a
   * checkpoint, as --max-minutes stops). For logging, early stopping, or a custom schedule.
   */
  onStep?: (step: StepInfo) => boolean | void;
}

/** What onStep is told after each step. */
export interface StepInfo {
  step: number;
  /** The run's last step (options.steps). */
  steps: number;
  trainLoss: number;
  learningRate: number;
  /** Before clipping (NaN without gradClip). */
  gradNorm: number;
  tokensPerSecond: number;
  /** Seconds since this process started training. */
  seconds: number;
}

/** What a run reports when it ends. */
export interface TrainResult {
  /** Steps taken (fewer than scheduledSteps when --max-minutes or onStep stopped the run). */
  steps: number;
  /** The run's length: the step where its learning-rate schedule ends (a budgeted run's choice). */
  scheduledSteps: number;
  finalValLoss: number;
  /** The last step's training loss: one batch, so noisier than finalValLoss (and measured before that step's update). */
  finalTrainLoss: number;
  seconds: number;
  tokensPerSecond: number;
  parameters: number;
  sample?: string;
}

type Model = LlamaOf<LlamaConfig>;

/** Mean cross-entropy over fixed val windows, in batches; no dropout. */
export function evaluate(model: Model, tokens: Int32Array, windows: readonly number[], batchSize: number, context: number): number {
  let total = 0;
  let count = 0;
  for (let i = 0; i < windows.length; i += batchSize) {
    const starts = windows.slice(i, i + batchSize);
    total += st.tidy(() => {
      const batch = batchAt(tokens, starts, starts.length, context);
      const losses = st.sparseSoftmaxCrossEntropy(model.forward(batch.inputs), batch.targets, 'none');
      return st.sum(losses).item();
    });
    count += starts.length * context;
  }
  return total / count;
}

/** A metrics file larger than this is not one training wrote (about 150 bytes a step). */
const MAX_METRICS_BYTES = 1024 * 1024 * 1024;

const metricFields = ['time', 'trainLoss', 'valLoss', 'learningRate', 'gradNorm', 'tokensPerSecond'] as const;

/**
 * The records of metrics.jsonl up to a step, each checked. A last line without its newline is
 * what a kill during an append leaves: it is dropped (it is always after the last checkpoint,
 * which is saved after its step's records). Any other bad line is an error naming the file and line.
 */
export function readMetrics(path: string, upToStep: number): MetricsRecord[] {
  if (!existsSync(path)) return [];
  const text = decodeUtf8(readBoundedFile(path, MAX_METRICS_BYTES, 'metrics file'), path);
  const lines = text.split('\n');
  if (!text.endsWith('\n')) lines.pop();
  const records: MetricsRecord[] = [];
  lines.forEach((line, k) => {
    if (line.trim() === '') return;
    const where = `${path} line ${k + 1}`;
    const parsed = parseStrictJson(line, where, { maxDepth: 2 });
    if (!isMetricsRecord(parsed)) throw new Error(`${where}: not a metrics record (an object with an integer "step", and numbers or null for ${metricFields.join(', ')})`);
    if (parsed.step <= upToStep) records.push(parsed);
  });
  return records;
}
function isMetricsRecord(x: unknown): x is MetricsRecord {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || !('step' in x) || !Number.isSafeInteger(x.step) || Number(x.step) < 0) return false;
  const r: Record<string, unknown> = { ...x };
  // Fields other than these are kept as they are (later versions may add some).
  return metricFields.every((f) => r[f] === undefined || r[f] === null || typeof r[f] === 'number');
}

/**
 * Whether a checkpoint can go on under these options: the same model (a resumed run keeps its
 * model; config.json is the truth), steps still to take, and, once it has stepped, the AdamW
 * moments of every parameter at the checkpoint's step (a resume never restarts them from zero).
 */
function checkResumable(o: TrainOptions, loaded: LoadedCheckpoint<st.DefaultDevice>, config: LlamaConfig): void {
  const saved = { ...loaded.config, hiddenDim: hiddenDimOf(loaded.config) };
  const now = { ...config, hiddenDim: hiddenDimOf(config) };
  for (const key of ['vocabSize', 'dim', 'nLayers', 'nHeads', 'nKvHeads', 'hiddenDim', 'normEps', 'ropeTheta', 'maxSeqLen', 'dropout'] as const) {
    if (saved[key] !== now[key]) {
      const what = key === 'vocabSize' ? 'vocabulary size (from the data)' : key;
      throw new Error(`train: the checkpoint in ${o.runDir} has ${what} ${saved[key]} but this run's settings say ${now[key]}; a resumed run keeps its model`);
    }
  }
  if (loaded.step >= o.steps) {
    throw new Error(`train: the run in ${o.runDir} has finished: its checkpoint is at step ${loaded.step} and the run has ${o.steps} steps; pass a larger --steps to train it further`);
  }
  if (loaded.step > 0) {
    const state = loaded.optimizerState;
    const file = join(o.runDir, 'optimizer.safetensors');
    if (state === undefined) throw new Error(`train: the checkpoint in ${o.runDir} is at step ${loaded.step} but has no ${file}; resuming would restart AdamW's moments from zero`);
    if (state.step !== loaded.step) throw new Error(`train: ${file} is at step ${state.step} but the checkpoint at step ${loaded.step}`);
    for (const name of Object.keys(plainParameters(loaded.model))) {
      for (const kind of ['m', 'v']) {
        if (state.slots[`${name}/${kind}`] === undefined) throw new Error(`train: ${file} lacks the AdamW slot '${name}/${kind}'`);
      }
    }
  }
}

/** `--check`: the probes on the starting model, printed; throws (before any step) when one finds a problem. */
function runChecks(o: TrainOptions, model: Model, config: LlamaConfig, corpus: Corpus): void {
  const rng = new Rng((o.seed ^ 0x5eed) >>> 0);
  const scratch = (): Model => {
    if (!o.resume) return buildLlama(config, o.seed, 'default');
    const loaded = loadCheckpoint(o.runDir);
    st.dispose(loaded.optimizerState?.slots);
    return loaded.model;
  };
  const result = preflight(model, {
    scratch, learningRate: o.learningRate, weightDecay: o.weightDecay,
    batch: () => randomBatch(corpus.train, rng, Math.min(o.batchSize, 8), o.context),
  });
  o.log?.(`checks (--check):\n${result.text}\n`);
  if (!result.ok) {
    model.dispose();
    throw new Error('train --check: a check found a problem (above); not training');
  }
}

/** Trains (or resumes) a run and returns its figures. */
export function train(options: TrainOptions): TrainResult {
  // A copy: a time-budgeted run sets its steps once it has measured its speed.
  const o = { ...options, log: options.log ?? ((): void => {}), isTTY: options.isTTY ?? false };
  if (o.context > o.model.maxSeqLen) throw new Error(`train: context ${o.context} exceeds the model's maxSeqLen ${o.model.maxSeqLen}`);
  for (const [name, v] of [['batchSize', o.batchSize], ['context', o.context], ['steps', o.steps], ['evalEvery', o.evalEvery], ['checkpointEvery', o.checkpointEvery], ['evalWindows', o.evalWindows]] as const) {
    if (!Number.isInteger(v) || v <= 0) throw new Error(`train: ${name} must be a positive integer, got ${v}`);
  }
  if (!Number.isInteger(o.sampleTokens) || o.sampleTokens < 0 || o.sampleTokens > maxGenerateTokens) {
    throw new Error(`train: sampleTokens must be an integer from 0 to ${maxGenerateTokens}, got ${o.sampleTokens}`);
  }
  const divergenceFactor = o.divergenceFactor ?? 10;
  if (!(divergenceFactor > 1)) throw new Error(`train: divergenceFactor must be > 1, got ${divergenceFactor}`);
  const corpus: Corpus = loadCorpus(o.data);
  const config: LlamaConfig = { ...o.model, vocabSize: corpus.tokenizer.size };
  validateConfig(config);
  // Before anything large is allocated: the estimate, refused when over the limit.
  const estimate = checkTrainingMemory(config, o.batchSize, o.context, corpus.train.length + corpus.val.length, st.getDefaultBackend());
  // A random training window needs context + 1 tokens and room to move; a val window context + 1.
  for (const [part, tokens, least] of [['training', corpus.train, o.context + 2], ['validation', corpus.val, o.context + 1]] as const) {
    if (tokens.length < least) {
      throw new Error(`train: ${o.data} gives ${tokens.length} ${part} characters, too few for windows of ${o.context + 1} (--context ${o.context}); use more text or a smaller --context`);
    }
  }
  // Checked now, not after hours of training when the sample is drawn.
  if (o.sampleTokens > 0) corpus.tokenizer.encode(o.samplePrompt, 'the sample prompt (--prompt)');
  mkdirSync(o.runDir, { recursive: true });
  // Temporary files of a process that was killed mid-write (metrics, settings, checkpoints).
  removeStaleTempFiles(o.runDir);
  const metricsPath = join(o.runDir, 'metrics.jsonl');
  const schedule = { learningRate: o.learningRate, minLearningRate: o.minLearningRate, warmupSteps: o.warmupSteps, decaySteps: o.steps };

  let model: Model;
  let startStep = 0;
  const rng = new Rng(o.seed);
  const optimizer = new st.AdamW({
    learningRate: o.learningRate, beta1: 0.9, beta2: 0.95, weightDecay: o.weightDecay,
    // As nanoGPT: decay matrices, not norms.
    decays: (_name, shape) => shape.length >= 2,
  });
  if (o.resume) {
    const loaded = loadCheckpoint(o.runDir);
    try {
      checkResumable(o, loaded, config);
    } catch (e) {
      loaded.model.dispose();
      st.dispose(loaded.optimizerState?.slots);
      throw e;
    }
    model = loaded.model;
    startStep = loaded.step;
    rng.setState(loaded.rngState);
    if (loaded.optimizerState) optimizer.setState(loaded.optimizerState);
    st.dispose(loaded.optimizerState?.slots);
    o.log(`resuming ${o.runDir} at step ${startStep}\n`);
  } else {
    if (existsSync(join(o.runDir, 'state.json'))) {
      throw new Error(`train: ${o.runDir} already holds a run; pass --resume to continue it or choose another --run folder`);
    }
    model = buildLlama(config, o.seed, 'default');
  }
  if (o.check) runChecks(o, model, config, corpus);
  const params = plainParameters(model);
  const records = readMetrics(metricsPath, startStep);
  writeFileAtomic(metricsPath, records.map((r) => JSON.stringify(r)).join('\n') + (records.length > 0 ? '\n' : ''));
  const saveOptions = (): void => {
    writeFileAtomic(join(o.runDir, 'train-options.json'), JSON.stringify({ ...o, log: undefined, isTTY: undefined, onStep: undefined }, null, 2));
  };
  // A resumed run never calibrates again: its steps are the ones its first invocation chose. One
  // stopped before it chose (a checkpoint inside the calibration window) still has its budget in
  // its saved settings and chooses now, timing the window's steps it has left.
  if (o.resume) o.budgetMinutes = pendingBudgetMinutes(o.runDir);
  saveOptions();
  o.log(`${modelSummary(config, params, o.context)}\n`);
  o.log(`memory: ${describeEstimate(estimate)}\n`);
  o.log(`data: ${corpus.train.length.toLocaleString('en-US')} train / ${corpus.val.length.toLocaleString('en-US')} val characters, vocabulary ${corpus.tokenizer.size}; backend ${st.getDefaultBackend()}\n`);

  const monitor = o.gradReport === undefined ? undefined : new GradientMonitor(params, { vocabSize: config.vocabSize, window: o.gradReport });
  const valWindows = fixedWindows(corpus.val, o.evalWindows, o.context);
  const record = (r: MetricsRecord): void => {
    records.push(r);
    appendFileSync(metricsPath, `${JSON.stringify(r)}\n`);
  };
  let progress = new Progress(o.steps, o.isTTY, Math.max(1, Math.floor(o.steps / 50)), o.log);
  // The step of the newest complete checkpoint in runDir, if any: what a stop can promise to keep.
  let lastCheckpoint: number | undefined = o.resume ? startStep : undefined;
  const stopped = (what: string): Error => {
    progress.finish();
    const kept = lastCheckpoint === undefined
      ? `no checkpoint was saved yet (the first would have been at step ${Math.min(o.checkpointEvery, o.steps)})`
      : `the last good checkpoint (step ${lastCheckpoint}) in ${o.runDir} is kept`;
    return new Error(`train: ${what}; stopped, and ${kept}. Lower the learning rate or raise --grad-clip.`);
  };
  // The run's first train loss (from its metrics when resumed): the reference for divergence.
  let firstLoss = records.find((r) => typeof r.trainLoss === 'number' && r.step === 1)?.trainLoss ?? undefined;
  const checkpoint = (step: number): void => {
    // A step whose loss was finite can still leave non-finite weights (NaN gradients, an
    // overflowing update); saving them would replace the last good checkpoint with a broken one.
    const broken = model.namedParameters().find(([, p]) => !p.dataSync().every(Number.isFinite))?.[0];
    if (broken !== undefined) throw stopped(`the parameter ${broken} became non-finite at step ${step}`);
    saveCheckpoint(o.runDir, { model, optimizer, step, rngState: rng.getState(), extra: { tokenizer: corpus.tokenizer.vocab.join('') } });
    lastCheckpoint = step;
    writeLossCurve(join(o.runDir, 'loss.svg'), records, `shapetype Llama on ${o.data.split('/').pop() ?? o.data}`);
  };

  const started = performance.now();
  // Steps timed for calibration (a budgeted run only).
  const calibration = calibrationWindow(o.warmupSteps, startStep);
  let calibrationStart = 0;
  let trainLoss = NaN;
  let valLoss = NaN;
  let step = startStep;
  let tokens = 0;
  while (step < o.steps) {
    optimizer.learningRate = learningRateAt(step, schedule);
    const batch = randomBatch(corpus.train, rng, o.batchSize, o.context);
    const dropoutSeed = rng.seed();
    const result = st.tidy(() => {
      const { value, grads } = st.variableGrads(() => model.loss(batch.inputs, batch.targets, { training: true, seed: dropoutSeed }), params);
      const loss = value.item();
      if (!Number.isFinite(loss)) return { loss, norm: NaN };
      const clipped = o.gradClip > 0 ? st.clipByGlobalNorm(grads, o.gradClip) : { grads, norm: NaN };
      if (monitor) monitor.observe(loss, clipped.grads, () => optimizer.apply(params, clipped.grads));
      else optimizer.apply(params, clipped.grads);
      return { loss, norm: clipped.norm };
    });
    st.dispose(batch);
    if (!Number.isFinite(result.loss)) throw stopped(`the loss became ${result.loss} at step ${step + 1}`);
    firstLoss ??= result.loss;
    if (result.loss > divergenceFactor * firstLoss) {
      throw stopped(`the loss ${result.loss.toPrecision(4)} at step ${step + 1} is over ${divergenceFactor} times the first step's ${firstLoss.toPrecision(4)}: the run diverged`);
    }
    step += 1;
    tokens += o.batchSize * o.context;
    trainLoss = result.loss;
    const elapsed = (performance.now() - started) / 1000;
    const tokensPerSecond = tokens / elapsed;
    record({ step, time: elapsed, trainLoss, learningRate: optimizer.learningRate, gradNorm: result.norm, tokensPerSecond });
    progress.update(step, trainLoss, tokensPerSecond, elapsed, startStep);
    if (o.budgetMinutes !== undefined) {
      // Time the steps after the first few (compilation, first allocations), then one evaluation.
      if (step === calibration.from) calibrationStart = elapsed;
      if (step === calibration.to) {
        const evalStart = performance.now();
        valLoss = evaluate(model, corpus.val, valWindows, o.batchSize, o.context);
        const evalSeconds = (performance.now() - evalStart) / 1000;
        record({ step, time: (performance.now() - started) / 1000, valLoss });
        const stepSeconds = (elapsed - calibrationStart) / (step - calibration.from);
        o.steps = chooseSteps({
          budgetSeconds: o.budgetMinutes * 60, elapsedSeconds: (performance.now() - started) / 1000, step, stepSeconds, evalSeconds,
          evalEvery: o.evalEvery, maxSteps: o.steps,
        });
        schedule.decaySteps = o.steps;
        o.budgetMinutes = undefined;
        saveOptions();
        progress = new Progress(o.steps, o.isTTY, Math.max(1, Math.floor(o.steps / 50)), o.log);
        progress.note(`calibrated: ${(stepSeconds * 1000).toFixed(0)} ms/step, ${evalSeconds.toFixed(1)} s/evaluation -> ${o.steps} steps to fit the time budget (saved in train-options.json)`);
      }
    }
    const stopAsked = o.onStep?.({
      step, steps: o.steps, trainLoss, learningRate: optimizer.learningRate, gradNorm: result.norm, tokensPerSecond, seconds: elapsed,
    }) === false;
    const outOfTime = stopAsked || (o.maxMinutes !== undefined && elapsed > o.maxMinutes * 60);
    if (step % o.evalEvery === 0 || step === o.steps || outOfTime) {
      valLoss = evaluate(model, corpus.val, valWindows, o.batchSize, o.context);
      record({ step, time: (performance.now() - started) / 1000, valLoss });
      progress.note(`step ${step}: val loss ${valLoss.toFixed(4)}, train loss ${trainLoss.toFixed(4)}`);
    }
    if (monitor !== undefined && (step % (o.gradReport ?? 1) === 0 || step === o.steps || outOfTime)) {
      progress.note(formatGradientReport(monitor.report()));
      monitor.reset();
    }
    if (step % o.checkpointEvery === 0 || step === o.steps || outOfTime) checkpoint(step);
    if (outOfTime) {
      const why = stopAsked ? 'onStep returned false' : `after ${o.maxMinutes} minutes (--max-minutes)`;
      progress.note(`stopping at step ${step} of ${o.steps}, ${why}: the learning-rate schedule did not finish`);
      break;
    }
  }
  progress.finish();
  const seconds = (performance.now() - started) / 1000;
  if (Number.isNaN(valLoss)) valLoss = evaluate(model, corpus.val, valWindows, o.batchSize, o.context);

  let sample: string | undefined;
  if (o.sampleTokens > 0) {
    sample = sampleText(model, corpus.tokenizer, o.samplePrompt, { tokens: o.sampleTokens, temperature: 0.8, topK: 40, seed: o.seed });
    writeFileAtomic(join(o.runDir, 'samples.txt'), `${sample}\n`);
  }
  const result: TrainResult = {
    steps: step, scheduledSteps: o.steps, finalValLoss: valLoss, finalTrainLoss: trainLoss, seconds,
    tokensPerSecond: tokens / Math.max(seconds, 1e-9), parameters: model.parameterCount(), sample,
  };
  writeFileAtomic(join(o.runDir, 'result.json'), JSON.stringify({ ...result, sample: undefined }, null, 2));
  optimizer.dispose();
  model.dispose();
  return result;
}

/** The time budget a run saved before it chose its steps (it is removed once it has chosen), if any. */
function pendingBudgetMinutes(runDir: string): number | undefined {
  const path = join(runDir, 'train-options.json');
  if (!existsSync(path)) return undefined;
  const saved = readJsonFile(path);
  const minutes = typeof saved === 'object' && saved !== null && 'budgetMinutes' in saved ? saved.budgetMinutes : undefined;
  if (minutes === undefined) return undefined;
  if (typeof minutes !== 'number' || !(minutes > 0)) throw new Error(`${path}: 'budgetMinutes' must be a positive number, got ${JSON.stringify(minutes)}`);
  return minutes;
}
