// Checkpoints and the Hugging Face layout: the safetensors bytes are the format's, a save/load
// round trip is exact, the exported weights give HF's Llama math (rotate-half RoPE, computed here
// from scratch with plain tfjs) the model's own numbers, bad files fail naming the file and the
// tensor, an interrupted save keeps the previous checkpoint, and optimizer state resumes exactly.
import * as tf from '@tensorflow/tfjs';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import {
  configFromHuggingFace, exportHuggingFace, huggingFaceConfig, importHuggingFace, loadCheckpoint, saveCheckpoint,
} from '../src/io/checkpoint.js';
import { defineConfig, type LlamaConfig } from '../src/llama/config.js';
import { createLlama, type Llama } from '../src/llama/model.js';
import { readSafetensors, writeSafetensors, type SafetensorsTensor } from '../src/io/safetensors.js';
import { writeFileAtomic } from '../src/io/files.js';
import { seededRandom as rng } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'shapetype-checkpoint-'));
let counter = 0;
const fresh = (name: string): string => join(root, `${name}-${counter++}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const config = defineConfig({
  vocabSize: 13, dim: 32, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 16,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 16, dropout: 0,
});
const headDim = config.dim / config.nHeads;

const values = (n: number, seed: number, scale = 1): Float32Array => {
  const r = rng(seed);
  return Float32Array.from({ length: n }, () => (2 * r() - 1) * scale);
};
const tokenIds = (n: number, seed: number): Int32Array => {
  const r = rng(seed);
  return Int32Array.from({ length: n }, () => Math.floor(r() * config.vocabSize));
};

/** A model whose every weight is random (norm weights too, so a norm put in the wrong place shows). */
function makeModel(seed = 3) {
  const model = createLlama(config, seed);
  for (const [name, p] of model.namedParameters()) {
    if (p.shape.length === 1) {
      const w = st.tensor(values(p.size, seed * 100 + name.length, 0.5).map((v) => 1 + v), [...p.shape], 'float32');
      p.assign(w);
      w.dispose();
    }
  }
  return model;
}

const ids = st.tensor(tokenIds(12, 5), [2, 6], 'int32');
const targets = st.tensor(tokenIds(12, 6), [2, 6], 'int32');

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

function expectSameParameters(a: Record<string, st.AnyTensor>, b: Record<string, st.AnyTensor>): void {
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  for (const name of Object.keys(a)) {
    expect(b[name].shape, name).toEqual(a[name].shape);
    expect(Buffer.compare(Buffer.from(a[name].raw.dataSync().buffer), Buffer.from(b[name].raw.dataSync().buffer)), name).toBe(0);
  }
}

function logitsOf(model: { forward(ids: st.Tensor<[2, 6], 'int32'>): st.Tensor<[2, 6, number]> }): Float32Array {
  const logits = model.forward(ids);
  const data = logits.dataSync();
  logits.dispose();
  return data;
}

function expectThrowMatching(fn: () => unknown, ...parts: string[]): void {
  let message = '';
  try {
    fn();
  } catch (e) {
    message = e instanceof Error ? e.message : String(e);
  }
  expect(message, 'expected an error').not.toBe('');
  for (const part of parts) expect(message).toContain(part);
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const tempFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.includes('.tmp-') || f.endsWith('.prev'));

// ---- safetensors

describe('safetensors', () => {
  it('writes the exact format: u64 LE header length, JSON header padded to 8, sorted keys, LE data', () => {
    const path = fresh('format.safetensors');
    writeSafetensors(path, {
      b: { dtype: 'F32', shape: [2], data: Float32Array.from([1.5, -2]) },
      a: { dtype: 'I32', shape: [1, 2], data: Int32Array.from([3, -4]) },
    }, { format: 'pt' });
    const bytes = readFileSync(path);
    const n = Number(bytes.readBigUInt64LE(0));
    expect(n % 8).toBe(0);
    const header = bytes.subarray(8, 8 + n).toString('utf8');
    expect(header.trimEnd()).toBe(
      '{"__metadata__":{"format":"pt"},"a":{"dtype":"I32","shape":[1,2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}}',
    );
    expect(header.slice(header.trimEnd().length)).toMatch(/^ *$/);
    const data = bytes.subarray(8 + n);
    expect(data.length).toBe(16);
    expect([data.readInt32LE(0), data.readInt32LE(4), data.readFloatLE(8), data.readFloatLE(12)]).toEqual([3, -4, 1.5, -2]);

    const read = readSafetensors(path);
    expect(read.metadata).toEqual({ format: 'pt' });
    expect(read.tensors.a.dtype).toBe('I32');
    expect(Array.from(read.tensors.a.data)).toEqual([3, -4]);
    expect(read.tensors.b.shape).toEqual([2]);
    expect(Array.from(read.tensors.b.data)).toEqual([1.5, -2]);
    expect(tempFiles(root).filter((f) => f.startsWith('format'))).toEqual([]);
  });

  it('reads files of other writers: an unpadded header, F16 and BF16, and scalars and empty tensors', () => {
    const header = JSON.stringify({
      h: { dtype: 'F16', shape: [3], data_offsets: [0, 6] },
      g: { dtype: 'BF16', shape: [2], data_offsets: [6, 10] },
      s: { dtype: 'F32', shape: [], data_offsets: [10, 14] },
      z: { dtype: 'F32', shape: [0, 3], data_offsets: [14, 14] },
    });
    const json = Buffer.from(header, 'utf8');
    const data = Buffer.alloc(14);
    [0x3c00, 0xc000, 0x3555].forEach((h, i) => data.writeUInt16LE(h, 2 * i)); // 1, -2, 0.333...
    [0x3fc0, 0xc2f7].forEach((h, i) => data.writeUInt16LE(h, 6 + 2 * i)); // 1.5, -123.5
    data.writeFloatLE(7.25, 10);
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(json.length));
    const path = fresh('other.safetensors');
    writeFileSync(path, Buffer.concat([length, json, data]));
    const read = readSafetensors(path);
    expect(Array.from(read.tensors.h.data)).toEqual([1, -2, 0.333251953125]);
    expect(read.tensors.h.storedDtype).toBe('F16');
    expect(Array.from(read.tensors.g.data)).toEqual([1.5, -123.5]);
    expect(Array.from(read.tensors.s.data)).toEqual([7.25]);
    expect(read.tensors.z.shape).toEqual([0, 3]);
  });

  it('rejects truncated and inconsistent files, naming the file and the tensor', () => {
    const path = fresh('whole.safetensors');
    writeSafetensors(path, {
      w: { dtype: 'F32', shape: [4, 4], data: values(16, 1) },
      x: { dtype: 'F32', shape: [3], data: values(3, 2) },
    });
    const bytes = readFileSync(path);
    const n = Number(bytes.readBigUInt64LE(0));
    const cut = (length: number): string => {
      const p = fresh('cut.safetensors');
      writeFileSync(p, bytes.subarray(0, length));
      return p;
    };
    let p = cut(5);
    expectThrowMatching(() => readSafetensors(p), p, 'truncated');
    p = cut(8 + Math.floor(n / 2));
    expectThrowMatching(() => readSafetensors(p), p, 'truncated', 'header');
    p = cut(bytes.length - 4);
    expectThrowMatching(() => readSafetensors(p), p, 'truncated', "tensor 'x'");
    p = cut(8 + n + 10);
    expectThrowMatching(() => readSafetensors(p), p, 'truncated', "tensor 'w'");

    const build = (header: object, dataBytes: number): string => {
      const json = Buffer.from(JSON.stringify(header));
      const length = Buffer.alloc(8);
      length.writeBigUInt64LE(BigInt(json.length));
      const out = fresh('bad.safetensors');
      writeFileSync(out, Buffer.concat([length, json, Buffer.alloc(dataBytes)]));
      return out;
    };
    p = build({ w: { dtype: 'F32', shape: [2, 2], data_offsets: [0, 12] } }, 12);
    expectThrowMatching(() => readSafetensors(p), p, "tensor 'w'", '12 bytes', '[2, 2] needs 16');
    p = build({ a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] }, b: { dtype: 'F32', shape: [1], data_offsets: [8, 12] } }, 12);
    expectThrowMatching(() => readSafetensors(p), p, "tensor 'b'", 'gap');
    p = build({ a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] }, b: { dtype: 'F32', shape: [1], data_offsets: [4, 8] } }, 8);
    expectThrowMatching(() => readSafetensors(p), p, "tensor 'b'", 'overlaps');
    p = build({ a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }, 8);
    expectThrowMatching(() => readSafetensors(p), p, 'trailing');
    p = build({ a: { dtype: 'U8', shape: [1], data_offsets: [0, 1] } }, 1);
    expectThrowMatching(() => readSafetensors(p), p, "tensor 'a'", 'U8');
    p = fresh('huge.safetensors');
    const huge = Buffer.alloc(16);
    huge.writeBigUInt64LE(1n << 40n);
    writeFileSync(p, huge);
    expectThrowMatching(() => readSafetensors(p), p, 'header length');
    p = fresh('missing.safetensors');
    expectThrowMatching(() => readSafetensors(p), p);
  });

  it('writes atomically: a failed write leaves the old file whole and no temporary file', () => {
    const dir = fresh('atomic');
    const path = join(dir, 'x.safetensors');
    writeFileAtomic(join(dir, 'keep.txt'), 'made the folder'); // creates nothing but the file
    writeSafetensors(path, { v: { dtype: 'F32', shape: [2], data: Float32Array.from([1, 2]) } });
    let staged = '';
    expectThrowMatching(() => writeSafetensors(path, { v: { dtype: 'F32', shape: [2], data: Float32Array.from([3, 4]) } }, undefined, {
      afterStaged: (_target, temp) => {
        staged = temp;
        expect(existsSync(temp)).toBe(true);
        throw new Error('simulated crash');
      },
    }), 'simulated crash');
    expect(staged).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.tmp-${process.pid}-[0-9a-f]+$`));
    expect(Array.from(readSafetensors(path).tensors.v.data)).toEqual([1, 2]);
    expect(tempFiles(dir)).toEqual([]);
    const bad: SafetensorsTensor = { dtype: 'F32', shape: [3], data: Float32Array.from([1, 2]) };
    expectThrowMatching(() => writeSafetensors(path, { bad }), path, "tensor 'bad'", '[3]');
  });
});

