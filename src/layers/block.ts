// A pre-norm transformer block: h = x + attention(norm(x)); out = h + feedForward(norm(h)).
import * as st from '../index.js';
import type { Mul } from '../index.js';
import { Module } from '../module/module.js';
import { Attention, type ForwardOptions, type KVCache } from './attention.js';
import type { SeedSequence } from './init.js';
import { RMSNorm } from './rmsnorm.js';
import type { RotaryEmbedding } from './rope.js';
import { SwiGLU } from './swiglu.js';

export interface BlockOptions {
  normEps: number;
  dropout?: number;
  /** Init std of the two residual output projections. */
  outputStd?: number;
}

/** Fields named as Hugging Face's LlamaDecoderLayer. */
export class Block<out KV extends number, out Rep extends number, out Dh extends number, out Hd extends number, out Dev extends st.Device = st.DefaultDevice> extends Module {
  readonly self_attn: Attention<KV, Rep, Dh, Dev>;
  readonly mlp: SwiGLU<Mul<Mul<KV, Rep>, Dh>, Hd, Dev>;
  readonly input_layernorm: RMSNorm<Mul<Mul<KV, Rep>, Dh>, Dev>;
  readonly post_attention_layernorm: RMSNorm<Mul<Mul<KV, Rep>, Dh>, Dev>;
  readonly dropout: number;

  constructor(kvHeads: KV, repeats: Rep, headDim: Dh, hiddenDim: Hd, seeds: SeedSequence, device: Dev, options: BlockOptions) {
    super();
    this.self_attn = new Attention(kvHeads, repeats, headDim, seeds, device, { dropout: options.dropout, outputStd: options.outputStd });
    const dim = this.self_attn.dim;
    this.input_layernorm = new RMSNorm(dim, options.normEps, device);
    this.post_attention_layernorm = new RMSNorm(dim, options.normEps, device);
    this.mlp = new SwiGLU(dim, hiddenDim, seeds, device, options.outputStd);
    this.dropout = options.dropout ?? 0;
  }

  /**
   * x: [B, T, dim] -> [B, T, dim], dim in any grouping of kvHeads * repeats * headDim (the output has x's: see Attention.forward).
   * No second signature with a sentence as Attention has: here it cost ~2,900 instantiations (tsc --checkers 1)
   * when tsc verifies the class's `out` annotations; another width gets TS's message naming `Groupings<KV, Rep, Dh>`.
   */
  forward<B extends number, T extends number, D extends st.Groupings<KV, Rep, Dh> = Mul<Mul<KV, Rep>, Dh>, XDev extends Dev = Dev>(
    this: Block<KV, Rep, Dh, Hd, NoInfer<XDev>>,
    input: st.Tensor<[B, T, D], 'float32', XDev>,
    rope: RotaryEmbedding<Dh, NoInfer<XDev>>,
    options: ForwardOptions & { cache?: KVCache<NoInfer<B>, KV, Dh, NoInfer<XDev>> } = {},
  ): { output: st.Tensor<[B, T, D], 'float32', XDev>; cache: KVCache<B, KV, Dh, XDev> } {
    const attn = this.self_attn;
    const factors = [attn.kvHeads, attn.repeats, attn.headDim] as const;
    const x = st.regroup(input, factors, undefined, 'Block.forward');
    const attended = this.self_attn.forward(this.input_layernorm.forward(x), rope, options);
    const h = st.add(x, attended.output);
    let fed = this.mlp.forward(this.post_attention_layernorm.forward(h));
    if (options.training && this.dropout > 0) {
      fed = st.dropout(fed, this.dropout, options.seed === undefined ? undefined : options.seed * 7 + 3);
    }
    return { output: this.emit(st.regroup(st.add(h, fed), factors, input)), cache: attended.cache };
  }
}
