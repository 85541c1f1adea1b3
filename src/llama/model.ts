// The Llama: token embedding, pre-norm blocks, final RMSNorm and an untied output projection,
// written only with typed layers and ops. Its dims are declared as products (model dim =
// kvHeads * repeats * headDim), so a literal config fixes every shape at compile time.
import * as st from '../index.js';
import type { Div, Mul } from '../index.js';
import { Block, Embedding, Linear, RMSNorm, RotaryEmbedding, SeedSequence, swigluHiddenDim, type CacheSentence, type KVCache, type IdsDType, type LayerCheck, type OnInputDevice, type OneDevice, type TokenIds } from '../layers/index.js';
import { expectCache, expectInput } from '../layers/checks.js';
import { listOf, Module, type ListOf } from '../module/index.js';
import { validateConfig, type ConfigCheck, type HiddenDimOf, type LlamaConfig } from './config.js';

/** Options of a forward pass. */
export interface LlamaForwardOptions {
  /** Apply dropout (training only). */
  training?: boolean;
  /** Seed of the dropout masks. */
  seed?: number;
}

/**
 * The decoder without its output head, fields named as Hugging Face's LlamaModel: the token
 * embedding, the blocks, the final RMSNorm and the (parameter-free) rotary embedding. A literal
 * layer count N is kept in the type of `layers`, so the parameter record names every block and another
 * model's gradients (more or fewer layers) do not fit.
 */
export class LlamaModel<out V extends number, out KV extends number, out Rep extends number, out Dh extends number, out Hd extends number, out Dev extends st.Device = st.DefaultDevice, out N extends number = number> extends Module {
  readonly embed_tokens: Embedding<V, Mul<Mul<KV, Rep>, Dh>, Dev>;
  readonly layers: ListOf<N, Block<KV, Rep, Dh, Hd, Dev>>;
  readonly norm: RMSNorm<Mul<Mul<KV, Rep>, Dh>, Dev>;
  readonly rotary_emb: RotaryEmbedding<Dh, Dev>;

  constructor(config: LlamaConfig & { nLayers: N }, vocabSize: V, kvHeads: KV, repeats: Rep, headDim: Dh, hiddenDim: Hd, device: Dev, seeds: SeedSequence) {
    super();
    // GPT-2/nanoGPT: residual output projections start smaller, by 1/sqrt(2 * layers).
    const outputStd = 0.02 / Math.sqrt(2 * config.nLayers);
    // The blocks draw their seeds first (the order every earlier run used, so a seed gives the same weights).
    this.layers = listOf('llama config: nLayers', config.nLayers, () =>
      new Block(kvHeads, repeats, headDim, hiddenDim, seeds, device, { normEps: config.normEps, dropout: config.dropout, outputStd }));
    const dim = st.dimMul(st.dimMul(kvHeads, repeats), headDim);
    this.embed_tokens = new Embedding(vocabSize, dim, seeds, device);
    this.norm = new RMSNorm(dim, config.normEps, device);
    this.rotary_emb = new RotaryEmbedding(headDim, config.ropeTheta, device);
  }

  /** Final hidden states [B, T, dim] for ids that follow the positions held in caches, and the extended caches. */
  forward<B extends number, T extends number, XDev extends st.Device = Dev, I extends IdsDType<'LlamaModel.forward: the ids must be int32', I> = 'int32'>(
    this: LlamaModel<V, KV, Rep, Dh, Hd, NoInfer<OnInputDevice<XDev, `LlamaModel.forward: the ids are on ${XDev}, not on the model's device`>>, N> & OneDevice<XDev, Dev, `LlamaModel.forward: the ids are on ${XDev}, not on the model's device`>,
    ids: st.Tensor<[B, T], I, XDev, TokenIds<'LlamaModel.forward: the ids must be [batch, time] token ids'>>, caches: KVCache<NoInfer<B> & LayerCheck<CacheSentence<'LlamaModel.forward', B, KV, Dh, XDev>>, KV, Dh, NoInfer<XDev>>[] | undefined,
    options: LlamaForwardOptions = {},
  ): { hidden: st.Tensor<[B, T, Mul<Mul<KV, Rep>, Dh>], 'float32', XDev>; caches: KVCache<B, KV, Dh, XDev>[] } {
    expectInput('LlamaModel.forward', ids, { device: this.embed_tokens.weight.device, input: 'the ids', owner: 'model', dtype: 'int32' });
    expectIdsShape('LlamaModel.forward', 'the ids must be [batch, time] token ids', ids.shape);
    if (caches) expectCacheCount('LlamaModel.forward', caches.length, this.layers.length);
    caches?.forEach((cache, i) => expectCache('LlamaModel.forward', cache, ids.shape[0], this.layers[i].self_attn));
    const tokens: st.Tensor<[B, T], 'int32', XDev> = ids; // I is int32 (its constraint)
    let h = this.embed_tokens.forward(tokens);
    const next: KVCache<B, KV, Dh, XDev>[] = [];
    this.layers.forEach((block, i) => {
      const seed = options.seed === undefined ? undefined : options.seed * 131 + i;
      const out = block.forward(h, this.rotary_emb, { training: options.training, seed, cache: caches?.[i] });
      h = out.output;
      next.push(out.cache);
    });
    return { hidden: this.norm.forward(h), caches: next };
  }
}