// ---- Checkpoints

describe('checkpoint round trip', () => {
  it('save then load gives identical weights, logits, step, rng state, extra and config', () => {
    const model = makeModel();
    const dir = fresh('roundtrip');
    saveCheckpoint(dir, { model, step: 42, rngState: 0xdeadbeef, extra: { tokenizer: 'abc', nested: { lr: [1, 2.5] } } });
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'model.safetensors', 'state.json']);
    const loaded = loadCheckpoint(dir);
    expectSameParameters(model.parameters(), loaded.model.parameters());
    expect(maxDiff(logitsOf(loaded.model), logitsOf(model))).toBe(0);
    expect(loaded.step).toBe(42);
    expect(loaded.rngState).toBe(0xdeadbeef);
    expect(loaded.extra).toEqual({ tokenizer: 'abc', nested: { lr: [1, 2.5] } });
    expect(loaded.config).toEqual(config);
    expect(loaded.optimizerState).toBeUndefined();

    const hfConfig: unknown = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    expect(hfConfig).toMatchObject({
      architectures: ['LlamaForCausalLM'], model_type: 'llama', vocab_size: 13, hidden_size: 32, intermediate_size: 96,
      num_hidden_layers: 2, num_attention_heads: 4, num_key_value_heads: 2, rms_norm_eps: 1e-5, rope_theta: 10000,
      max_position_embeddings: 16, tie_word_embeddings: false, torch_dtype: 'float32',
      shapetype: { ...config },
    });
    const file = readSafetensors(join(dir, 'model.safetensors'));
    expect(file.metadata.format).toBe('pt');
    expect(file.tensors['model.layers.0.self_attn.k_proj.weight'].shape).toEqual([16, 32]);
    expect(file.tensors['model.layers.1.mlp.down_proj.weight'].shape).toEqual([32, 96]);
    expect(file.tensors['lm_head.weight'].shape).toEqual([13, 32]);
    model.dispose();
    loaded.model.dispose();
  });

  it('a hiddenDim config and a device round-trip too', () => {
    const cfg: LlamaConfig = { ...config, hiddenDim: 40 };
    const model = createLlama(cfg, 9);
    const dir = fresh('hidden');
    saveCheckpoint(dir, { model, step: 0, rngState: 0 });
    const loaded = loadCheckpoint(dir, 'cpu');
    expect(loaded.model.device).toBe('cpu');
    expect(loaded.config.hiddenDim).toBe(40);
    expectSameParameters(model.parameters(), loaded.model.parameters());
    model.dispose();
    loaded.model.dispose();
  });
});

