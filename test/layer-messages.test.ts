// The run-time twins of the layers' compile-time sentences (src/layers/checks.ts): each call below is
// refused by tsc (the @ts-expect-error lines; type-corpus/07-messages/layer-* assert the text tsc prints)
// and throws the same sentence at run time, with the sizes and devices filled in.
import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';

afterEach(async () => {
  await tf.setBackend(st.getDefaultBackend());
});

const seeds = () => new st.SeedSequence(0);
const tiny = { vocabSize: 65, dim: 64, nLayers: 1, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 } as const;

describe('a layer given an input on another device', () => {
  it('throws the sentence tsc prints, for every layer and the model', () => {
    const numTensors = tf.memory().numTensors;
    const linear = new st.Linear(8, 4, seeds(), 'cpu');
    const norm = new st.RMSNorm(8, 1e-5, 'cpu');
    const embed = new st.Embedding(10, 8, seeds(), 'cpu');
    const rope = new st.RotaryEmbedding(4, 10000, 'cpu');
    const mlp = new st.SwiGLU(8, 16, seeds(), 'cpu');
    const attention = new st.Attention(2, 2, 4, seeds(), 'cpu');
    const block = new st.Block(2, 2, 4, 32, seeds(), 'cpu', { normEps: 1e-5 });
    const model = st.createLlama(tiny, 0, 'cpu');
    const x = st.zeros([1, 3, 8]);
    const heads = st.zeros([1, 2, 3, 4]);
    const ids = st.zeros([1, 3], 'int32');
    const input = (op: string) => `${op}: the input is on default, not on the layer's device (cpu); move it with .to('cpu')`;
    const ofIds = (op: string, owner: string) => `${op}: the ids are on default, not on the ${owner}'s device (cpu); move them with .to('cpu')`;
    // @ts-expect-error -- Linear.forward: the input is on default, not on the layer's device
    expect(() => linear.forward(x)).toThrow(input('Linear.forward'));
    // @ts-expect-error -- RMSNorm.forward: the input is on default, not on the layer's device
    expect(() => norm.forward(x)).toThrow(input('RMSNorm.forward'));
    // @ts-expect-error -- Embedding.forward: the ids are on default, not on the layer's device
    expect(() => embed.forward(ids)).toThrow(ofIds('Embedding.forward', 'layer'));
    // @ts-expect-error -- RotaryEmbedding.forward: the input is on default, not on the layer's device
    expect(() => rope.forward(heads)).toThrow(input('RotaryEmbedding.forward'));
    // @ts-expect-error -- RotaryEmbedding.forwardHeads: the input is on default, not on the layer's device
    expect(() => rope.forwardHeads(heads)).toThrow(input('RotaryEmbedding.forwardHeads'));
    // @ts-expect-error -- SwiGLU.forward: the input is on default, not on the layer's device
    expect(() => mlp.forward(x)).toThrow(input('SwiGLU.forward'));
    const wide = st.zeros([1, 3, 16]);
    // @ts-expect-error -- Attention.forward: the input is on default, not on the layer's device
    expect(() => attention.forward(wide, rope)).toThrow(input('Attention.forward'));
    // @ts-expect-error -- Block.forward: the input is on default, not on the layer's device
    expect(() => block.forward(wide, rope)).toThrow(input('Block.forward'));
    // @ts-expect-error -- LlamaModel.forward: the ids are on default, not on the model's device
    expect(() => model.model.forward(ids, undefined)).toThrow(ofIds('LlamaModel.forward', 'model'));
    // @ts-expect-error -- Llama.forward: the ids are on default, not on the model's device
    expect(() => model.forward(ids)).toThrow(ofIds('Llama.forward', 'model'));
    // @ts-expect-error -- Llama.forwardCached: the ids are on default, not on the model's device
    expect(() => model.forwardCached(ids, undefined)).toThrow(ofIds('Llama.forwardCached', 'model'));
    // @ts-expect-error -- Llama.loss: the ids are on default, not on the model's device
    expect(() => model.loss(ids, ids)).toThrow(ofIds('Llama.loss', 'model'));
    st.dispose([x, heads, ids, wide]);
    for (const m of [linear, norm, embed, rope, mlp, attention, block, model]) m.dispose();
    expect(tf.memory().numTensors).toBe(numTensors);
  });

  it('runs on the layer\'s own device, and on a run-time choice made once', () => {
    const device = [true].includes(true) ? 'cpu' : 'default';
    const linear = new st.Linear(8, 4, seeds(), device);
    const y = linear.forward(st.zeros([2, 8], 'float32', device));
    expect(y.device).toBe('cpu');
    expect(y.shape).toEqual([2, 4]);
    st.dispose([y]);
    linear.dispose();
  });
});

