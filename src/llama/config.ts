// The Llama config: checked at compile time when written as a literal, and at run time when read
// from JSON, with the same sentences.
import type { Div, FirstError, IsDivisible, Mod, PositiveCheck, PositiveIntegerCheck, RateCheck } from '../index.js';
import type { SwigluHiddenDim } from '../layers/swiglu.js';

export interface LlamaConfig {
  vocabSize: number;
  /** Model dim: nHeads * headDim. */
  dim: number;
  nLayers: number;
  nHeads: number;
  /** Key/value heads (grouped-query attention); nHeads must be a multiple. */
  nKvHeads: number;
  /** SwiGLU hidden size; default multipleOf * ceil((2/3 * 4 * dim) / multipleOf). */
  hiddenDim?: number;
  multipleOf: number;
  normEps: number;
  ropeTheta: number;
  /** The longest context the model is trained and sampled with. */
  maxSeqLen: number;
  /** Dropout while training (never at evaluation or sampling). */
  dropout: number;
}

/**
 * The FFN's hidden size a config gives, as a type: its hiddenDim when it has one, else the SwiGLU
 * formula of dim and multipleOf. A literal config keeps it literal (11008, not `number`).
 */
export type HiddenDimOf<C extends LlamaConfig> =
  C extends { readonly hiddenDim: infer H extends number } ? H : number extends C['dim'] | C['multipleOf'] ? number : SwigluHiddenDim<C['dim'], C['multipleOf']>;

type DivisibleCheck<C extends LlamaConfig> = IsDivisible<C['dim'], C['nHeads']> extends false
  ? `llama config: dim ${C['dim']} is not divisible by nHeads ${C['nHeads']}` : unknown;
type EvenHeadDimCheck<C extends LlamaConfig> = IsDivisible<C['dim'], C['nHeads']> extends true
  ? (Mod<Div<C['dim'], C['nHeads']>, 2> extends 0 ? unknown
    : `llama config: headDim ${Div<C['dim'], C['nHeads']>} (dim ${C['dim']} / nHeads ${C['nHeads']}) is odd; RoPE rotates pairs of dims`)
  : unknown;
type KvHeadsCheck<C extends LlamaConfig> = IsDivisible<C['nHeads'], C['nKvHeads']> extends false
  ? `llama config: nHeads ${C['nHeads']} is not a multiple of nKvHeads ${C['nKvHeads']}` : unknown;

type Count<C extends LlamaConfig, K extends keyof LlamaConfig> = PositiveIntegerCheck<'llama config', K, C[K] & number>;
/** validateConfig's checks of single fields, in its order. */
type FieldChecks<C extends LlamaConfig> = [
  Count<C, 'vocabSize'>, Count<C, 'dim'>, Count<C, 'nLayers'>, Count<C, 'nHeads'>, Count<C, 'nKvHeads'>, Count<C, 'multipleOf'>,
  Count<C, 'maxSeqLen'>, C['hiddenDim'] extends number ? Count<C, 'hiddenDim'> : unknown,
  PositiveCheck<'llama config', 'normEps', C['normEps']>, PositiveCheck<'llama config', 'ropeTheta', C['ropeTheta']>,
  RateCheck<'llama config', 'dropout', C['dropout']>,
];

/** The config's errors as one sentence (validateConfig's first), or unknown when it is valid. */
export type ConfigCheck<C extends LlamaConfig> = FirstError<[...FieldChecks<C>, DivisibleCheck<C>, EvenHeadDimCheck<C>, KvHeadsCheck<C>]>;

/** A config literal, checked by the compiler: `defineConfig({ dim: 100, nHeads: 8, ... })` fails. */
export function defineConfig<const C extends LlamaConfig>(config: C & ConfigCheck<C>): C;
// The body on the plain config: passing `C & ConfigCheck<C>` on made tsc resolve the unevaluated check (~1.7k instantiations).
export function defineConfig(config: LlamaConfig): LlamaConfig {
  validateConfig(config);
  return config;
}

/** The run-time check of a config (read from JSON, say), with the compiler's sentences. */
export function validateConfig(config: LlamaConfig): void {
  const positive = ['vocabSize', 'dim', 'nLayers', 'nHeads', 'nKvHeads', 'multipleOf', 'maxSeqLen'] as const;
  for (const key of positive) {
    const v = config[key];
    if (!Number.isInteger(v) || v <= 0) throw new Error(`llama config: ${key} must be a positive integer, got ${String(v)}`);
  }
  if (config.hiddenDim !== undefined && (!Number.isInteger(config.hiddenDim) || config.hiddenDim <= 0)) {
    throw new Error(`llama config: hiddenDim must be a positive integer, got ${config.hiddenDim}`);
  }
  if (!(config.normEps > 0)) throw new Error(`llama config: normEps must be > 0, got ${config.normEps}`);
  if (!(config.ropeTheta > 0)) throw new Error(`llama config: ropeTheta must be > 0, got ${config.ropeTheta}`);
  if (!(config.dropout >= 0 && config.dropout < 1)) throw new Error(`llama config: dropout must be in [0, 1), got ${config.dropout}`);
  if (config.dim % config.nHeads !== 0) throw new Error(`llama config: dim ${config.dim} is not divisible by nHeads ${config.nHeads}`);
  const headDim = config.dim / config.nHeads;
  if (headDim % 2 !== 0) {
    throw new Error(`llama config: headDim ${headDim} (dim ${config.dim} / nHeads ${config.nHeads}) is odd; RoPE rotates pairs of dims`);
  }
  if (config.nHeads % config.nKvHeads !== 0) {
    throw new Error(`llama config: nHeads ${config.nHeads} is not a multiple of nKvHeads ${config.nKvHeads}`);
  }
}