// ---- The Hugging Face layout, against HF's LlamaAttention math written here with plain tfjs.

type HfWeights = Record<string, tf.Tensor>;
function hfWeights(path: string): HfWeights {
  const out: HfWeights = {};
  for (const [name, t] of Object.entries(readSafetensors(path).tensors)) out[name] = tf.tensor(t.data, t.shape, 'float32');
  return out;
}
/** x @ W^T for an HF [out, in] weight (nn.Linear). */
function hfLinear(x: tf.Tensor, w: tf.Tensor): tf.Tensor {
  const lead = x.shape.slice(0, -1);
  const [outF = 0, inF = 0] = w.shape;
  return tf.reshape(tf.matMul(tf.reshape(x, [-1, inF]), w, false, true), [...lead, outF]);
}
function hfRmsNorm(x: tf.Tensor, w: tf.Tensor, eps: number): tf.Tensor {
  return tf.mul(w, tf.mul(x, tf.rsqrt(tf.add(tf.mean(tf.square(x), -1, true), eps))));
}
/** rotate_half(x) = cat(-x2, x1) over the halves of the last dim. */
function rotateHalf(x: tf.Tensor): tf.Tensor {
  const [x1, x2] = tf.split(x, 2, -1);
  return tf.concat([tf.neg(x2), x1], -1);
}
/** LlamaRotaryEmbedding: inv_freq = 1 / theta^(arange(0, d, 2) / d); emb = cat(freqs, freqs). */
function hfCosSin(length: number, dh: number, theta: number): { cos: tf.Tensor; sin: tf.Tensor } {
  const invFreq = Array.from({ length: dh / 2 }, (_, i) => 1 / theta ** ((2 * i) / dh));
  const freqs = tf.tensor2d(Array.from({ length }, (_, t) => invFreq.map((f) => t * f)));
  const emb = tf.concat([freqs, freqs], -1);
  return { cos: tf.cos(emb), sin: tf.sin(emb) };
}
/** LlamaAttention.forward (eager): q/k/v projections, RoPE, repeat_kv, causal softmax(q k^T / sqrt(d)) v, o_proj. */
function hfAttention(x: tf.Tensor, w: HfWeights, layer: number, cfg: LlamaConfig): { output: tf.Tensor; scores: tf.Tensor } {
  const b = x.shape[0];
  const t = x.shape[1] ?? 0;
  const dh = cfg.dim / cfg.nHeads;
  const p = `model.layers.${layer}.self_attn`;
  const heads = (y: tf.Tensor, n: number): tf.Tensor => tf.transpose(tf.reshape(y, [b, t, n, dh]), [0, 2, 1, 3]);
  const { cos, sin } = hfCosSin(t, dh, cfg.ropeTheta);
  const rope = (y: tf.Tensor): tf.Tensor => tf.add(tf.mul(y, cos), tf.mul(rotateHalf(y), sin));
  const q = rope(heads(hfLinear(x, w[`${p}.q_proj.weight`]), cfg.nHeads));
  const k = rope(heads(hfLinear(x, w[`${p}.k_proj.weight`]), cfg.nKvHeads));
  const v = heads(hfLinear(x, w[`${p}.v_proj.weight`]), cfg.nKvHeads);
  const rep = cfg.nHeads / cfg.nKvHeads;
  const repeatKv = (y: tf.Tensor): tf.Tensor => tf.reshape(tf.tile(tf.expandDims(y, 2), [1, 1, rep, 1, 1]), [b, cfg.nHeads, t, dh]);
  const scores = tf.div(tf.matMul(q, repeatKv(k), false, true), Math.sqrt(dh));
  const mask = tf.tensor2d(Array.from({ length: t }, (_, i) => Array.from({ length: t }, (_, j) => (j <= i ? 0 : -Infinity))));
  const probs = tf.softmax(tf.add(scores, mask), -1);
  const attended = tf.reshape(tf.transpose(tf.matMul(probs, repeatKv(v)), [0, 2, 1, 3]), [b, t, cfg.dim]);
  return { output: hfLinear(attended, w[`${p}.o_proj.weight`]), scores };
}
/** LlamaForCausalLM.forward: embed, pre-norm blocks (attention, SwiGLU MLP), final norm, lm_head. */
function hfLogits(tokens: tf.Tensor, w: HfWeights, cfg: LlamaConfig): tf.Tensor {
  let h = tf.gather(w['model.embed_tokens.weight'], tokens);
  for (let i = 0; i < cfg.nLayers; i++) {
    const p = `model.layers.${i}`;
    h = tf.add(h, hfAttention(hfRmsNorm(h, w[`${p}.input_layernorm.weight`], cfg.normEps), w, i, cfg).output);
    const x = hfRmsNorm(h, w[`${p}.post_attention_layernorm.weight`], cfg.normEps);
    const mlp = hfLinear(tf.mul(tf.sigmoid(hfLinear(x, w[`${p}.mlp.gate_proj.weight`])).mul(hfLinear(x, w[`${p}.mlp.gate_proj.weight`])), hfLinear(x, w[`${p}.mlp.up_proj.weight`])), w[`${p}.mlp.down_proj.weight`]);
    h = tf.add(h, mlp);
  }
  return hfLinear(hfRmsNorm(h, w['model.norm.weight'], cfg.normEps), w['lm_head.weight']);
}

