// Causal self-attention with grouped key/value heads (Meta's Llama): KV key/value heads, each
// shared by Rep query heads. The model dim is declared as the product heads * headDim, so the head
// split and merge type-check here with no cast, for any sizes.
import * as st from '../index.js';
import type { Mul } from '../index.js';
import { Module } from '../module/module.js';
import { expectCache, expectInput, expectRope, type CacheSentence, type GroupedWidth, type FloatInput, type LayerCheck, type OnInputDevice, type RopeSentence } from './checks.js';
import type { SeedSequence } from './init.js';
import { Linear } from './linear.js';
import type { RotaryEmbedding } from './rope.js';

/**
 * The model dim: heads * headDim, where heads = Mul<KV, Rep> (KV key/value heads times Rep queries
 * each). Inner products are written as Mul<KV, Rep> everywhere, never through another alias: tsc
 * tells two unevaluated products apart by the alias they were written with.
 */
export type ModelDim<KV extends number, Rep extends number, Dh extends number> = Mul<Mul<KV, Rep>, Dh>;

/**
 * Keys and values of the positions seen so far, after RoPE, before the heads are repeated. Declared `out`
 * (covariant, as its fields are) so that each of tsc 7's checkers does not compute its variance again.
 */
export interface KVCache<out B extends number, out KV extends number, out Dh extends number, out Dev extends st.Device> {
  keys: st.Tensor<[B, KV, number, Dh], 'float32', Dev>;
  values: st.Tensor<[B, KV, number, Dh], 'float32', Dev>;
}

export interface AttentionOptions {
  /** Probability of dropping attention weights and the output while training (default 0). */
  dropout?: number;
  /** Init std of the output projection (nanoGPT scales it by 1/sqrt(2 * layers)). */
  outputStd?: number;
}

/** Options of one forward pass. */
export interface ForwardOptions {
  /** Dropout is applied only when training is true. */
  training?: boolean;
  /** Seed for dropout masks. */
  seed?: number;
}

/** Fields named as Hugging Face's LlamaAttention (Meta's wq, wk, wv, wo). */
export class Attention<out KV extends number, out Rep extends number, out Dh extends number, out Dev extends st.Device = st.DefaultDevice> extends Module {
  readonly q_proj: Linear<Mul<Mul<KV, Rep>, Dh>, Mul<Mul<KV, Rep>, Dh>, Dev>;
  readonly k_proj: Linear<Mul<Mul<KV, Rep>, Dh>, Mul<KV, Dh>, Dev>;
  readonly v_proj: Linear<Mul<Mul<KV, Rep>, Dh>, Mul<KV, Dh>, Dev>;
  readonly o_proj: Linear<Mul<Mul<KV, Rep>, Dh>, Mul<Mul<KV, Rep>, Dh>, Dev>;
  readonly heads: Mul<KV, Rep>;
  readonly dim: Mul<Mul<KV, Rep>, Dh>;
  readonly dropout: number;

  constructor(readonly kvHeads: KV, readonly repeats: Rep, readonly headDim: Dh, seeds: SeedSequence, device: Dev, options: AttentionOptions = {}) {
    super();
    this.heads = st.dimMul(kvHeads, repeats);
    this.dim = st.dimMul(this.heads, headDim);
    const kvDim = st.dimMul(kvHeads, headDim);
    this.q_proj = new Linear(this.dim, this.dim, seeds, device);
    this.k_proj = new Linear(this.dim, kvDim, seeds, device);
    this.v_proj = new Linear(this.dim, kvDim, seeds, device);
    this.o_proj = new Linear(this.dim, this.dim, seeds, device, { std: options.outputStd });
    this.dropout = options.dropout ?? 0;
  }

