// A pre-norm transformer block: h = x + attention(norm(x)); out = h + feedForward(norm(h)).
import * as st from '../index.js';
import type { Mul } from '../index.js';
import { Module } from '../module/module.js';
import { Attention, type ForwardOptions, type KVCache } from './attention.js';
import { expectCache, expectInput, expectRope, type CacheSentence, type Expect, type FloatInput, type LayerCheck, type LayerInput, type OnInputDevice, type RopeSentence } from './checks.js';
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
   * Another width: in generic code the constraint prints the sentence over the caller's dims
   * (`Block.forward: last dim ${Mul<KV, Dh>} is not ${KV} x ${Rep} x ${Dh}`, see Expect); a literal one reads as an
   * ordinary mismatch (`96` is not `128`). Not a second signature as Attention has: that cost ~2,900 instantiations
   * (tsc --checkers 1), the constraint ~165.
   */
  forward<B extends number, T extends number, D extends Expect<`Block.forward: last dim ${D} is not ${KV} x ${Rep} x ${Dh}`, st.Groupings<KV, Rep, Dh>, D> = Mul<Mul<KV, Rep>, Dh>, XDev extends st.Device = Dev>(
    this: Block<KV, Rep, Dh, Hd, NoInfer<OnInputDevice<XDev, `Block.forward: the input is on ${XDev}, not on the layer's device`>>>,
    input: st.Tensor<[B, T, D], FloatInput<'Block.forward: the input must be float32'>, XDev, LayerInput<"Block.forward: the input's last dim must be the layer's kvHeads x repeats x headDim">>,
    rope: RotaryEmbedding<Dh & LayerCheck<RopeSentence<'Block.forward', Dh, XDev>>, NoInfer<XDev>>,
    options: ForwardOptions & { cache?: KVCache<NoInfer<B> & LayerCheck<CacheSentence<'Block.forward', B, KV, Dh, XDev>>, KV, Dh, NoInfer<XDev>> } = {},
  ): { output: st.Tensor<[B, T, D], 'float32', XDev>; cache: KVCache<B, KV, Dh, XDev> } {
    expectInput('Block.forward', input, { device: this.input_layernorm.weight.device, dtype: 'float32' });
    expectRope('Block.forward', rope, this.self_attn);
    if (options.cache) expectCache('Block.forward', options.cache, input.shape[0], this.self_attn);
    const attn = this.self_attn;
    const factors = [attn.kvHeads, attn.repeats, attn.headDim] as const;
    const floats: st.Tensor<[B, T, D], 'float32', XDev> = input; // the plain dtype in the body (the mark is for the caller)
    const x = st.regroup(floats, factors, undefined, 'Block.forward');
    const attended = this.self_attn.forward(this.input_layernorm.forward(x), rope, options);
    const h = st.add(x, attended.output);
    let fed = this.mlp.forward(this.post_attention_layernorm.forward(h));
    if (options.training && this.dropout > 0) {
      fed = st.dropout(fed, this.dropout, options.seed === undefined ? undefined : options.seed * 7 + 3);
    }
    return { output: this.emit(st.regroup(st.add(h, fed), factors, floats)), cache: attended.cache };
  }
}