describe('the Hugging Face layout', () => {
  it("exported q_proj/k_proj give HF's rotate-half attention the model's own q.k scores and attention output", () => {
    const model = makeModel(11);
    const dir = fresh('hf');
    exportHuggingFace(model, dir);
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'model.safetensors']);
    const w = hfWeights(join(dir, 'model.safetensors'));
    const T = 7;
    const xData = values(T * config.dim, 21, 4);
    const x = st.tensor(xData, [1, T, 32]);
    const attention = model.model.layers[0].self_attn;

    // The model's own q and k of layer 0, after its (Meta, adjacent-pair) RoPE.
    const ours = attention.forward(x, model.model.rotary_emb);
    const q = model.model.rotary_emb.forward(st.transpose(st.splitLastDim(attention.q_proj.forward(x), attention.heads, attention.headDim), [0, 2, 1, 3]));
    const ourScores = tf.div(tf.matMul(q.raw, tf.gather(ours.cache.keys.raw, [0, 0, 1, 1], 1), false, true), Math.sqrt(headDim));

    const ref = tf.tidy(() => hfAttention(tf.tensor(xData, [1, T, config.dim]), w, 0, config));
    // Every head's pre-softmax scores (head 0 and 1 share kv head 0, 2 and 3 kv head 1), and the output.
    const scoresDiff = maxDiff(ourScores.dataSync(), ref.scores.dataSync());
    const scale = Math.max(...Array.from(ref.scores.dataSync()).map(Math.abs));
    expect(scale).toBeGreaterThan(0.05);
    expect(scoresDiff).toBeLessThan(1e-5 * Math.max(1, scale));
    expect(maxDiff(ours.output.dataSync(), ref.output.dataSync())).toBeLessThan(1e-5);

    // Control: the same weights only transposed (Meta's row order) do not give HF's scores.
    const meta = { ...w };
    meta['model.layers.0.self_attn.q_proj.weight'] = tf.transpose(attention.q_proj.weight.raw);
    meta['model.layers.0.self_attn.k_proj.weight'] = tf.transpose(attention.k_proj.weight.raw);
    const wrong = tf.tidy(() => hfAttention(tf.tensor(xData, [1, T, config.dim]), meta, 0, config));
    expect(maxDiff(ourScores.dataSync(), wrong.scores.dataSync())).toBeGreaterThan(100 * Math.max(scoresDiff, 1e-6));
    // And the exported matrices are convert_llama_weights_to_hf.py's permute of Meta's [out, in] ones:
    // w.view(n_heads, dim1 // n_heads // 2, 2, dim2).transpose(1, 2).reshape(dim1, dim2).
    const permute = (w: tf.Tensor, nHeads: number): tf.Tensor => {
      const [dim1 = 0, dim2 = 0] = w.shape;
      return tf.reshape(tf.transpose(tf.reshape(w, [nHeads, dim1 / nHeads / 2, 2, dim2]), [0, 2, 1, 3]), [dim1, dim2]);
    };
    for (const [name, weight, nHeads] of [['q_proj', attention.q_proj.weight, config.nHeads], ['k_proj', attention.k_proj.weight, config.nKvHeads]] as const) {
      const expected = tf.tidy(() => permute(tf.transpose(weight.raw), nHeads));
      expect(maxDiff(w[`model.layers.0.self_attn.${name}.weight`].dataSync(), expected.dataSync()), name).toBe(0);
      expected.dispose();
    }
    // One row by hand.
    // HF row h*Dh + j*Dh/2 + i = Meta row h*Dh + 2i + j; here head 1, j = 1, i = 2 -> HF row 14, Meta row 13.
    const hfK = w['model.layers.0.self_attn.k_proj.weight'].arraySync();
    const metaK = tf.transpose(attention.k_proj.weight.raw).arraySync();
    if (!Array.isArray(hfK) || !Array.isArray(metaK)) throw new Error('expected matrices');
    expect(hfK[8 + 4 + 2]).toEqual(metaK[8 + 2 * 2 + 1]);

    st.dispose([x, ours, q]);
    tf.dispose([ourScores, ref, wrong, meta, w]);
    model.dispose();
  });

  it("the exported folder gives HF's whole LlamaForCausalLM forward the model's logits", () => {
    const model = makeModel(12);
    const dir = fresh('hf-logits');
    exportHuggingFace(model, dir);
    const w = hfWeights(join(dir, 'model.safetensors'));
    const ref = tf.tidy(() => hfLogits(tf.tensor(tokenIds(12, 5), [2, 6], 'int32'), w, config));
    expect(maxDiff(logitsOf(model), ref.dataSync())).toBeLessThan(1e-4);
    tf.dispose([ref, w]);
    model.dispose();
  });

  it('importHuggingFace reads an exported folder, one whose config.json transformers wrote, and sharded weights', () => {
    const model = makeModel(13);
    const dir = fresh('hf-import');
    exportHuggingFace(model, dir);
    const imported = importHuggingFace(dir);
    expect(imported.config).toEqual(config);
    expectSameParameters(model.parameters(), imported.model.parameters());
    imported.model.dispose();

    // transformers' save_pretrained writes no "shapetype" object: the config comes from the HF fields.
    const hfConfig = huggingFaceConfig(config);
    delete hfConfig.shapetype;
    writeFileSync(join(dir, 'config.json'), JSON.stringify(hfConfig));
    const derived = importHuggingFace(dir);
    // multipleOf: the largest power of two that gives intermediate_size by Llama's rule (32 * ceil(85 / 32) = 96).
    expect(derived.config).toEqual({ ...config, hiddenDim: 96, multipleOf: 32 });
    expect(maxDiff(logitsOf(derived.model), logitsOf(model))).toBe(0);
    derived.model.dispose();

    // Tied embeddings (tie_word_embeddings, no lm_head.weight): the output projection is the embedding.
    const tiedDir = fresh('hf-tied');
    const { 'lm_head.weight': _dropped, ...untied } = readSafetensors(join(dir, 'model.safetensors')).tensors;
    writeSafetensors(join(tiedDir, 'model.safetensors'), untied, { format: 'pt' });
    writeFileSync(join(tiedDir, 'config.json'), JSON.stringify({ ...hfConfig, tie_word_embeddings: true }));
    const tied = importHuggingFace(tiedDir);
    const embedding = tied.model.model.embed_tokens.weight.dataSync();
    expect(maxDiff(tf.transpose(tied.model.lm_head.weight.raw).dataSync(), embedding)).toBe(0);
    tied.model.dispose();

    // Sharded: model.safetensors.index.json names the files.
    const all = readSafetensors(join(dir, 'model.safetensors')).tensors;
    rmSync(join(dir, 'model.safetensors'));
    const names = Object.keys(all);
    const shard = (part: string[]): Record<string, SafetensorsTensor> => Object.fromEntries(part.map((n) => [n, all[n]]));
    writeSafetensors(join(dir, 'model-00001-of-00002.safetensors'), shard(names.slice(0, 7)), { format: 'pt' });
    writeSafetensors(join(dir, 'model-00002-of-00002.safetensors'), shard(names.slice(7)), { format: 'pt' });
    const weightMap = Object.fromEntries(names.map((n, i) => [n, i < 7 ? 'model-00001-of-00002.safetensors' : 'model-00002-of-00002.safetensors']));
    writeFileSync(join(dir, 'model.safetensors.index.json'), JSON.stringify({ metadata: {}, weight_map: weightMap }));
    const sharded = importHuggingFace(dir);
    expect(maxDiff(logitsOf(sharded.model), logitsOf(model))).toBe(0);
    sharded.model.dispose();
    model.dispose();
  });

  it('derives multipleOf and hiddenDim from an HF config, and refuses what this Llama lacks', () => {
    const base = { model_type: 'llama', vocab_size: 100, hidden_size: 64, intermediate_size: 176, num_hidden_layers: 2, num_attention_heads: 8, num_key_value_heads: 4 };
    const derived = configFromHuggingFace(base);
    expect(derived).toMatchObject({ dim: 64, hiddenDim: 176, multipleOf: 16, nKvHeads: 4, normEps: 1e-6, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0 });
    expect(configFromHuggingFace({ ...base, intermediate_size: 100 }).hiddenDim).toBe(100);
    expectThrowMatching(() => configFromHuggingFace({ ...base, rope_scaling: { rope_type: 'llama3', factor: 8 } }), 'rope_scaling');
    expectThrowMatching(() => configFromHuggingFace({ ...base, model_type: 'gpt2' }), 'gpt2');
    expectThrowMatching(() => configFromHuggingFace({ ...base, num_key_value_heads: 3 }), 'nHeads 8 is not a multiple of nKvHeads 3');
    expectThrowMatching(() => configFromHuggingFace({ ...huggingFaceConfig(config), intermediate_size: 100 }), 'shapetype', 'hiddenDim 96', '100');
    expectThrowMatching(() => configFromHuggingFace({ ...base, head_dim: 16 }), 'head_dim 16');
  });
});

