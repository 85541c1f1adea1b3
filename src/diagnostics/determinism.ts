// Evaluation must be a function of the weights and the input: the same logits every call, whatever
// the dropout seed, and greedy decoding that gives the same tokens twice. Dropout left on at
// evaluation breaks all three (and makes val loss look worse than the model is).
import type * as st from '../ops/index.js';
import { Rng } from '../util/rng.js';
import { fmt, logitsOf, maxAbsDiff, randomIds, type TokenModel } from './model.js';

export interface DeterminismOptions {
  /** Sequence length of the probed batch (default min(16, maxSeqLen)). */
  length?: number;
  /** Rows of the probed batch (default 2). */
  batch?: number;
  /** Seed of the probe's tokens (default 0). */
  seed?: number;
  /** Tokens of the built-in greedy decode (default 8). */
  greedyTokens?: number;
  /** The model's own greedy sampler (temperature 0), given a seed: must give the same tokens for seeds 1 and 2. */
  sample?: (seed: number) => ArrayLike<number>;
}

export interface DeterminismReport {
  ok: boolean;
  /** Largest logit change between two identical evaluation calls. */
  repeatChange: number;
  /** Largest logit change between evaluation calls that differ only in the dropout seed. */
  seedChange: number;
  /** Largest logit change of a training-mode call against evaluation (dropout at work; not a problem). */
  trainingChange: number;
  /** First token where two greedy decodes differ (built-in decode over forward). */
  greedyDifference?: number;
  /** First token where the model's own sampler differs between seeds 1 and 2. */
  samplerDifference?: number;
  problems: string[];
}

function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number | undefined {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return undefined;
}

/** Greedy decoding through forward alone (no cache): the argmax of the last position, appended, n times. */
export function greedyDecode<Dev extends st.Device>(model: TokenModel<Dev>, prompt: ArrayLike<number>, tokens: number): number[] {
  const sequence = Array.from(prompt);
  const out: number[] = [];
  for (let i = 0; i < tokens; i++) {
    const window = sequence.slice(Math.max(0, sequence.length - model.config.maxSeqLen));
    const { values, vocab } = logitsOf(model, Int32Array.from(window), 1, window.length);
    const last = (window.length - 1) * vocab;
    let best = 0;
    for (let j = 1; j < vocab; j++) if (values[last + j] > values[last + best]) best = j;
    out.push(best);
    sequence.push(best);
  }
  return out;
}

/** Checks that evaluation and greedy decoding repeat exactly, and that no dropout runs at evaluation. */
export function checkEvalDeterminism<Dev extends st.Device>(model: TokenModel<Dev>, options: DeterminismOptions = {}): DeterminismReport {
  const length = options.length ?? Math.min(16, model.config.maxSeqLen);
  const batch = options.batch ?? 2;
  const rng = new Rng(options.seed ?? 0);
  const ids = randomIds(rng, batch, length, model.config.vocabSize);
  const first = logitsOf(model, ids, batch, length).values;
  const second = logitsOf(model, ids, batch, length).values;
  const seeded1 = logitsOf(model, ids, batch, length, { training: false, seed: 1 }).values;
  const seeded2 = logitsOf(model, ids, batch, length, { training: false, seed: 2 }).values;
  const training = logitsOf(model, ids, batch, length, { training: true, seed: 1 }).values;
  const repeatChange = maxAbsDiff(first, second);
  const seedChange = maxAbsDiff(seeded1, seeded2);
  const trainingChange = maxAbsDiff(first, training);

  const prompt = ids.slice(0, Math.max(1, Math.floor(length / 2)));
  const n = options.greedyTokens ?? 8;
  const greedyDifference = firstDifference(greedyDecode(model, prompt, n), greedyDecode(model, prompt, n));
  const samplerDifference = options.sample ? firstDifference(options.sample(1), options.sample(2)) : undefined;

  const problems: string[] = [];
  if (repeatChange > 0) {
    problems.push(`two identical evaluation calls gave logits that differ by up to ${fmt(repeatChange)}: something random runs at evaluation (dropout left on?)`);
  }
  if (seedChange > 0) {
    problems.push(`evaluation logits depend on the dropout seed (change ${fmt(seedChange)} between seeds 1 and 2 with training off): dropout is active at evaluation`);
  }
  if (greedyDifference !== undefined) problems.push(`greedy decoding gave different tokens on two runs, from token ${greedyDifference}`);
  if (samplerDifference !== undefined) problems.push(`the model's greedy sampler gave different tokens for seeds 1 and 2, from token ${samplerDifference}`);
  return { ok: problems.length === 0, repeatChange, seedChange, trainingChange, greedyDifference, samplerDifference, problems };
}

export function formatDeterminism(report: DeterminismReport): string {
  if (!report.ok) return ['eval determinism: PROBLEM:', ...report.problems.map((p) => `  ${p}`)].join('\n');
  const training = report.trainingChange === 0 ? 'training mode changes nothing either: no dropout' : `a training-mode call differs by ${fmt(report.trainingChange)}: dropout at work`;
  return `eval determinism: ok: evaluation repeats exactly, ignores the dropout seed, greedy decoding repeats (${training})`;
}
