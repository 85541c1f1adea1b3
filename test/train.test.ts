// Training end to end on the first 20k characters of TinyShakespeare, with a tiny model: the loss
// falls well below ln(vocab); a run interrupted and resumed takes exactly the steps of an
// uninterrupted one; a diverging run stops with a clear error and keeps its last good checkpoint;
// and a run folder is never overwritten by a fresh run.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { loadCheckpoint } from '../src/io/checkpoint.js';
import { train, type TrainOptions } from '../src/train/train.js';

const root = mkdtempSync(join(tmpdir(), 'shapetype-train-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const text = readFileSync(join(import.meta.dirname, '..', 'data', 'tinyshakespeare.txt'), 'utf8').slice(0, 20_000);
const data = join(root, 'shakespeare-20k.txt');
writeFileSync(data, text);
const vocab = new Set(text).size;

let runs = 0;
function options(overrides: Partial<TrainOptions> = {}): TrainOptions {
  return {
    data,
    runDir: join(root, `run-${runs++}`),
    model: { dim: 32, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 16, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 16, dropout: 0 },
    batchSize: 8, context: 16, steps: 40,
    learningRate: 1e-2, minLearningRate: 1e-3, warmupSteps: 5, weightDecay: 0.1, gradClip: 1, seed: 1,
    evalEvery: 20, evalWindows: 16, checkpointEvery: 20,
    sampleTokens: 0, samplePrompt: '\n', resume: false,
    log: () => {}, isTTY: false,
    ...overrides,
  };
}

interface Metrics { step: number; trainLoss?: number; valLoss?: number; learningRate?: number; gradNorm?: number | null }
function metrics(runDir: string): Metrics[] {
  return readFileSync(join(runDir, 'metrics.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l): Metrics => JSON.parse(l));
}
const trainRecords = (runDir: string) => metrics(runDir).filter((r) => r.trainLoss !== undefined);
const valRecords = (runDir: string) => metrics(runDir).filter((r) => r.valLoss !== undefined);

/** Every parameter of the run's checkpoint, by name, and its step. */
function checkpointWeights(runDir: string): { step: number; weights: Record<string, number[]> } {
  const loaded = loadCheckpoint(runDir);
  const weights = Object.fromEntries(Object.entries(loaded.model.parameters()).map(([k, p]) => [k, Array.from(p.dataSync())]));
  loaded.model.dispose();
  st.dispose(loaded.optimizerState?.slots);
  return { step: loaded.step, weights };
}
const allFinite = (weights: Record<string, number[]>) => Object.values(weights).every((w) => w.every(Number.isFinite));

describe('train', () => {
  it('lowers the loss clearly below ln(vocab) in 60 steps, and frees its tensors', () => {
    expect(vocab).toBeGreaterThan(40);
    const before = st.memory().numTensors;
    const o = options({ steps: 60 });
    const result = train(o);
    expect(st.memory().numTensors).toBe(before);
    expect(result.steps).toBe(60);
    // At init the loss is about ln(vocab) (uniform predictions) ...
    const records = trainRecords(o.runDir);
    expect(records.map((r) => r.step)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(Math.abs((records[0].trainLoss ?? NaN) - Math.log(vocab))).toBeLessThan(0.1);
    // ... and after 60 steps the held-out loss is far below it.
    expect(result.finalValLoss).toBeLessThan(Math.log(vocab) - 0.5);
    expect(result.finalTrainLoss).toBeLessThan(Math.log(vocab) - 0.5);
    const vals = valRecords(o.runDir);
    expect(vals.map((r) => r.step)).toEqual([20, 40, 60]);
    expect(vals[2].valLoss).toBeLessThan(vals[0].valLoss ?? NaN);
    expect(vals[2].valLoss).toBe(result.finalValLoss);
    // The schedule: linear warmup, then cosine down to the floor at the last step.
    expect(records[0].learningRate).toBeCloseTo(2e-3, 10);
    expect(records[4].learningRate).toBeCloseTo(1e-2, 10);
    expect(records[59].learningRate).toBeGreaterThan(1e-3);
    expect(records[59].learningRate).toBeLessThan(1.1e-3);
    for (const file of ['state.json', 'model.safetensors', 'config.json', 'loss.svg', 'result.json', 'train-options.json']) {
      expect(existsSync(join(o.runDir, file)), file).toBe(true);
    }
    const saved = checkpointWeights(o.runDir);
    expect(saved.step).toBe(60);
    expect(allFinite(saved.weights)).toBe(true);
  });

  it('resumes exactly: 20 steps then a resume to 40 take the same steps as 40 uninterrupted', () => {
    // minLearningRate = learningRate: after warmup the rate is constant, so a run told steps 20 and
    // one told steps 40 follow the same schedule. Dropout on, so the resumed dropout seeds count too.
    const shared: Partial<TrainOptions> = {
      learningRate: 5e-3, minLearningRate: 5e-3, warmupSteps: 5, evalEvery: 10, checkpointEvery: 10,
      model: { ...options().model, dropout: 0.1 },
    };
    const a = options({ ...shared, steps: 40 });
    train(a);
    const b = options({ ...shared, steps: 20 });
    train(b);
    expect(trainRecords(b.runDir).map((r) => r.step).at(-1)).toBe(20);
    train({ ...b, steps: 40, resume: true });

    const recordsA = trainRecords(a.runDir);
    const recordsB = trainRecords(b.runDir);
    expect(recordsB.map((r) => r.step)).toEqual(recordsA.map((r) => r.step));
    expect(recordsB.map((r) => r.step)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // Steps 21..40 of the resumed run are those of the uninterrupted one, bit for bit.
    const lossesA = recordsA.map((r) => r.trainLoss);
    const lossesB = recordsB.map((r) => r.trainLoss);
    expect(lossesB.slice(20)).toEqual(lossesA.slice(20));
    expect(lossesB.slice(0, 20)).toEqual(lossesA.slice(0, 20));
    expect(recordsB.map((r) => r.gradNorm)).toEqual(recordsA.map((r) => r.gradNorm));
    expect(recordsB.map((r) => r.learningRate)).toEqual(recordsA.map((r) => r.learningRate));
    // The losses moved (so equality is not trivial) and the val losses agree too.
    expect(new Set(lossesA.slice(20)).size).toBe(20);
    expect(valRecords(b.runDir).map((r) => [r.step, r.valLoss])).toEqual(valRecords(a.runDir).map((r) => [r.step, r.valLoss]));
    // And so do the final weights.
    const finalA = checkpointWeights(a.runDir);
    const finalB = checkpointWeights(b.runDir);
    expect(finalB.step).toBe(40);
    expect(finalB.weights).toEqual(finalA.weights);
  });

  it('stops on a NaN loss with a clear error, keeping the last good checkpoint', () => {
    const o = options({ steps: 10, checkpointEvery: 10, evalEvery: 10 });
    train(o);
    const statePath = join(o.runDir, 'state.json');
    const stateBefore = readFileSync(statePath, 'utf8');
    const good = checkpointWeights(o.runDir);
    expect(good.step).toBe(10);
    // Resume with an absurd learning rate and no checkpoint due before the loss blows up.
    const diverging = { ...o, resume: true, steps: 40, learningRate: 1e6, minLearningRate: 1e6, checkpointEvery: 100, evalEvery: 100 };
    let message = '';
    try {
      train(diverging);
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    expect(message).toMatch(/^train: the loss became (NaN|Infinity|-Infinity) at step (1[1-9]|[23]\d|40); stopped, and the last good checkpoint \(step 10\) in .* is kept\. Lower the learning rate or raise --grad-clip\.$/);
    expect(message).toContain(o.runDir);
    // The checkpoint is untouched, loads, and is finite.
    expect(readFileSync(statePath, 'utf8')).toBe(stateBefore);
    const kept = checkpointWeights(o.runDir);
    expect(kept.step).toBe(10);
    expect(kept.weights).toEqual(good.weights);
    expect(allFinite(kept.weights)).toBe(true);
    // Training resumes from it with a sane learning rate.
    const result = train({ ...o, resume: true, steps: 15 });
    expect(result.steps).toBe(15);
    expect(Number.isFinite(result.finalValLoss)).toBe(true);
  });

  it('never saves non-finite weights over the last good checkpoint (a finite loss, a broken update)', () => {
    // With a checkpoint every step, the update of a step whose loss was still finite breaks the weights.
    const o = options({ steps: 20, learningRate: 1e6, minLearningRate: 1e6, warmupSteps: 0, gradClip: 0, checkpointEvery: 1 });
    expect(() => train(o)).toThrow(/stopped, and the last good checkpoint \(step \d+\) in .* is kept\. Lower the learning rate or raise --grad-clip\.$/);
    const kept = checkpointWeights(o.runDir);
    expect(kept.step).toBeGreaterThanOrEqual(1);
    expect(allFinite(kept.weights)).toBe(true);
  });

  it('refuses a second fresh run into a folder that holds a run', () => {
    const o = options({ steps: 2, checkpointEvery: 2, evalEvery: 2 });
    train(o);
    const state = readFileSync(join(o.runDir, 'state.json'), 'utf8');
    const metricsBefore = readFileSync(join(o.runDir, 'metrics.jsonl'), 'utf8');
    expect(() => train(o)).toThrow(`train: ${o.runDir} already holds a run; pass --resume to continue it or choose another --run folder`);
    expect(readFileSync(join(o.runDir, 'state.json'), 'utf8')).toBe(state);
    expect(readFileSync(join(o.runDir, 'metrics.jsonl'), 'utf8')).toBe(metricsBefore);
    // With resume it continues.
    expect(train({ ...o, steps: 4, resume: true }).steps).toBe(4);
    expect(trainRecords(o.runDir).map((r) => r.step)).toEqual([1, 2, 3, 4]);
  });
});

describe('train with a time budget', () => {
  it('chooses its steps from its measured speed, computes what a fixed run of that length computes, and a resume never re-calibrates', () => {
    const notes: string[] = [];
    const a = options({ steps: 400, warmupSteps: 10, budgetMinutes: 0.05, checkpointEvery: 1000, log: (t) => notes.push(t) });
    const chosen = train(a).steps;
    expect(chosen).toBeGreaterThan(10);
    expect(chosen).toBeLessThanOrEqual(400);
    expect(notes.join('')).toContain(`-> ${chosen} steps to fit the time budget`);
    const saved = JSON.parse(readFileSync(join(a.runDir, 'train-options.json'), 'utf8')) as Record<string, unknown>;
    expect(saved.steps).toBe(chosen);
    expect(saved.budgetMinutes).toBeUndefined();
    // The measurement ran inside warmup, where the learning rate does not depend on the total.
    const fixed = options({ steps: chosen, warmupSteps: 10, checkpointEvery: 1000 });
    train(fixed);
    expect(checkpointWeights(a.runDir)).toEqual(checkpointWeights(fixed.runDir));
    expect(trainRecords(a.runDir).map((r) => r.trainLoss)).toEqual(trainRecords(fixed.runDir).map((r) => r.trainLoss));
    // A resume with a (tiny) budget keeps going to its --steps instead of choosing again.
    const resumed = train({ ...a, resume: true, steps: chosen + 5, budgetMinutes: 1e-6, log: () => {} });
    expect(resumed.steps).toBe(chosen + 5);
  });

  it('a run stopped before it chose its steps chooses them when resumed, timing what is left of the window', () => {
    const notes: string[] = [];
    // Warmup 10: the window is steps 3..10; the run stops after step 5, where it saved a checkpoint.
    const a = options({ steps: 100_000, warmupSteps: 10, budgetMinutes: 0.05, checkpointEvery: 5, onStep: (s) => s.step < 5 });
    expect(train(a).steps).toBe(5);
    const pending = JSON.parse(readFileSync(join(a.runDir, 'train-options.json'), 'utf8')) as Record<string, unknown>;
    expect(pending.budgetMinutes).toBe(0.05);
    const resumed = train({ ...a, resume: true, onStep: undefined, log: (t) => notes.push(t) });
    expect(notes.join('')).toMatch(/-> \d+ steps to fit the time budget/);
    expect(resumed.scheduledSteps).toBeGreaterThan(10);
    expect(resumed.scheduledSteps).toBeLessThan(100_000);
    expect(resumed.steps).toBe(resumed.scheduledSteps);
    const saved = JSON.parse(readFileSync(join(a.runDir, 'train-options.json'), 'utf8')) as Record<string, unknown>;
    expect(saved.steps).toBe(resumed.scheduledSteps);
    expect(saved.budgetMinutes).toBeUndefined();
  });
});