// ---- Bad checkpoints

describe('loading bad files fails clearly', () => {
  /** Rewrites model.safetensors through edit; with fixState, also records the new file in state.json (so only the weight check can object). */
  function editWeights(dir: string, edit: (t: Record<string, SafetensorsTensor>) => void, fixState: boolean): void {
    const path = join(dir, 'model.safetensors');
    const tensors: Record<string, SafetensorsTensor> = { ...readSafetensors(path).tensors };
    edit(tensors);
    writeSafetensors(path, tensors, { format: 'pt' });
    if (fixState) {
      const state: { files: Record<string, { bytes: number; sha256: string }> } = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8'));
      state.files['model.safetensors'] = { bytes: readFileSync(path).length, sha256: sha256(path) };
      writeFileSync(join(dir, 'state.json'), JSON.stringify(state));
    }
  }

  it('a missing tensor, a wrong shape, or an unknown tensor is named, with both shapes', () => {
    const model = makeModel();
    const dir = fresh('bad-weights');
    saveCheckpoint(dir, { model, step: 1, rngState: 1 });
    editWeights(dir, (t) => delete t['model.layers.1.self_attn.v_proj.weight'], true);
    expectThrowMatching(() => loadCheckpoint(dir), 'model.safetensors', "tensor 'model.layers.1.self_attn.v_proj.weight' is missing");

    saveCheckpoint(dir, { model, step: 1, rngState: 1 });
    editWeights(dir, (t) => {
      t['model.layers.0.self_attn.k_proj.weight'] = { dtype: 'F32', shape: [32, 16], data: values(512, 3) };
    }, true);
    expectThrowMatching(() => loadCheckpoint(dir), "tensor 'model.layers.0.self_attn.k_proj.weight' has shape [32, 16] but the config needs [16, 32]");

    saveCheckpoint(dir, { model, step: 1, rngState: 1 });
    editWeights(dir, (t) => {
      t['model.layers.2.mlp.up_proj.weight'] = { dtype: 'F32', shape: [1], data: values(1, 3) };
    }, true);
    expectThrowMatching(() => loadCheckpoint(dir), "'model.layers.2.mlp.up_proj.weight' is not a parameter");

    // The same checks in an HF folder (no state.json).
    const hf = fresh('bad-hf');
    exportHuggingFace(model, hf);
    editWeights(hf, (t) => delete t['lm_head.weight'], false);
    expectThrowMatching(() => importHuggingFace(hf), "tensor 'lm_head.weight' is missing");
    model.dispose();
  });

  it('a file changed after the save, a truncated file, or a missing state.json is refused', () => {
    const model = makeModel();
    const dir = fresh('tampered');
    saveCheckpoint(dir, { model, step: 1, rngState: 1 });
    editWeights(dir, (t) => {
      t['model.norm.weight'] = { dtype: 'F32', shape: [32], data: values(32, 9) };
    }, false);
    expectThrowMatching(() => loadCheckpoint(dir), 'model.safetensors is not the file this checkpoint saved');

    const hf = fresh('truncated');
    exportHuggingFace(model, hf);
    const path = join(hf, 'model.safetensors');
    truncateSync(path, readFileSync(path).length - 100);
    expectThrowMatching(() => importHuggingFace(hf), path, 'truncated', "tensor '");

    rmSync(join(dir, 'state.json'));
    expectThrowMatching(() => loadCheckpoint(dir), 'state.json', 'no complete checkpoint');
    model.dispose();
  });
});

