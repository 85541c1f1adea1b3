// Deliberately broken Llamas, the bugs of the "Llama from scratch" post, built from the shipped
// model's own layers and weights so that each differs from the correct model by its one bug.
import * as st from '../src/index.js';
import type { LlamaConfig } from '../src/llama/config.js';
import { createLlama, type LlamaOf } from '../src/llama/model.js';

export type Bug = 'none' | 'no-causal-mask' | 'rmsnorm-over-time' | 'dropout-at-eval' | 'seeded-dropout-at-eval' | 'rope-on-values';

type Model = LlamaOf<LlamaConfig>;
type Hidden = st.Tensor<[number, number, number], 'float32'>;

/** RMSNorm over time and features together: each position is scaled by a statistic of the whole sequence. */
function rmsNormOverTime(x: Hidden, weight: st.Tensor<[number], 'float32'>, eps: number): Hidden {
  const meanSquare = st.mean(st.square(x), [1, 2], true);
  return st.mul(st.mul(x, st.rsqrt(st.add(meanSquare, eps))), weight);
}

/** A Llama with one bug, sharing the weights of model (which the caller keeps and frees). */
export class BrokenLlama {
  readonly config: LlamaConfig;
  readonly device = 'default' as const;

  /** With `layer`, the bug is in that block only (a bug of the whole model when undefined). */
  constructor(readonly model: Model, readonly bug: Bug, readonly layer?: number) {
    this.config = model.config;
  }

  /** The logits; record, when given, gets each activation the reference dumps (embedding, layers.i.attention, ...). */
  forward(
    ids: st.Tensor<[number, number], 'int32'>, options: { training?: boolean; seed?: number } = {},
    record: (name: string, x: Hidden) => void = () => {},
  ): st.Tensor<[number, number, number], 'float32'> {
    const m = this.model;
    const eps = m.config.normEps;
    let h: Hidden = m.model.embed_tokens.forward(ids);
    record('embedding', h);
    m.model.layers.forEach((block, i) => {
      const bug = this.layer === undefined || this.layer === i ? this.bug : 'none';
      const a = block.self_attn;
      const x = bug === 'rmsnorm-over-time' ? rmsNormOverTime(h, block.input_layernorm.weight, eps) : block.input_layernorm.forward(h);
      const heads = (w: st.Tensor<[number, number, number], 'float32'>, n: number): st.Tensor<[number, number, number, number], 'float32'> =>
        st.transpose(st.splitLastDim(w, n, a.headDim), [0, 2, 1, 3]);
      const q = st.rotaryEmbedding(heads(a.q_proj.forward(x), a.heads), 0, m.config.ropeTheta);
      const k = st.rotaryEmbedding(heads(a.k_proj.forward(x), a.kvHeads), 0, m.config.ropeTheta);
      const rawV = heads(a.v_proj.forward(x), a.kvHeads);
      const v = bug === 'rope-on-values' ? st.rotaryEmbedding(rawV, 0, m.config.ropeTheta) : rawV;
      const attended = st.scaledDotProductAttention(q, k, v, { repeats: a.repeats, causal: bug !== 'no-causal-mask', scale: 1 / Math.sqrt(a.headDim) });
      let out: Hidden = a.o_proj.forward(st.mergeLastDims(st.transpose(attended, [0, 2, 1, 3])));
      // The post's bug: dropout applied whatever the mode.
      if (bug === 'dropout-at-eval') out = st.dropout(out, 0.1);
      if (bug === 'seeded-dropout-at-eval') out = st.dropout(out, 0.1, (options.seed ?? 0) * 131 + i);
      record(`layers.${i}.attention`, out);
      const hh = st.add(h, out);
      const mlp: Hidden = block.mlp.forward(block.post_attention_layernorm.forward(hh));
      record(`layers.${i}.mlp`, mlp);
      h = st.add(hh, mlp);
    });
    const normed: Hidden = m.model.norm.forward(h);
    record('norm', normed);
    const logits: Hidden = m.lm_head.forward(normed);
    record('logits', logits);
    return logits;
  }
}

/** The small seeded config the probe tests use: grouped KV heads, two layers. */
export const probeConfig: LlamaConfig = {
  vocabSize: 17, dim: 16, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 8, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 12, dropout: 0,
};

export function probeModel(seed = 3, config: LlamaConfig = probeConfig): Model {
  return createLlama(config, seed);
}

/**
 * The post's model head: a linear layer right after the embedding (no nonlinearity between), then
 * a ReLU feed-forward and the output projection. With `extraProjections`, an attention-like branch
 * projects the input with q_proj and then again with its own in_proj_q, as the post's heads fed
 * nn.MultiheadAttention (which projects its inputs itself).
 */
export class WastefulModel extends st.Module {
  readonly embed_tokens: st.Embedding<number, number>;
  readonly proj: st.Linear<number, number>;
  readonly q_proj: st.Linear<number, number>;
  readonly in_proj_q: st.Linear<number, number>;
  readonly ffn: st.Linear<number, number>;
  readonly act = new st.ReLU();
  readonly lm_head: st.Linear<number, number>;

  constructor(readonly vocab: number, readonly dim: number, readonly embedThenLinear: boolean, readonly extraProjections: boolean) {
    super();
    const seeds = new st.SeedSequence(5);
    this.embed_tokens = new st.Embedding(vocab, dim, seeds, 'default');
    this.proj = new st.Linear(dim, dim, seeds, 'default');
    this.q_proj = new st.Linear(dim, dim, seeds, 'default');
    this.in_proj_q = new st.Linear(dim, dim, seeds, 'default');
    this.ffn = new st.Linear(dim, dim, seeds, 'default');
    this.lm_head = new st.Linear(dim, vocab, seeds, 'default');
  }

  forward(ids: st.Tensor<[number, number], 'int32'>): st.Tensor<[number, number, number], 'float32'> {
    const e: Hidden = this.embed_tokens.forward(ids);
    const x: Hidden = this.act.forward(this.embedThenLinear ? this.proj.forward(e) : e);
    const q: Hidden = this.extraProjections ? this.in_proj_q.forward(this.q_proj.forward(x)) : this.q_proj.forward(x);
    return this.lm_head.forward(this.act.forward(this.ffn.forward(this.act.forward(q))));
  }
}