describe('a layer given the wrong width in generic code', () => {
  it('Linear.forward: the input\'s last dim must be the layer\'s in-features', () => {
    // type-corpus/07-messages/layer-generic-ffn-down-on-input.ts
    function down<D extends number, H extends number, B extends number>(layer: st.Linear<H, D>, x: st.Tensor<[B, D]>) {
      // @ts-expect-error -- Linear.forward: the input's last dim must be the layer's in-features
      return layer.forward(x);
    }
    const layer = new st.Linear(32, 8, seeds(), 'default');
    const x = st.zeros([2, 8]);
    expect(() => down(layer, x)).toThrow(new st.ShapeError("Linear.forward: the input's last dim must be the layer's in-features (32), got [2, 8]"));
    st.dispose([x]);
    layer.dispose();
  });

  it('RMSNorm.forward and SwiGLU.forward: the input\'s last dim must be the layer\'s dim', () => {
    function normed<D extends number, H extends number, B extends number>(norm: st.RMSNorm<D>, mlp: st.SwiGLU<D, H>, h: st.Tensor<[B, H]>) {
      // @ts-expect-error -- RMSNorm.forward: the input's last dim must be the layer's dim
      const a = () => norm.forward(h);
      // @ts-expect-error -- SwiGLU.forward: the input's last dim must be the layer's dim
      const b = () => mlp.forward(h);
      return [a, b] as const;
    }
    const norm = new st.RMSNorm(8, 1e-5, 'default');
    const mlp = new st.SwiGLU(8, 32, seeds(), 'default');
    const h = st.zeros([2, 32]);
    const [a, b] = normed(norm, mlp, h);
    expect(a).toThrow(new st.ShapeError("RMSNorm.forward: the input's last dim must be the layer's dim (8), got [2, 32]"));
    expect(b).toThrow(new st.ShapeError("SwiGLU.forward: the input's last dim must be the layer's dim (8), got [2, 32]"));
    st.dispose([h]);
    norm.dispose();
    mlp.dispose();
  });

  it('RotaryEmbedding.forward: the input\'s last dim must be the layer\'s headDim', () => {
    // type-corpus/07-messages/layer-generic-rope-on-values.ts
    function rotateValues<B extends number, H extends number, T extends number, Dk extends number, Dv extends number>(rope: st.RotaryEmbedding<Dk>, v: st.Tensor<[B, H, T, Dv]>) {
      // @ts-expect-error -- RotaryEmbedding.forward: the input's last dim must be the layer's headDim
      return rope.forward(v);
    }
    const rope = new st.RotaryEmbedding(16, 10000, 'default');
    const v = st.zeros([1, 2, 4, 8]);
    expect(() => rotateValues(rope, v)).toThrow(new st.ShapeError("RotaryEmbedding.forward: the input's last dim must be the layer's headDim (16), got [1, 2, 4, 8]"));
    st.dispose([v]);
  });

  it('Block.forward: last dim ${Mul<KV, Dh>} is not ${KV} x ${Rep} x ${Dh}', () => {
    // type-corpus/03-products/block-width-generic.ts
    function run<KV extends number, Rep extends number, Dh extends number, B extends number, T extends number>(
      block: st.Block<KV, Rep, Dh, 64>, rope: st.RotaryEmbedding<Dh>, kv: st.Tensor<[B, T, st.Mul<KV, Dh>]>,
    ) {
      // @ts-expect-error -- Block.forward: last dim ${Mul<KV, Dh>} is not ${KV} x ${Rep} x ${Dh}
      return block.forward(kv, rope).output;
    }
    const block = new st.Block(2, 2, 32, 64, seeds(), 'default', { normEps: 1e-5 });
    const rope = new st.RotaryEmbedding(32, 10000, 'default');
    const kv = st.zeros([1, 4, 64]);
    expect(() => run(block, rope, kv)).toThrow(new st.ShapeError('Block.forward: last dim 64 is not 2 x 2 x 32 = 128 (x [1, 4, 64])'));
    st.dispose([kv]);
    block.dispose();
  });
});

