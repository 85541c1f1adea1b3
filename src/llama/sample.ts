// Sampling from a Llama: the last position's logits, scaled by a temperature, cut to the top k,
// turned into probabilities and drawn from with the seeded Rng, so one seed gives one text. With
// the KV cache the prompt runs once and each new token is one single-position step; without it
// the whole window runs every step. Both see the same context: the last maxSeqLen tokens.
import * as st from '../index.js';
import type { KVCache } from '../layers/index.js';
import type { CharTokenizer } from '../text/tokenizer.js';
import type { Llama } from './model.js';
import { Rng } from '../util/rng.js';

/** Options of generate and sampleText. */
export interface GenerateOptions {
  /** How many new tokens to draw. */
  tokens: number;
  /** Divides the logits before the softmax (default 0.8); 0 picks the most likely token (greedy). */
  temperature?: number;
  /** Keep only the k most likely tokens before drawing (default: all). */
  topK?: number;
  /** Seed of the draws (default 0): the same seed gives the same tokens. */
  seed?: number;
  /** Reuse keys and values of earlier positions (default true); the tokens are the same either way. */
  useCache?: boolean;
}

/**
 * The most tokens one generate call draws: a bound on its time and memory (100,000 characters take
 * about 20 minutes with the cache on a 2-core machine), checked before anything is allocated.
 */
export const maxGenerateTokens = 100_000;

/**
 * The literal facts of generate's options that the run time checks (tokens, temperature, topK), with
 * its sentences: the first that fails, or unknown (also for values the compiler does not know).
 */
export type GenerateCheck<O> = st.LiteralCheck<FirstFailing<[
  O extends { tokens: infer N extends number } ? TokensCheck<N> : unknown,
  O extends { temperature: infer T extends number } ? (st.OrderIs<st.CompareReal<T, 0>, 'lt'> extends true ? `generate: temperature must be a finite number >= 0, got ${T}` : unknown) : unknown,
  O extends { topK: infer K extends number } ? st.PositiveIntegerCheck<'generate', 'topK', K> : unknown,
]>>;
type TokensCheck<N extends number> =
  st.OrderIs<st.CompareReal<N, 0>, 'lt'> extends true ? `generate: tokens must be a non-negative integer, got ${N}`
  : st.IsFraction<N> extends true ? `generate: tokens must be a non-negative integer, got ${N}`
  : st.OrderIs<st.CompareReal<N, 100000>, 'gt'> extends true ? `generate: tokens must be at most 100000, got ${N}` : unknown;
type FirstFailing<C extends readonly unknown[]> = C extends readonly [infer H, ...infer R] ? (H extends string ? H : FirstFailing<R>) : unknown;

/** The tokens drawn after promptIds (the new ones only). */
export function generate<V extends number, KV extends number, Rep extends number, Dh extends number, Hd extends number, Dev extends st.Device, const O extends GenerateOptions = GenerateOptions>(
  model: Llama<V, KV, Rep, Dh, Hd, Dev>, promptIds: Int32Array, options: O & GenerateCheck<O>,
): Int32Array {
  const { tokens, temperature = 0.8, topK, seed = 0, useCache = true } = options;
  const vocab = model.config.vocabSize;
  if (!Number.isInteger(tokens) || tokens < 0) throw new Error(`generate: tokens must be a non-negative integer, got ${tokens}`);
  if (tokens > maxGenerateTokens) throw new Error(`generate: tokens must be at most ${maxGenerateTokens}, got ${tokens}`);
  if (!(temperature >= 0) || !Number.isFinite(temperature)) throw new Error(`generate: temperature must be a finite number >= 0, got ${temperature}`);
  if (topK !== undefined && (!Number.isInteger(topK) || topK < 1)) throw new Error(`generate: topK must be a positive integer, got ${topK}`);
  if (promptIds.length === 0) throw new Error('generate: the prompt needs at least one token');
  for (const id of promptIds) {
    if (!Number.isInteger(id) || id < 0 || id >= vocab) throw new Error(`generate: prompt token ${id} is outside the vocabulary of ${vocab}`);
  }

  const rng = new Rng(seed);
  const sequence = Array.from(promptIds);
  const out = new Int32Array(tokens);
  const context = useCache ? new CachedContext(model) : undefined;
  try {
    for (let i = 0; i < tokens; i++) {
      const logits = context ? context.nextLogits(sequence) : windowLogits(model, sequence);
      const token = pick(logits, temperature, topK, rng);
      out[i] = token;
      sequence.push(token);
    }
  } finally {
    context?.dispose();
  }
  return out;
}

/** The prompt followed by its completion. */
export function sampleText<V extends number, KV extends number, Rep extends number, Dh extends number, Hd extends number, Dev extends st.Device>(
  model: Llama<V, KV, Rep, Dh, Hd, Dev>, tokenizer: CharTokenizer, prompt: string, options: GenerateOptions & GenerateCheck<GenerateOptions>,
): string {
  return prompt + tokenizer.decode(generate(model, tokenizer.encode(prompt), options));
}