  /**
   * x: [B, T, dim] -> [B, T, dim]. With a cache, x holds the positions after the cached ones;
   * the cache is extended with this step's keys and values (the caller keeps and frees it).
   * dim may be written in any grouping of kvHeads * repeats * headDim (a caller's generic
   * `Mul<KV, Mul<Rep, Dh>>` too, see Groupings), or be a `number` (checked at run time); the output has x's.
   * Another width: `Attention.forward: last dim 100 is not 2 x 2 x 32 = 128`, in generic code over the caller's
   * dims (GroupedWidth, D's constraint; one signature: a second one with the sentence cost ~2k instantiations more).
   */
  forward<
    B extends number, T extends number, D extends GroupedWidth<`Attention.forward: last dim ${D} is not ${KV} x ${Rep} x ${Dh}`, D, KV, Rep, Dh> = Mul<Mul<KV, Rep>, Dh>,
    XDev extends st.Device = Dev,
  >(
    this: Attention<KV, Rep, Dh, NoInfer<OnInputDevice<XDev, `Attention.forward: the input is on ${XDev}, not on the layer's device`>>>,
    x: st.Tensor<[B, T, D], FloatInput<'Attention.forward: the input must be float32'>, XDev>,
    rope: RotaryEmbedding<Dh & LayerCheck<RopeSentence<'Attention.forward', Dh, XDev>>, NoInfer<XDev>>,
    options?: ForwardOptions & { cache?: KVCache<NoInfer<B> & LayerCheck<CacheSentence<'Attention.forward', B, KV, Dh, XDev>>, KV, Dh, NoInfer<XDev>> },
  ): { output: st.Tensor<[B, T, D], 'float32', XDev>; cache: KVCache<B, KV, Dh, XDev> };
  forward<B extends number, T extends number, D extends st.Groupings<KV, Rep, Dh>>(
    input: st.Tensor<[B, T, D], 'float32', Dev>,
    rope: RotaryEmbedding<Dh, Dev>,
    options: ForwardOptions & { cache?: KVCache<NoInfer<B>, KV, Dh, Dev> } = {},
  ): { output: st.Tensor<[B, T, D], 'float32', Dev>; cache: KVCache<B, KV, Dh, Dev> } {
    expectInput('Attention.forward', input, { device: this.q_proj.weight.device, dtype: 'float32' });
    expectRope('Attention.forward', rope, this);
    if (options.cache) expectCache('Attention.forward', options.cache, input.shape[0], this);
    const factors = [this.kvHeads, this.repeats, this.headDim] as const;
    const x = st.regroup(input, factors, undefined, 'Attention.forward');
    const start = options.cache ? options.cache.keys.shape[2] : 0;
    // [B, T, heads * headDim] -> [B, heads, T, headDim], positions rotated.
    // (the split's transpose and the rotation in one op)
    const q = rope.forwardHeads(st.splitLastDim(this.q_proj.forward(x), this.heads, this.headDim), start);
    const k = rope.forwardHeads(st.splitLastDim(this.k_proj.forward(x), this.kvHeads, this.headDim), start);
    const v = swapHeadsAndTime(st.splitLastDim(this.v_proj.forward(x), this.kvHeads, this.headDim));
    const cache: KVCache<B, KV, Dh, Dev> = options.cache
      ? { keys: st.concat([options.cache.keys, k], 2), values: st.concat([options.cache.values, v], 2) }
      : { keys: k, values: v };
    const attended = attend(this, q, cache.keys, cache.values, options);
    // [B, heads, T, headDim] -> [B, T, heads * headDim] -> wo.
    const merged = st.mergeLastDims(swapHeadsAndTime(attended));
    const output = applyDropout(this, this.o_proj.forward(merged), options, 1);
    return { output: this.emit(st.regroup(output, factors, input)), cache };
  }
}

// Attention's helpers are functions, not (private) methods: tsc checks the class's `out` annotations by
// comparing the class at marker types member by member, private members too, and these two generic
// methods were ~3.5k instantiations of that (TS 5.9); a private member's type is not in the .d.ts anyway.
/**
 * Scaled dot-product attention of T queries over S keys, the last T of which are the queries' own.
 * Each key/value head serves Rep consecutive query heads (Meta's repeat_kv), folded into the
 * product rather than repeated; future keys get -Infinity before the softmax.
 */
function attend<KV extends number, Rep extends number, Dh extends number, Dev extends st.Device, B extends number, T extends number, S extends number>(
  layer: Attention<KV, Rep, Dh, Dev>,
  q: st.Tensor<[B, Mul<KV, Rep>, T, Dh], 'float32', Dev>,
  keys: st.Tensor<[B, KV, S, Dh], 'float32', Dev>,
  values: st.Tensor<[B, KV, S, Dh], 'float32', Dev>,
  options: ForwardOptions,
): st.Tensor<[B, Mul<KV, Rep>, T, Dh], 'float32', Dev> {
  const training = options.training === true && layer.dropout > 0;
  return st.scaledDotProductAttention(q, keys, values, {
    repeats: layer.repeats,
    causal: true,
    scale: 1 / Math.sqrt(layer.headDim),
    dropout: training ? layer.dropout : 0,
    seed: options.seed === undefined ? undefined : options.seed * 7 + 2,
  });
}

/**
 * [B, T, H, Dh] -> [B, H, T, Dh] and back (transpose [0, 2, 1, 3], its own inverse): the permutation checked once
 * here over plain dims, where each of forward's two transposes checked it over the layer's products.
 */
function swapHeadsAndTime<B extends number, T extends number, H extends number, Dh extends number, Dev extends st.Device>(
  x: st.Tensor<[B, T, H, Dh], 'float32', Dev>,
): st.Tensor<[B, H, T, Dh], 'float32', Dev> {
  return st.transpose(x, [0, 2, 1, 3]);
}

function applyDropout<S extends st.Shape, Dev extends st.Device>(
  layer: { readonly dropout: number }, x: st.Tensor<S, 'float32', Dev>, options: ForwardOptions, salt: number,
): st.Tensor<S, 'float32', Dev> {
  if (!options.training || layer.dropout === 0) return x;
  return st.dropout(x, layer.dropout, options.seed === undefined ? undefined : options.seed * 7 + salt);
}