describe('token ids of another dtype', () => {
  it('throws the sentence tsc prints, for the embedding and each model entry point', () => {
    // type-corpus/07-messages/embedding-float-ids-sentence.ts, type-corpus/12-training/float-ids-into-model.ts
    const numTensors = tf.memory().numTensors;
    const embed = new st.Embedding(10, 8, seeds(), 'default');
    const model = st.createLlama(tiny, 0);
    const floats = st.zeros([1, 3]);
    const ids = st.zeros([1, 3], 'int32');
    // @ts-expect-error -- Embedding.forward: the ids must be int32
    expect(() => embed.forward(floats)).toThrow('Embedding.forward: the ids must be int32, got float32');
    // @ts-expect-error -- LlamaModel.forward: the ids must be int32
    expect(() => model.model.forward(floats, undefined)).toThrow('LlamaModel.forward: the ids must be int32, got float32');
    // @ts-expect-error -- Llama.forward: the ids must be int32
    expect(() => model.forward(floats)).toThrow('Llama.forward: the ids must be int32, got float32');
    // @ts-expect-error -- Llama.forwardCached: the ids must be int32
    expect(() => model.forwardCached(floats, undefined)).toThrow('Llama.forwardCached: the ids must be int32, got float32');
    // @ts-expect-error -- Llama.loss: the ids must be int32
    expect(() => model.loss(floats, ids)).toThrow('Llama.loss: the ids must be int32, got float32');
    // @ts-expect-error -- Llama.loss: the targets must be int32
    expect(() => model.loss(ids, floats)).toThrow('Llama.loss: the targets must be int32, got float32');
    st.dispose([floats, ids]);
    embed.dispose();
    model.dispose();
    expect(tf.memory().numTensors).toBe(numTensors);
  });
});

describe('token ids where float values go', () => {
  it('throws the sentence tsc prints, for each layer that takes values', () => {
    // type-corpus/08-devices-dtypes/token-ids-straight-into-linear.ts, type-corpus/07-messages/block-of-token-ids.ts
    const numTensors = tf.memory().numTensors;
    const linear = new st.Linear(3, 4, seeds(), 'default');
    const norm = new st.RMSNorm(3, 1e-5, 'default');
    const mlp = new st.SwiGLU(3, 8, seeds(), 'default');
    const block = new st.Block(2, 2, 32, 64, seeds(), 'default', { normEps: 1e-5 });
    const attention = new st.Attention(2, 2, 32, seeds(), 'default');
    const rope = new st.RotaryEmbedding(32, 10000, 'default');
    const ids = st.zeros([1, 3], 'int32');
    const wide = st.zeros([1, 2, 128], 'int32');
    // @ts-expect-error -- Linear.forward: the input must be float32
    expect(() => linear.forward(ids)).toThrow('Linear.forward: the input must be float32, got int32');
    // @ts-expect-error -- RMSNorm.forward: the input must be float32
    expect(() => norm.forward(ids)).toThrow('RMSNorm.forward: the input must be float32, got int32');
    // @ts-expect-error -- SwiGLU.forward: the input must be float32
    expect(() => mlp.forward(ids)).toThrow('SwiGLU.forward: the input must be float32, got int32');
    // @ts-expect-error -- Block.forward: the input must be float32
    expect(() => block.forward(wide, rope)).toThrow('Block.forward: the input must be float32, got int32');
    // @ts-expect-error -- Attention.forward: the input must be float32
    expect(() => attention.forward(wide, rope)).toThrow('Attention.forward: the input must be float32, got int32');
    st.dispose([ids, wide]);
    for (const m of [linear, norm, mlp, block, attention, rope]) m.dispose();
    expect(tf.memory().numTensors).toBe(numTensors);
  });
});