/** The next-token logits after sequence, from the full window of its last maxSeqLen tokens (no cache). */
export function windowLogits<V extends number, KV extends number, Rep extends number, Dh extends number, Hd extends number, Dev extends st.Device>(
  model: Llama<V, KV, Rep, Dh, Hd, Dev>, sequence: readonly number[],
): Float32Array {
  const start = Math.max(0, sequence.length - model.config.maxSeqLen);
  return st.tidy(() => lastLogits(model.forward(idsTensor(model, sequence.slice(start)))));
}

/**
 * The caches of one sequence's window, kept alive between steps: after each step only the newest
 * caches are held. The window starts at 0 until the sequence outgrows maxSeqLen; from then on every
 * step rebuilds the caches over the last maxSeqLen tokens, so each step sees exactly the window the
 * uncached path sees, with positions from 0 at the window's start. (Dropping only the oldest cached
 * position would not do: the later layers' keys and values of the kept positions were computed
 * with the dropped tokens in their context.)
 */
class CachedContext<V extends number, KV extends number, Rep extends number, Dh extends number, Hd extends number, Dev extends st.Device> {
  private caches: KVCache<1, KV, Dh, Dev>[] | undefined;
  /** The sequence positions the caches hold: [start, end). */
  private start = 0;
  private end = 0;

  constructor(private readonly model: Llama<V, KV, Rep, Dh, Hd, Dev>) {}

  /** The next-token logits after sequence, which extends the one of the previous call. */
  nextLogits(sequence: readonly number[]): Float32Array {
    const length = sequence.length;
    const windowStart = Math.max(0, length - this.model.config.maxSeqLen);
    if (this.caches === undefined || windowStart !== this.start || this.end >= length) {
      // A fresh window: the prompt, or a window that slid past the cached positions. The caches are
      // rebuilt in one pass over the whole window (the last maxSeqLen - 1 tokens and the newest):
      // the very computation of the uncached forward, so its logits are the same bit for bit.
      this.replace(undefined, windowStart, windowStart);
    }
    return this.feed(sequence.slice(this.end, length));
  }

  /** Runs ids after the cached positions, keeps the extended caches, frees the old ones; the last position's logits. */
  private feed(ids: number[]): Float32Array {
    const previous = this.caches;
    const { logits, caches } = st.tidy(() => {
      const step = this.model.forwardCached(idsTensor(this.model, ids), previous);
      return { logits: lastLogits(step.logits), caches: step.caches };
    });
    this.replace(caches, this.start, this.end + ids.length);
    return logits;
  }

  private replace(caches: KVCache<1, KV, Dh, Dev>[] | undefined, start: number, end: number): void {
    if (this.caches !== undefined) st.dispose(this.caches);
    this.caches = caches;
    this.start = start;
    this.end = end;
  }

  dispose(): void {
    this.replace(undefined, 0, 0);
  }
}

/** Token ids [1, T] on the model's device. */
function idsTensor<V extends number, KV extends number, Rep extends number, Dh extends number, Hd extends number, Dev extends st.Device>(
  model: Llama<V, KV, Rep, Dh, Hd, Dev>, ids: readonly number[],
): st.Tensor<[1, number], 'int32', Dev> {
  const length: number = ids.length;
  return st.tensor(Int32Array.from(ids), [1, length], 'int32', model.device);
}

/** The logits of the last position of [1, T, V] logits, read back (the vocab size as a plain number here). */
function lastLogits<Dev extends st.Device>(logits: st.Tensor<[1, number, number], 'float32', Dev>): Float32Array {
  const [, length, vocab] = logits.shape;
  // Begin and size of full rank, typed as plain dims: written as literals of rank 2 they made tsc try slice's forms
  // for partial and literal offsets first (~1.4k instantiations).
  const begin: [number, number, number] = [0, length - 1, 0];
  const size: [number, number, number] = [1, 1, vocab];
  return st.slice(logits, begin, size).dataSync();
}

/** The index of the largest logit (the first of ties, as argMax). */
export function argmax(logits: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
  return best;
}

/**
 * One token from logits: greedy at temperature 0; otherwise logits / temperature, all but the top k
 * dropped, a softmax (in float64), and the inverse CDF at one uniform draw of rng.
 */
export function pick(logits: ArrayLike<number>, temperature: number, topK: number | undefined, rng: Rng): number {
  if (temperature === 0) return argmax(logits);
  const n = logits.length;
  let keep = Array.from({ length: n }, (_, i) => i);
  if (topK !== undefined && topK < n) {
    // Largest first; ties by index, so topK = 1 keeps what argmax picks.
    keep = keep.sort((a, b) => logits[b] - logits[a] || a - b).slice(0, topK).sort((a, b) => a - b);
  }
  let top = -Infinity;
  for (const i of keep) top = Math.max(top, logits[i]);
  const weights = keep.map((i) => Math.exp((logits[i] - top) / temperature));
  const total = weights.reduce((s, w) => s + w, 0);
  const u = rng.next() * total;
  let cumulative = 0;
  for (let j = 0; j < keep.length; j++) {
    cumulative += weights[j];
    if (u < cumulative) return keep[j];
  }
  // Rounding can leave u at the very top: the last token with any weight.
  for (let j = keep.length - 1; j >= 0; j--) if (weights[j] > 0) return keep[j];
  return keep[keep.length - 1];
}