// ---- Crash safety

describe('an interrupted save keeps the previous checkpoint', () => {
  it('dying after model.safetensors is staged leaves the first checkpoint loadable and no temporary files', () => {
    const first = makeModel(1);
    const second = makeModel(2);
    const dir = fresh('crash-staged');
    saveCheckpoint(dir, { model: first, step: 10, rngState: 10 });
    let stagedFiles: string[] = [];
    expectThrowMatching(() => saveCheckpoint(dir, { model: second, step: 20, rngState: 20 }, {
      afterStaged: (file) => {
        stagedFiles = readdirSync(dir).filter((f) => f.includes('.tmp-'));
        if (file === 'model.safetensors') throw new Error('simulated crash');
      },
    }), 'simulated crash');
    expect(stagedFiles.length).toBe(1);
    expect(stagedFiles[0]).toMatch(/^model\.safetensors\.tmp-\d+-[0-9a-f]+$/);
    expect(tempFiles(dir)).toEqual([]);
    const loaded = loadCheckpoint(dir);
    expect(loaded.step).toBe(10);
    expectSameParameters(first.parameters(), loaded.model.parameters());
    loaded.model.dispose();
    first.dispose();
    second.dispose();
  });

  it('dying between the renames (before state.json) still loads the first; the next save repairs and replaces it', () => {
    const first = makeModel(1);
    const second = makeModel(2);
    const third = makeModel(3);
    const optimizer = new st.AdamW({ learningRate: 1e-2 });
    const dir = fresh('crash-commit');
    saveCheckpoint(dir, { model: first, optimizer, step: 10, rngState: 10 });
    for (const dieBefore of ['config.json', 'optimizer.safetensors', 'state.json']) {
      expectThrowMatching(() => saveCheckpoint(dir, { model: second, optimizer, step: 20, rngState: 20 }, {
        beforeCommit: (file) => {
          if (file === dieBefore) throw new Error('simulated crash');
        },
      }), 'simulated crash');
      // model.safetensors is already the second model's; state.json still names the first's (kept as .prev).
      expect(existsSync(join(dir, 'model.safetensors.prev'))).toBe(true);
      const loaded = loadCheckpoint(dir);
      expect(loaded.step).toBe(10);
      expect(loaded.optimizerState).toBeDefined();
      expectSameParameters(first.parameters(), loaded.model.parameters());
      st.dispose(loaded.optimizerState?.slots);
      loaded.model.dispose();
    }
    // A writer that died mid-file leaves a temporary file of a dead process: the next save removes it.
    writeFileSync(join(dir, 'model.safetensors.tmp-999999999-abc123'), 'partial');
    saveCheckpoint(dir, { model: third, step: 30, rngState: 30 });
    expect(tempFiles(dir)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'model.safetensors', 'state.json']);
    const loaded = loadCheckpoint(dir);
    expect(loaded.step).toBe(30);
    expect(loaded.optimizerState).toBeUndefined();
    expectSameParameters(third.parameters(), loaded.model.parameters());
    loaded.model.dispose();
    for (const m of [first, second, third]) m.dispose();
    optimizer.dispose();
  });

  it('a first save that dies leaves no checkpoint to load', () => {
    const model = makeModel();
    const dir = fresh('crash-first');
    expectThrowMatching(() => saveCheckpoint(dir, { model, step: 1, rngState: 1 }, {
      beforeCommit: (file) => {
        if (file === 'state.json') throw new Error('simulated crash');
      },
    }), 'simulated crash');
    expectThrowMatching(() => loadCheckpoint(dir), 'no complete checkpoint');
    model.dispose();
  });
});