/** The run-time twin of TokenIds' sentences: ids of rank 2 (and, for targets, the ids' shape). */
function expectIdsShape(op: string, sentence: string, shape: readonly number[], like?: readonly number[]): void {
  if (shape.length !== 2 || (like !== undefined && (shape[0] !== like[0] || shape[1] !== like[1]))) {
    throw new st.ShapeError(`${op}: ${sentence}, got ${st.formatShape(shape)}${like === undefined ? '' : ` for ids ${st.formatShape(like)}`}`);
  }
}

/**
 * The run-time twin of the caches' sentence (CacheSentence, each cache checked by expectCache), and their count: one
 * per block, or a later block would silently run without its cache.
 */
function expectCacheCount(op: string, caches: number, blocks: number): void {
  if (caches !== blocks) throw new Error(`${op}: ${caches} caches for ${blocks} blocks; pass the caches this model returned`);
}

/**
 * A model's config with the dims its type holds: `model.config.vocabSize` is the literal 65 of a literal config,
 * not `number` (a head or adapter built from it keeps the compiler's checks).
 */
export type ModelConfig<V extends number, KV extends number, Rep extends number, Dh extends number, N extends number> =
  LlamaConfig & { vocabSize: V; dim: Mul<Mul<KV, Rep>, Dh>; nHeads: Mul<KV, Rep>; nKvHeads: KV; nLayers: N };

/**
 * The Llama (Hugging Face's LlamaForCausalLM): the decoder under `model` and an untied output
 * projection `lm_head`, so its parameters are named as in the Hugging Face files
 * (model.layers.0.self_attn.q_proj.weight, ...).
 */
export class Llama<out V extends number, out KV extends number, out Rep extends number, out Dh extends number, out Hd extends number, out Dev extends st.Device = st.DefaultDevice, out N extends number = number> extends Module {
  readonly model: LlamaModel<V, KV, Rep, Dh, Hd, Dev, N>;
  readonly lm_head: Linear<Mul<Mul<KV, Rep>, Dh>, V, Dev>;

  constructor(
    readonly config: ModelConfig<V, KV, Rep, Dh, N>, vocabSize: V, kvHeads: KV, repeats: Rep, headDim: Dh, hiddenDim: Hd,
    readonly device: Dev, seed: number,
  ) {
    super();
    validateConfig(config);
    const seeds = new SeedSequence(seed);
    this.model = new LlamaModel(config, vocabSize, kvHeads, repeats, headDim, hiddenDim, device, seeds);
    this.lm_head = new Linear(this.model.embed_tokens.dim, vocabSize, seeds, device);
  }

  /** Logits [B, T, vocab] for token ids [B, T]. */
  forward<B extends number, T extends number, XDev extends st.Device = Dev, I extends IdsDType<'Llama.forward: the ids must be int32', I> = 'int32'>(
    this: Llama<V, KV, Rep, Dh, Hd, NoInfer<OnInputDevice<XDev, `Llama.forward: the ids are on ${XDev}, not on the model's device`>>, N> & OneDevice<XDev, Dev, `Llama.forward: the ids are on ${XDev}, not on the model's device`>,
    ids: st.Tensor<[B, T], I, XDev, TokenIds<'Llama.forward: the ids must be [batch, time] token ids'>>, options: LlamaForwardOptions = {},
  ): st.Tensor<[B, T, V], 'float32', XDev> {
    expectInput('Llama.forward', ids, { device: this.device, input: 'the ids', owner: 'model', dtype: 'int32' });
    expectIdsShape('Llama.forward', 'the ids must be [batch, time] token ids', ids.shape);
    const tokens: st.Tensor<[B, T], 'int32', XDev> = ids; // I is int32 (its constraint)
    return this.forwardCached(tokens, undefined, options).logits;
  }

  /**
   * Logits for ids that follow the positions held in caches (one per block; none at the start),
   * and the caches extended with these positions. The caller keeps and frees the caches.
   */
  forwardCached<B extends number, T extends number, XDev extends st.Device = Dev, I extends IdsDType<'Llama.forwardCached: the ids must be int32', I> = 'int32'>(
    this: Llama<V, KV, Rep, Dh, Hd, NoInfer<OnInputDevice<XDev, `Llama.forwardCached: the ids are on ${XDev}, not on the model's device`>>, N> & OneDevice<XDev, Dev, `Llama.forwardCached: the ids are on ${XDev}, not on the model's device`>,
    ids: st.Tensor<[B, T], I, XDev, TokenIds<'Llama.forwardCached: the ids must be [batch, time] token ids'>>, caches: KVCache<NoInfer<B> & LayerCheck<CacheSentence<'Llama.forwardCached', B, KV, Dh, XDev>>, KV, Dh, NoInfer<XDev>>[] | undefined,
    options: LlamaForwardOptions = {},
  ): { logits: st.Tensor<[B, T, V], 'float32', XDev>; caches: KVCache<B, KV, Dh, XDev>[] } {
    expectInput('Llama.forwardCached', ids, { device: this.device, input: 'the ids', owner: 'model', dtype: 'int32' });
    expectIdsShape('Llama.forwardCached', 'the ids must be [batch, time] token ids', ids.shape);
    if (caches) expectCacheCount('Llama.forwardCached', caches.length, this.model.layers.length);
    caches?.forEach((cache, i) => expectCache('Llama.forwardCached', cache, ids.shape[0], this.model.layers[i].self_attn));
    const tokens: st.Tensor<[B, T], 'int32', XDev> = ids; // I is int32 (its constraint)
    const out = this.model.forward(tokens, caches, options);
    return { logits: this.emit(this.lm_head.forward(out.hidden)), caches: out.caches };
  }

