// The Llama: token embedding, pre-norm blocks, final RMSNorm and an untied output projection,
// written only with typed layers and ops. Its dims are declared as products (model dim =
// kvHeads * repeats * headDim), so a literal config fixes every shape at compile time.
import * as st from '../index.js';
import type { Div, Mul } from '../index.js';
import { Block, Embedding, Linear, RMSNorm, RotaryEmbedding, SeedSequence, swigluHiddenDim, type KVCache } from '../layers/index.js';
import { validateConfig, type ConfigCheck, type LlamaConfig } from './config.js';

/** Named parameters, keyed as in the Hugging Face Llama layout (model.layers.0.self_attn.q_proj.weight, ...). */
export type Parameters<Dev extends st.Device> = Record<string, st.Variable<st.Shape, 'float32', Dev>>;

/** Options of a forward pass. */
export interface LlamaForwardOptions {
  /** Apply dropout (training only). */
  training?: boolean;
  /** Seed of the dropout masks. */
  seed?: number;
}

export class Llama<V extends number, KV extends number, Rep extends number, Dh extends number, Hd extends number, Dev extends st.Device = st.DefaultDevice> {
  readonly embedding: Embedding<V, Mul<Mul<KV, Rep>, Dh>, Dev>;
  readonly blocks: Block<KV, Rep, Dh, Hd, Dev>[];
  readonly norm: RMSNorm<Mul<Mul<KV, Rep>, Dh>, Dev>;
  readonly output: Linear<Mul<Mul<KV, Rep>, Dh>, V, Dev>;
  readonly rope: RotaryEmbedding<Dh, Dev>;

  constructor(
    readonly config: LlamaConfig, vocabSize: V, kvHeads: KV, repeats: Rep, headDim: Dh, hiddenDim: Hd,
    readonly device: Dev, seed: number,
  ) {
    validateConfig(config);
    const seeds = new SeedSequence(seed);
    // GPT-2/nanoGPT: residual output projections start smaller, by 1/sqrt(2 * layers).
    const outputStd = 0.02 / Math.sqrt(2 * config.nLayers);
    this.blocks = Array.from({ length: config.nLayers }, () =>
      new Block(kvHeads, repeats, headDim, hiddenDim, seeds, device, { normEps: config.normEps, dropout: config.dropout, outputStd }));
    const dim = st.dimMul(st.dimMul(kvHeads, repeats), headDim);
    this.embedding = new Embedding(vocabSize, dim, seeds, device);
    this.norm = new RMSNorm(dim, config.normEps, device);
    this.output = new Linear(dim, vocabSize, seeds, device);
    this.rope = new RotaryEmbedding(headDim, config.ropeTheta, device);
  }

  /** Logits [B, T, vocab] for token ids [B, T]. */
  forward<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32', Dev>, options: LlamaForwardOptions = {}): st.Tensor<[B, T, V], 'float32', Dev> {
    return this.forwardCached(ids, undefined, options).logits;
  }

  /**
   * Logits for ids that follow the positions held in caches (one per block; none at the start),
   * and the caches extended with these positions. The caller keeps and frees the caches.
   */
  forwardCached<B extends number, T extends number>(
    ids: st.Tensor<[B, T], 'int32', Dev>, caches: KVCache<NoInfer<B>, KV, Dh, Dev>[] | undefined, options: LlamaForwardOptions = {},
  ): { logits: st.Tensor<[B, T, V], 'float32', Dev>; caches: KVCache<B, KV, Dh, Dev>[] } {
    let h = this.embedding.forward(ids);
    const next: KVCache<B, KV, Dh, Dev>[] = [];
    this.blocks.forEach((block, i) => {
      const seed = options.seed === undefined ? undefined : options.seed * 131 + i;
      const out = block.forward(h, this.rope, { training: options.training, seed, cache: caches?.[i] });
      h = out.output;
      next.push(out.cache);
    });
    return { logits: this.output.forward(this.norm.forward(h)), caches: next };
  }

  /** Mean cross-entropy of predicting targets [B, T] from ids [B, T] (B and T are read from ids only). */
  loss<B extends number, T extends number>(
    ids: st.Tensor<[B, T], 'int32', Dev>, targets: st.Tensor<[NoInfer<B>, NoInfer<T>], 'int32', Dev>, options: LlamaForwardOptions = {},
  ): st.Tensor<[], 'float32', Dev> {
    return st.sparseSoftmaxCrossEntropy(this.forward(ids, options), targets);
  }

  /** Every trainable parameter, keyed by its Hugging Face name. */
  parameters(): Parameters<Dev> {
    const params: Parameters<Dev> = { 'model.embed_tokens.weight': this.embedding.weight };
    this.blocks.forEach((b, i) => {
      const p = `model.layers.${i}`;
      params[`${p}.self_attn.q_proj.weight`] = b.attention.wq.weight;
      params[`${p}.self_attn.k_proj.weight`] = b.attention.wk.weight;
      params[`${p}.self_attn.v_proj.weight`] = b.attention.wv.weight;
      params[`${p}.self_attn.o_proj.weight`] = b.attention.wo.weight;
      params[`${p}.mlp.gate_proj.weight`] = b.feedForward.w1.weight;
      params[`${p}.mlp.up_proj.weight`] = b.feedForward.w3.weight;
      params[`${p}.mlp.down_proj.weight`] = b.feedForward.w2.weight;
      params[`${p}.input_layernorm.weight`] = b.attentionNorm.weight;
      params[`${p}.post_attention_layernorm.weight`] = b.ffnNorm.weight;
    });
    params['model.norm.weight'] = this.norm.weight;
    params['lm_head.weight'] = this.output.weight;
    return params;
  }

  /** Number of trainable parameters. */
  parameterCount(): number {
    return Object.values(this.parameters()).reduce((n, p) => n + p.size, 0);
  }

  /** Frees every parameter and constant. */
  dispose(): void {
    for (const p of Object.values(this.parameters())) p.dispose();
    this.rope.dispose();
  }
}

/** The Llama type a config gives: its dims as literals when the config is a literal. */
export type LlamaOf<C extends LlamaConfig, Dev extends st.Device = st.DefaultDevice> =
  Llama<C['vocabSize'], C['nKvHeads'], Div<C['nHeads'], C['nKvHeads']>, Div<C['dim'], C['nHeads']>, number, Dev>;

/**
 * Builds a Llama from a config. A literal config is checked by the compiler (dim divisible by
 * nHeads, an even headDim, nHeads a multiple of nKvHeads), and the model's types carry its dims.
 * The seed fixes the initial weights; device places them (default: the default device).
 */
export function createLlama<const C extends LlamaConfig>(config: C & ConfigCheck<C>, seed?: number): LlamaOf<C>;
export function createLlama<const C extends LlamaConfig, Dev extends st.Device>(config: C & ConfigCheck<C>, seed: number, device: Dev): LlamaOf<C, Dev>;
export function createLlama(config: LlamaConfig, seed = 0, device: st.Device = 'default'): LlamaOf<LlamaConfig, st.Device> {
  validateConfig(config);
  const repeats = st.dimDiv(config.nHeads, config.nKvHeads, 'llama config: nHeads / nKvHeads');
  const headDim = st.dimDiv(config.dim, config.nHeads, 'llama config: dim / nHeads');
  const hiddenDim = config.hiddenDim ?? swigluHiddenDim(config.dim, config.multipleOf);
  return new Llama(config, config.vocabSize, config.nKvHeads, repeats, headDim, hiddenDim, device, seed);
}