describe('token ids of another rank, targets of another shape', () => {
  it('throws the sentence tsc prints, for each model entry point', () => {
    // type-corpus/07-messages/decode-next-token-without-batch-dim.ts, llama-forward-sequence-without-batch.ts,
    // type-corpus/12-training/loss-targets-flattened.ts
    const numTensors = tf.memory().numTensors;
    const model = st.createLlama(tiny, 0);
    const flat = st.zeros([3], 'int32');
    const ids = st.zeros([2, 4], 'int32');
    const flatTargets = st.zeros([8], 'int32');
    const sentence = (op: string) => new st.ShapeError(`${op}: the ids must be [batch, time] token ids, got [3]`);
    // @ts-expect-error -- Llama.forward: the ids must be [batch, time] token ids
    expect(() => model.forward(flat)).toThrow(sentence('Llama.forward'));
    // @ts-expect-error -- Llama.forwardCached: the ids must be [batch, time] token ids
    expect(() => model.forwardCached(flat, undefined)).toThrow(sentence('Llama.forwardCached'));
    // @ts-expect-error -- LlamaModel.forward: the ids must be [batch, time] token ids
    expect(() => model.model.forward(flat, undefined)).toThrow(sentence('LlamaModel.forward'));
    // @ts-expect-error -- Llama.loss: the targets must be [batch, time] as the ids
    expect(() => model.loss(ids, flatTargets)).toThrow(new st.ShapeError('Llama.loss: the targets must be [batch, time] as the ids, got [8] for ids [2, 4]'));
    // Dims known only at run time pass the types and get the same sentence.
    const shorter: st.Tensor<[number, number], 'int32'> = st.zeros([2, 3], 'int32');
    const wide: st.Tensor<[number, number], 'int32'> = ids;
    expect(() => model.loss(wide, shorter)).toThrow('Llama.loss: the targets must be [batch, time] as the ids, got [2, 3] for ids [2, 4]');
    st.dispose([flat, ids, flatTargets, shorter]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(numTensors);
  });
});

describe('Variable.assign of another shape or dtype', () => {
  it('throws the sentence tsc prints, with both shapes and dtypes', () => {
    // type-corpus/12-training/assign-wrong-shape.ts, assign-other-dtype.ts
    const numTensors = tf.memory().numTensors;
    const w0 = st.zeros([8, 4]);
    const s0 = st.zeros([], 'int32');
    const w = st.variable(w0);
    const steps = st.variable(s0, false);
    const transposed = st.zeros([4, 8]);
    const float = st.zeros([]);
    const sentence = "Variable.assign: the value must have the variable's shape, dtype and device";
    // @ts-expect-error -- Variable.assign: the value must have the variable's shape, dtype and device
    expect(() => w.assign(transposed)).toThrow(`${sentence} ([8, 4] float32 on default), got [4, 8] float32 on default`);
    // @ts-expect-error -- Variable.assign: the value must have the variable's shape, dtype and device
    expect(() => steps.assign(float)).toThrow(`${sentence} ([] int32 on default), got [] float32 on default; cast it with cast(x, 'int32')`);
    st.dispose([w, steps, w0, s0, transposed, float]);
    expect(tf.memory().numTensors).toBe(numTensors);
  });
});

describe('a rotary embedding or KV cache of another layout', () => {
  // type-corpus/07-messages/attention-rope-other-head-dim.ts, decode-cache-other-batch.ts, block-cache-other-layer.ts
  it('throws the rope sentence tsc prints, with both head dims', () => {
    const attention = new st.Attention(2, 2, 4, seeds(), 'default');
    const block = new st.Block(2, 2, 4, 32, seeds(), 'default', { normEps: 1e-5 });
    const wide = new st.RotaryEmbedding(16, 10000, 'default');
    const x = st.zeros([1, 3, 16]);
    // @ts-expect-error -- Attention.forward: the rope must be built with the layer's head dim 4 on default
    expect(() => attention.forward(x, wide)).toThrow(new st.ShapeError("Attention.forward: the rope must be built with the layer's head dim 4 on default, got head dim 16 on default"));
    // @ts-expect-error -- Block.forward: the rope must be built with the layer's head dim 4 on default
    expect(() => block.forward(x, wide)).toThrow(new st.ShapeError("Block.forward: the rope must be built with the layer's head dim 4 on default, got head dim 16 on default"));
    st.dispose([x]);
    attention.dispose();
    block.dispose();
  });

  it('throws the cache sentence tsc prints, for a cache of another batch or of another layer', () => {
    const numTensors = tf.memory().numTensors;
    const attention = new st.Attention(2, 2, 4, seeds(), 'default');
    const other = new st.Attention(4, 1, 4, seeds(), 'default');
    const rope = new st.RotaryEmbedding(4, 10000, 'default');
    const prompt = st.zeros([1, 3, 16]);
    const prefill = st.tidy(() => attention.forward(prompt, rope));
    const pair = st.zeros([2, 1, 16]);
    // @ts-expect-error -- Attention.forward: the cache must be [2, 2, number, 4] on default: this input's batch, ...
    expect(() => attention.forward(pair, rope, { cache: prefill.cache })).toThrow(new st.ShapeError(
      "Attention.forward: the cache must be [2, 2, number, 4] on default: this input's batch, the layer's kv heads and head dim, got [1, 2, 3, 4] on default"));
    const token = st.zeros([1, 1, 16]);
    // @ts-expect-error -- Attention.forward: the cache must be [1, 4, number, 4] on default: ...
    expect(() => other.forward(token, rope, { cache: prefill.cache })).toThrow(new st.ShapeError(
      "Attention.forward: the cache must be [1, 4, number, 4] on default: this input's batch, the layer's kv heads and head dim, got [1, 2, 3, 4] on default"));
    // The same step with its own cache runs: the cache grows by one position.
    const next = st.tidy(() => attention.forward(token, rope, { cache: prefill.cache }));
    expect(next.cache.keys.shape).toEqual([1, 2, 4, 4]);
    st.dispose([prompt, pair, token, prefill, next]);
    for (const m of [attention, other, rope]) m.dispose();
    expect(tf.memory().numTensors).toBe(numTensors);
  });

  it('the model refuses caches of another batch, of another model, or too few of them', () => {
    const numTensors = tf.memory().numTensors;
    const model = st.createLlama({ ...tiny, nLayers: 2 }, 0);
    const mha = st.createLlama({ ...tiny, nLayers: 2, nKvHeads: 4 }, 0);
    const prompt = st.zeros([1, 5], 'int32');
    const pre = st.tidy(() => model.forwardCached(prompt, undefined));
    const pair = st.zeros([2, 1], 'int32');
    const token = st.zeros([1, 1], 'int32');
    const sentence = (op: string, b: number, kv: number) =>
      `${op}: the cache must be [${b}, ${kv}, number, 16] on default: this input's batch, the layer's kv heads and head dim, got [1, 2, 5, 16] on default`;
    // @ts-expect-error -- Llama.forwardCached: the cache must be [2, 2, number, 16] on default: ...
    expect(() => model.forwardCached(pair, pre.caches)).toThrow(sentence('Llama.forwardCached', 2, 2));
    // @ts-expect-error -- LlamaModel.forward: the cache must be [2, 2, number, 16] on default: ...
    expect(() => model.model.forward(pair, pre.caches)).toThrow(sentence('LlamaModel.forward', 2, 2));
    // @ts-expect-error -- Llama.forwardCached: the cache must be [1, 4, number, 16] on default: ...
    expect(() => mha.forwardCached(token, pre.caches)).toThrow(sentence('Llama.forwardCached', 1, 4));
    // One cache for two blocks: the second block would run without its past (a count only the run time knows).
    expect(() => model.forwardCached(token, pre.caches.slice(0, 1))).toThrow('Llama.forwardCached: 1 caches for 2 blocks; pass the caches this model returned');
    // A batch known only at run time (a `number` dim) passes the types and is checked all the same.
    const dynamic: st.Tensor<[number, 1], 'int32'> = pair;
    expect(() => model.forwardCached(dynamic, pre.caches)).toThrow(sentence('Llama.forwardCached', 2, 2));
    st.dispose([prompt, pre, pair, token]);
    model.dispose();
    mha.dispose();
    expect(tf.memory().numTensors).toBe(numTensors);
  });
});