  /** Mean cross-entropy of predicting targets [B, T] from ids [B, T] (B and T are read from ids only). */
  loss<B extends number, T extends number, XDev extends st.Device = Dev, I extends IdsDType<'Llama.loss: the ids must be int32', I> = 'int32', J extends IdsDType<'Llama.loss: the targets must be int32', J> = 'int32'>(
    this: Llama<V, KV, Rep, Dh, Hd, NoInfer<OnInputDevice<XDev, `Llama.loss: the ids are on ${XDev}, not on the model's device`>>, N> & OneDevice<XDev, Dev, `Llama.loss: the ids are on ${XDev}, not on the model's device`>,
    ids: st.Tensor<[B, T], I, XDev, TokenIds<'Llama.loss: the ids must be [batch, time] token ids'>>,
    targets: st.Tensor<[NoInfer<B>, NoInfer<T>], J, NoInfer<XDev>, TokenIds<'Llama.loss: the targets must be [batch, time] as the ids'>>, options: LlamaForwardOptions = {},
  ): st.Tensor<[], 'float32', XDev> {
    expectInput('Llama.loss', ids, { device: this.device, input: 'the ids', owner: 'model', dtype: 'int32' });
    expectInput('Llama.loss', targets, { device: this.device, input: 'the targets', owner: 'model', dtype: 'int32' });
    expectIdsShape('Llama.loss', 'the ids must be [batch, time] token ids', ids.shape);
    expectIdsShape('Llama.loss', 'the targets must be [batch, time] as the ids', targets.shape, ids.shape);
    const tokens: st.Tensor<[B, T], 'int32', XDev> = ids; // I and J are int32 (their constraints)
    const labels: st.Tensor<[B, T], 'int32', XDev> = targets;
    return st.sparseSoftmaxCrossEntropy(this.forward(tokens, options), labels);
  }
}

/**
 * The Llama type a config gives: its dims and layer count as literals when the config is a literal
 * (the SwiGLU width: hiddenDim, else the SwiGLU formula's value).
 */
export type LlamaOf<C extends LlamaConfig, Dev extends st.Device = st.DefaultDevice> =
  Llama<C['vocabSize'], C['nKvHeads'], KnownDiv<C['nHeads'], C['nKvHeads']>, KnownDiv<C['dim'], C['nHeads']>, HiddenDimOf<C>, Dev, C['nLayers']>;
/** Div through a template, so that the digit arithmetic runs only on known values, not on the unevaluated C of the signatures. */
type KnownDiv<A extends number, B extends number> = `${A}:${B}` extends `${infer X extends number}:${infer Y extends number}` ? Div<X, Y> : number;

/**
 * Builds a Llama from a config. A literal config is checked by the compiler (dim divisible by
 * nHeads, an even headDim, nHeads a multiple of nKvHeads), and the model's types carry its dims.
 * The seed fixes the initial weights; device places them (default: the default device).
 */
export function createLlama<const C extends LlamaConfig>(config: C & ConfigCheck<C>, seed?: number): LlamaOf<C>;
export function createLlama<const C extends LlamaConfig, Dev extends st.Device>(config: C & ConfigCheck<C>, seed: number, device: Dev): LlamaOf<C, Dev>;
export function createLlama(config: LlamaConfig, seed = 0, device: st.Device = 'default'): LlamaOf<LlamaConfig, st.Device> {
  return buildLlama(config, seed, device);
}

/**
 * createLlama for a config typed LlamaConfig (the library's loaders and training loop): the same model, checked at
 * run time only, as such a config's dims are `number` anyway. Calling createLlama there made tsc evaluate the
 * literal config's checks (ConfigCheck) on LlamaConfig at each call (~600 instantiations each).
 */
export function buildLlama<Dev extends st.Device>(config: LlamaConfig, seed: number, device: Dev): LlamaOf<LlamaConfig, Dev> {
  validateConfig(config);
  const repeats = st.dimDiv(config.nHeads, config.nKvHeads, 'llama config: nHeads / nKvHeads');
  const headDim = st.dimDiv(config.dim, config.nHeads, 'llama config: dim / nHeads');
  const hiddenDim = config.hiddenDim ?? swigluHiddenDim(config.dim, config.multipleOf);
  return new Llama(config, config.vocabSize, config.nKvHeads, repeats, headDim, hiddenDim, device, seed);
}