// ---- Optimizer state

function trainStep<V extends number, KV extends number, R extends number, Dh extends number, Hd extends number>(
  model: Llama<V, KV, R, Dh, Hd>, optimizer: st.Optimizer,
): void {
  const params = model.parameters();
  st.tidy(() => {
    const { grads } = st.variableGrads(() => model.loss(ids, targets), params);
    optimizer.apply(params, grads);
  });
}

describe('optimizer state', () => {
  it('setState from a checkpoint, then one step, equals continuing without the checkpoint', () => {
    const options = { learningRate: 1e-2, weightDecay: 0.1, decays: (_: string, shape: readonly number[]) => shape.length >= 2 };
    const model = makeModel(4);
    const optimizer = new st.AdamW(options);
    trainStep(model, optimizer);
    trainStep(model, optimizer);
    const dir = fresh('optimizer');
    saveCheckpoint(dir, { model, optimizer, step: 2, rngState: 5 });
    const file = readSafetensors(join(dir, 'optimizer.safetensors'));
    expect(file.metadata.step).toBe('2');
    expect(file.tensors['model.layers.0.self_attn.q_proj.weight/m'].shape).toEqual([32, 32]);
    expect(Object.keys(file.tensors).length).toBe(2 * Object.keys(model.parameters()).length);

    trainStep(model, optimizer); // the uninterrupted run's third step

    const loaded = loadCheckpoint(dir);
    const state = loaded.optimizerState;
    if (state === undefined) throw new Error('the checkpoint has no optimizer state');
    expect(state.step).toBe(2);
    const resumed = new st.AdamW(options);
    resumed.setState(state);
    st.dispose(state.slots);
    trainStep(loaded.model, resumed);
    expect(resumed.step).toBe(3);
    expectSameParameters(model.parameters(), loaded.model.parameters());

    // Control: without the optimizer state the third step differs.
    const again = loadCheckpoint(dir);
    st.dispose(again.optimizerState?.slots);
    const freshOptimizer = new st.AdamW(options);
    trainStep(again.model, freshOptimizer);
    const a = model.parameters()['model.layers.0.self_attn.q_proj.weight'].dataSync();
    const b = again.model.parameters()['model.layers.0.self_attn.q_proj.weight'].dataSync();
    expect(maxDiff(a, b)).toBeGreaterThan(1e-4);

    for (const o of [optimizer, resumed, freshOptimizer]) o.dispose();
    for (const m of [model, loaded.model, again.model]) m.dispose();
  });

  it('a slot whose shape does not fit its parameter is named', () => {
    const model = makeModel(4);
    const optimizer = new st.Adam({ learningRate: 1e-2 });
    trainStep(model, optimizer);
    const dir = fresh('optimizer-bad');
    saveCheckpoint(dir, { model, optimizer, step: 1, rngState: 5 });
    const path = join(dir, 'optimizer.safetensors');
    const file = readSafetensors(path);
    const tensors: Record<string, SafetensorsTensor> = { ...file.tensors, 'model.norm.weight/v': { dtype: 'F32', shape: [31], data: values(31, 1) } };
    writeSafetensors(path, tensors, file.metadata);
    const state: { files: Record<string, { bytes: number; sha256: string }> } = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8'));
    state.files['optimizer.safetensors'] = { bytes: readFileSync(path).length, sha256: sha256(path) };
    writeFileSync(join(dir, 'state.json'), JSON.stringify(state));
    expectThrowMatching(() => loadCheckpoint(dir), "slot 'model.norm.weight/v' has shape [31] but its parameter has [32]");
    optimizer.dispose();
    model.dispose();
  });
});
