// Modules: parameters found in fields and named by their path (as PyTorch's state_dict), the
// module tree in field order, forward hooks, saving and loading by name, and a user's own model
// trained with the typed parameter record.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { Linear, Module, ReLU, RMSNorm, SeedSequence, createLlama, Embedding, SiLU, Block } from '../src/index.js';
import { huggingFaceLayout } from '../src/io/checkpoint.js';
import { writeSafetensors } from '../src/io/safetensors.js';

const dir = mkdtempSync(join(tmpdir(), 'shapetype-module-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A user's two-layer perceptron over a token embedding. */
class TinyNet<V extends number, D extends number, H extends number> extends Module {
  readonly embed: Embedding<V, D>;
  readonly fc1: Linear<D, H>;
  readonly act = new ReLU();
  readonly fc2: Linear<H, V>;
  readonly scale: st.Variable<[V]>;
  readonly note = 'not a parameter';

  constructor(vocab: V, dim: D, hidden: H, seed: number) {
    super();
    const seeds = new SeedSequence(seed);
    this.embed = new Embedding(vocab, dim, seeds, 'default', 0.5);
    this.fc1 = new Linear(dim, hidden, seeds, 'default', { std: 0.5 });
    this.fc2 = new Linear(hidden, vocab, seeds, 'default', { std: 0.5 });
    this.scale = st.variable(st.ones([vocab]));
  }

  forward<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>): st.Tensor<[B, T, V]> {
    return this.emit(st.mul(this.fc2.forward(this.act.forward(this.fc1.forward(this.embed.forward(ids)))), this.scale));
  }
}

class Stack extends Module {
  readonly layers: Linear<4, 4>[];
  readonly pair: [Linear<4, 2>, RMSNorm<2>];
  constructor(seed: number) {
    super();
    const seeds = new SeedSequence(seed);
    this.layers = [new Linear(4, 4, seeds, 'default'), new Linear(4, 4, seeds, 'default')];
    this.pair = [new Linear(4, 2, seeds, 'default'), new RMSNorm(2, 1e-5, 'default')];
  }
}

function values(p: st.Tensor<st.Shape, 'float32', st.Device>): number[] {
  return Array.from(p.dataSync());
}

describe('parameters', () => {
  it('are the float32 variables in fields, named by field path, in field order', () => {
    const net = new TinyNet(7, 4, 6, 1);
    expect(net.namedParameters().map(([name, p]) => [name, p.shape])).toEqual([
      ['embed.weight', [7, 4]], ['fc1.weight', [4, 6]], ['fc2.weight', [6, 7]], ['scale', [7]],
    ]);
    const params = net.parameters();
    expect(Object.keys(params)).toEqual(['embed.weight', 'fc1.weight', 'fc2.weight', 'scale']);
    expect(params['fc1.weight']).toBe(net.fc1.weight);
    expect(net.parameterCount()).toBe(7 * 4 + 4 * 6 + 6 * 7 + 7);
    net.dispose();
    expect(net.fc1.weight.isDisposed).toBe(true);
  });

  it('of arrays and tuples of modules are named by index', () => {
    const s = new Stack(2);
    expect(Object.keys(s.parameters())).toEqual(['layers.0.weight', 'layers.1.weight', 'pair.0.weight', 'pair.1.weight']);
    expect(s.namedChildren().map(([n, m]) => [n, m.constructor.name])).toEqual([
      ['layers.0', 'Linear'], ['layers.1', 'Linear'], ['pair.0', 'Linear'], ['pair.1', 'RMSNorm'],
    ]);
    s.dispose();
  });

  it('of the Llama are the Hugging Face names, in the checkpoint layout order', () => {
    const config = st.defineConfig({ vocabSize: 11, dim: 16, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 8, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 8, dropout: 0 });
    const model = createLlama(config, 1);
    const names = model.namedParameters().map(([n]) => n);
    expect(names).toEqual(huggingFaceLayout(config).map((e) => e.name));
    expect(names.slice(0, 3)).toEqual(['model.embed_tokens.weight', 'model.layers.0.self_attn.q_proj.weight', 'model.layers.0.self_attn.k_proj.weight']);
    expect(names.at(-1)).toBe('lm_head.weight');
    model.dispose();
  });

  it('refuse one variable under two names (tied weights would be updated twice)', () => {
    class Tied extends Module {
      readonly a: Linear<2, 2>;
      readonly b: Linear<2, 2>;
      constructor() {
        super();
        this.a = new Linear(2, 2, new SeedSequence(1), 'default');
        this.b = this.a;
      }
    }
    const t = new Tied();
    expect(() => t.parameters()).toThrow("Tied: one variable is both 'a.weight' and 'b.weight'; tied parameters are not supported");
    t.a.dispose();
  });
});

describe('the module tree', () => {
  it('lists every module depth first in field order, with the Llama named as Hugging Face names it', () => {
    const model = createLlama({ vocabSize: 11, dim: 16, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 8, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 8, dropout: 0 }, 1);
    const tree = model.namedModules().map(([name, m]) => `${name}:${m.constructor.name}`);
    expect(tree.slice(0, 14)).toEqual([
      ':Llama', 'model:LlamaModel', 'model.embed_tokens:Embedding', 'model.layers.0:Block',
      'model.layers.0.self_attn:Attention', 'model.layers.0.self_attn.q_proj:Linear', 'model.layers.0.self_attn.k_proj:Linear',
      'model.layers.0.self_attn.v_proj:Linear', 'model.layers.0.self_attn.o_proj:Linear',
      'model.layers.0.mlp:SwiGLU', 'model.layers.0.mlp.gate_proj:Linear', 'model.layers.0.mlp.up_proj:Linear',
      'model.layers.0.mlp.down_proj:Linear', 'model.layers.0.mlp.act_fn:SiLU',
    ]);
    expect(tree.slice(-4)).toEqual(['model.layers.1.post_attention_layernorm:RMSNorm', 'model.norm:RMSNorm', 'model.rotary_emb:RotaryEmbedding', 'lm_head:Linear']);
    expect(model.namedModules().filter(([, m]) => m instanceof SiLU)).toHaveLength(2);
    expect(model.namedModules().filter(([, m]) => m instanceof Block)).toHaveLength(2);
    model.dispose();
  });
});

describe('forward hooks', () => {
  it('see each module output in the order they run, and stop when removed', () => {
    const model = createLlama({ vocabSize: 11, dim: 16, nLayers: 1, nHeads: 4, nKvHeads: 4, multipleOf: 8, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 8, dropout: 0 }, 1);
    const seen: string[] = [];
    const removers = model.namedModules().map(([name, m]) => m.registerForwardHook((_m, out) => {
      seen.push(`${name}${out instanceof st.Tensor ? formatShape(out.shape) : ''}`);
    }));
    const ids = st.tensor(Int32Array.from([1, 2, 3]), [1, 3], 'int32');
    const logits = model.forward(ids);
    expect(seen).toEqual([
      'model.embed_tokens[1,3,16]', 'model.layers.0.input_layernorm[1,3,16]',
      'model.layers.0.self_attn.q_proj[1,3,16]', 'model.rotary_emb[1,4,3,4]', 'model.layers.0.self_attn.k_proj[1,3,16]', 'model.rotary_emb[1,4,3,4]',
      'model.layers.0.self_attn.v_proj[1,3,16]', 'model.layers.0.self_attn.o_proj[1,3,16]', 'model.layers.0.self_attn[1,3,16]',
      'model.layers.0.post_attention_layernorm[1,3,16]', 'model.layers.0.mlp.gate_proj[1,3,48]', 'model.layers.0.mlp.act_fn[1,3,48]',
      'model.layers.0.mlp.up_proj[1,3,48]', 'model.layers.0.mlp.down_proj[1,3,16]', 'model.layers.0.mlp[1,3,16]', 'model.layers.0[1,3,16]',
      'model.norm[1,3,16]', 'lm_head[1,3,11]', '[1,3,11]',
    ]);
    for (const remove of removers) remove();
    seen.length = 0;
    const again = model.forward(ids);
    expect(seen).toEqual([]);
    st.dispose([ids, logits, again]);
    model.dispose();
  });
});

function formatShape(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

describe('saving and loading', () => {
  it('round-trips every parameter by name into a model built with another seed', () => {
    const a = new TinyNet(7, 4, 6, 1);
    const b = new TinyNet(7, 4, 6, 2);
    expect(values(b.fc1.weight)).not.toEqual(values(a.fc1.weight));
    const path = join(dir, 'tiny.safetensors');
    a.save(path, { note: 'kept' });
    b.load(path);
    const pb = new Map(b.namedParameters());
    for (const [name, p] of a.namedParameters()) expect(values(pb.get(name) ?? p), name).toEqual(values(p));
    a.dispose();
    b.dispose();
  });

  it('names every missing, unexpected and misshapen tensor in one error, and changes nothing', () => {
    const net = new TinyNet(7, 4, 6, 1);
    const before = values(net.fc1.weight);
    const path = join(dir, 'wrong.safetensors');
    writeSafetensors(path, {
      'embed.weight': { dtype: 'F32', shape: [7, 4], data: new Float32Array(28) },
      'fc1.weight': { dtype: 'F32', shape: [6, 4], data: new Float32Array(24) },
      'fc3.weight': { dtype: 'F32', shape: [2], data: new Float32Array(2) },
    });
    expect(() => net.load(path)).toThrow(
      `${path}: does not fit the module: 'fc1.weight' has shape [6, 4] but the parameter has [4, 6]; 'fc2.weight' is missing; ` +
        `'scale' is missing; 'fc3.weight' is not a parameter of this TinyNet`,
    );
    expect(values(net.fc1.weight)).toEqual(before);
    const ints = join(dir, 'ints.safetensors');
    writeSafetensors(ints, { scale: { dtype: 'I32', shape: [7], data: new Int32Array(7) } });
    expect(() => net.load(ints)).toThrow(`${ints}: tensor 'scale' holds I32 values, not floats`);
    net.dispose();
  });

  it('stateDict and loadStateDict copy values between two modules', () => {
    const a = new Stack(1);
    const b = new Stack(5);
    b.loadStateDict(a.stateDict());
    expect(values(b.pair[0].weight)).toEqual(values(a.pair[0].weight));
    a.dispose();
    b.dispose();
  });

  it("the state dict of a module of another type is refused by tsc and at run time with the same sentence", () => {
    // type-corpus/05-silent-checks/ema-teacher-state-of-other-width.ts, 13-llama-configs/distill-state-of-deeper-llama.ts
    const narrow = new TinyNet(7, 4, 6, 0);
    const wide = new TinyNet(7, 4, 8, 1);
    const before = values(wide.fc1.weight);
    // @ts-expect-error -- loadStateDict: does not fit the module
    expect(() => wide.loadStateDict(narrow.stateDict())).toThrow(
      "loadStateDict: does not fit the module: 'fc1.weight' has shape [4, 6] but the parameter has [4, 8]; 'fc2.weight' has shape [6, 7] but the parameter has [8, 7]",
    );
    // @ts-expect-error -- loadStateDict: does not fit the module
    expect(() => st.loadStateDict(wide, st.stateDict(narrow))).toThrow('loadStateDict: does not fit the module');
    expect(values(wide.fc1.weight)).toEqual(before);
    // A state read as a plain record (a file, a filtered copy) compiles and is checked at run time only.
    const plain: Record<string, st.StateTensor> = narrow.stateDict();
    expect(() => wide.loadStateDict(plain)).toThrow("'fc1.weight' has shape [4, 6] but the parameter has [4, 8]");
    narrow.dispose();
    wide.dispose();
  });
});

describe("a user's own model", () => {
  it('trains with its typed parameter record: the loss falls, no tensor leaks', () => {
    const net = new TinyNet(5, 8, 16, 3);
    const params = net.parameters();
    const optimizer = new st.Adam({ learningRate: 0.05 });
    // Learn to predict the next id of 0 1 2 3 4 0 1 ...
    const ids = st.tensor(Int32Array.from([0, 1, 2, 3, 4, 0, 1, 2]), [1, 8], 'int32');
    const targets = st.tensor(Int32Array.from([1, 2, 3, 4, 0, 1, 2, 3]), [1, 8], 'int32');
    const losses: number[] = [];
    let tensors = 0;
    for (let step = 0; step < 30; step++) {
      losses.push(st.tidy(() => {
        const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(net.forward(ids), targets), params);
        optimizer.apply(params, grads);
        return value.item();
      }));
      if (step === 1) tensors = st.memory().numTensors;
    }
    expect(st.memory().numTensors).toBe(tensors);
    expect(losses[29]).toBeLessThan(losses[0] / 4);
    st.dispose([ids, targets]);
    optimizer.dispose();
    net.dispose();
  });
});

describe('forEachPair', () => {
  it('visits each name once with its own pair: an EMA teacher over a whole model, by hand-computed values', () => {
    const student = new TinyNet(5, 4, 6, 1);
    const teacher = new TinyNet(5, 4, 6, 2);
    const before = Object.fromEntries(Object.entries(teacher.parameters()).map(([k, v]) => [k, values(v)]));
    const live = Object.fromEntries(Object.entries(student.parameters()).map(([k, v]) => [k, values(v)]));
    const seen: string[] = [];
    st.forEachPair(teacher.parameters(), student.parameters(), (t, s, name) => {
      seen.push(name);
      st.tidy(() => t.assign(st.add(st.mul(t, 0.9), st.mul(s, 0.1))));
    });
    expect(seen.sort()).toEqual(Object.keys(teacher.parameters()).sort());
    for (const [name, v] of Object.entries(teacher.parameters())) {
      const expected = before[name].map((b, i) => 0.9 * b + 0.1 * live[name][i]);
      values(v).forEach((x, i) => expect(x).toBeCloseTo(expected[i], 6));
    }
  });

  it("refuses another layout: a wider model's parameters at compile time; extra or misshaped names at run time, before any call", () => {
    const a = new TinyNet(5, 4, 6, 1);
    const wide = new TinyNet(5, 4, 8, 1);
    let calls = 0;
    // @ts-expect-error fc1.weight is [4, 8] in the second record, [4, 6] in the first
    expect(() => st.forEachPair(a.parameters(), wide.parameters(), () => { calls++; })).toThrow("forEachPair: 'fc1.weight' is [4, 6] float32 on default in the first record, [4, 8] float32 on default in the second");
    const extra = { ...a.parameters(), 'head.weight': st.zeros([2]) };
    expect(() => st.forEachPair(a.parameters(), extra, () => { calls++; })).toThrow("forEachPair: 'head.weight' is in the second record only");
    expect(calls).toBe(0);
    st.dispose(extra['head.weight']);
  });
});
