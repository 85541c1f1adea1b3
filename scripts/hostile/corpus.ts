// The hostile corpus: corrupted safetensors files, Hugging Face folders, checkpoint and run
// folders, and bad command lines, generated deterministically from a seed into a temporary folder
// (nothing is committed). Each case says what a correct shapetype does with it: refuse it with a
// clear error naming the file or flag ('error'), accept it ('accept'), or either ('either': a
// flipped byte in a header may leave a valid file); run.ts runs each in a child process.
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { exportHuggingFace } from '../../src/io/checkpoint.js';
import { writeSafetensors } from '../../src/io/safetensors.js';
import { defineConfig } from '../../src/llama/config.js';
import { createLlama } from '../../src/llama/model.js';
import { train } from '../../src/train/train.js';
import { Rng } from '../../src/util/rng.js';

export type Expect = 'error' | 'accept' | 'either';

export interface Case {
  /** group/name, unique. */
  id: string;
  group: string;
  /** Arguments of probe.ts (its kind first). */
  args: string[];
  expect: Expect;
  /** Texts an error must contain (the file or flag it names). */
  names: string[];
  /** Writes the case's files (called only for the cases that run). */
  setup: () => void;
  /** Allowed seconds (default 60: a case that trains takes longer under load). */
  seconds?: number;
}

const tinyModel = defineConfig({ vocabSize: 13, dim: 16, nLayers: 2, nHeads: 2, nKvHeads: 1, multipleOf: 16, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 16, dropout: 0 });

/** The valid things every case corrupts, made once. */
interface Bases {
  safetensors: Buffer;
  hf: string;
  run: string;
  data: string;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Records a file's new size and sha256 in state.json, so only the file's own checks can object to it. */
function fixState(dir: string, name: string): void {
  const statePath = join(dir, 'state.json');
  const state = JSON.parse(readFileSync(statePath, 'utf8'));
  const bytes = readFileSync(join(dir, name));
  state.files[name] = { bytes: bytes.length, sha256: sha256(bytes) };
  writeFileSync(statePath, JSON.stringify(state, null, 2));
}

function safetensorsBytes(header: string, data: Buffer): Buffer {
  const h = Buffer.from(header, 'utf8');
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(h.length));
  return Buffer.concat([len, h, data]);
}

function makeBases(root: string): Bases {
  const base = join(root, 'base');
  mkdirSync(base, { recursive: true });
  const stPath = join(base, 'small.safetensors');
  writeSafetensors(stPath, {
    a: { dtype: 'F32', shape: [2, 3], data: Float32Array.from([1, 2, 3, 4, 5, 6]) },
    b: { dtype: 'I32', shape: [4], data: Int32Array.from([7, 8, 9, 10]) },
  }, { format: 'pt' });
  const hf = join(base, 'hf');
  const model = createLlama(tinyModel, 1);
  exportHuggingFace(model, hf);
  model.dispose();
  const data = join(base, 'text.txt');
  const here = import.meta.dirname;
  writeFileSync(data, readFileSync(join(here, '..', '..', 'data', 'tinyshakespeare.txt'), 'utf8').slice(0, 3000));
  const run = join(base, 'run');
  train({
    data, runDir: run,
    model: { dim: 16, nLayers: 1, nHeads: 2, nKvHeads: 1, multipleOf: 16, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 16, dropout: 0 },
    batchSize: 2, context: 16, steps: 2, learningRate: 1e-2, minLearningRate: 1e-3, warmupSteps: 1, weightDecay: 0.1, gradClip: 1, seed: 1,
    evalEvery: 2, evalWindows: 2, checkpointEvery: 2, sampleTokens: 0, samplePrompt: 'A', resume: false, log: () => {}, isTTY: false,
  });
  return { safetensors: readFileSync(stPath), hf, run, data };
}

/** Positions 0..n-1, every `every`-th, always with the last few (where a trailing newline is cut). */
function cutPoints(n: number, every: number): number[] {
  const out = new Set<number>();
  for (let k = 0; k < n; k += every) out.add(k);
  for (let k = Math.max(0, n - 3); k < n; k++) out.add(k);
  return [...out].sort((a, b) => a - b);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Builds every case under root (each case's files go in root/cases/<n>), deterministically from seed. */
export function generateCorpus(root: string, seed: number): Case[] {
  const bases = makeBases(root);
  const rng = new Rng(seed);
  const cases: Case[] = [];
  let n = 0;
  const caseDir = (): string => join(root, 'cases', String(n++));
  const add = (c: Case): void => {
    cases.push(c);
  };

  // ---- safetensors files
  const stBytes = bases.safetensors;
  const headerEnd = 8 + Number(stBytes.readBigUInt64LE(0));
  const stFile = (bytes: () => Buffer, group: string, name: string, expect: Expect): void => {
    const dir = caseDir();
    const file = join(dir, 'x.safetensors');
    add({ id: `${group}/${name}`, group, args: ['read-safetensors', file], expect, names: [file], setup: () => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, bytes());
    } });
  };
  stFile(() => stBytes, 'safetensors-valid', 'base', 'accept');
  for (let k = 0; k < stBytes.length; k++) stFile(() => stBytes.subarray(0, k), 'safetensors-truncated', `at-${k}`, 'error');
  for (let k = 0; k < 80; k++) {
    const at = rng.int(stBytes.length);
    const mask = 1 + rng.int(255);
    const expect: Expect = at < 8 ? 'error' : at < headerEnd ? 'either' : 'accept';
    stFile(() => {
      const b = Buffer.from(stBytes);
      b[at] ^= mask;
      return b;
    }, 'safetensors-flipped', `byte-${at}-xor-${mask}`, expect);
  }
  const data24 = Buffer.alloc(24);
  const entry = (fields: Record<string, string>): string => {
    const f = { dtype: '"F32"', shape: '[2,3]', data_offsets: '[0,24]', ...fields };
    return `{${Object.entries(f).filter(([, v]) => v !== '').map(([k, v]) => `"${k}":${v}`).join(',')}}`;
  };
  const header = (e: string): string => `{"a":${e}}`;
  stFile(() => safetensorsBytes(header(entry({})), data24), 'safetensors-header', 'valid-entry', 'accept');
  stFile(() => safetensorsBytes(header(entry({ extra: '1' })), data24), 'safetensors-header', 'unknown-field-ignored', 'accept');
  stFile(() => safetensorsBytes('{}', Buffer.alloc(0)), 'safetensors-header', 'no-tensors', 'accept');
  stFile(() => safetensorsBytes(`{"__metadata__":{"k":"v"},"a":${entry({})}}`, data24), 'safetensors-header', 'metadata', 'accept');
  const bad: Record<string, string[]> = {
    dtype: ['"F33"', '"f32"', '""', '1', 'null', '[]', '{}', '"F32 "', '"BOOL"', '"U8"'],
    shape: ['[2.0,3]', '[-2,3]', '[-0,3]', '[2e0,3]', '[2E0,3]', '"2,3"', 'null', '[2,3,1e999]', '[9007199254740993]', '[2]', '[3,2,1,0]',
      '[[2],3]', '[]', '{}', '[2,3,]', '[02,3]', '[2,3.5]', '[1e2]', '[true]', '[2,-3]'],
    data_offsets: ['[0]', '[0,24,48]', '[24,0]', '[0.0,24]', '[0,24.0]', '[-0,24]', '[0,2.4e1]', '"0,24"', 'null', '[0,25]', '[1,25]',
      '[0,99999999999999999999]', '[0,18446744073709551616]', '[0,-24]', '[0,24e0]', '[]', '{}', '[0,1e999]'],
  };
  for (const [field, values] of Object.entries(bad)) {
    for (const v of values) stFile(() => safetensorsBytes(header(entry({ [field]: v })), data24), 'safetensors-header', `${field}=${v}`, 'error');
    stFile(() => safetensorsBytes(header(entry({ [field]: '' })), data24), 'safetensors-header', `${field}-missing`, 'error');
  }
  for (const v of ['{"a":1}', '{"a":null}', '[]', '"x"', '{"a":{"b":"c"}}', '1', '{"a":"x","a":"y"}']) {
    stFile(() => safetensorsBytes(`{"__metadata__":${v},"a":${entry({})}}`, data24), 'safetensors-header', `metadata=${v}`, 'error');
  }
  const wholeHeaders: Record<string, string> = {
    'duplicate-tensor': `{"a":${entry({})},"a":${entry({})}}`,
    'duplicate-field': `{"a":{"dtype":"F32","dtype":"F32","shape":[2,3],"data_offsets":[0,24]}}`,
    'bom': `\ufeff${header(entry({}))}`,
    'lone-surrogate-name': `{"\\ud800":${entry({})}}`,
    'control-char-in-name': `{"a\u0001":${entry({})}}`,
    'deep-nesting': `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    'array': `[${entry({})}]`,
    'string': '"abc"',
    'number': '1',
    'trailing-garbage': `${header(entry({}))}x`,
    'two-objects': `${header(entry({}))}{}`,
    'unterminated': `{"a":${entry({})}`,
    'overlap': `{"a":${entry({})},"b":${entry({ data_offsets: '[0,24]' })}}`,
    'gap': `{"a":${entry({ data_offsets: '[0,24]' })},"b":${entry({ data_offsets: '[32,56]' })}}`,
    'single-quotes': `{'a':${entry({})}}`,
    'comment': `{"a":${entry({})} /* c */}`,
    'nan-literal': `{"a":${entry({ shape: 'NaN' })}}`,
    'metadata-as-tensor-name-only': '{"__metadata__":{}}',
  };
  for (const [name, h] of Object.entries(wholeHeaders)) {
    const extra = name === 'gap' ? Buffer.alloc(56) : name === 'overlap' ? Buffer.alloc(24) : name === 'metadata-as-tensor-name-only' ? Buffer.alloc(0) : data24;
    const expect: Expect = name === 'metadata-as-tensor-name-only' ? 'accept' : 'error';
    stFile(() => safetensorsBytes(h, extra), 'safetensors-header', name, expect);
  }
  stFile(() => Buffer.concat([safetensorsBytes(header(entry({})), data24).subarray(0, 10), Buffer.from([0xff, 0xfe]), safetensorsBytes(header(entry({})), data24).subarray(12)]), 'safetensors-header', 'invalid-utf8', 'error');
  for (const len of [0n, 1n, 7n, 100_000_001n, 2n ** 53n, 2n ** 63n, 2n ** 64n - 1n, BigInt(stBytes.length)]) {
    stFile(() => {
      const b = Buffer.from(stBytes);
      b.writeBigUInt64LE(len, 0);
      return b;
    }, 'safetensors-length', `header-length-${len}`, 'error');
  }
  stFile(() => Buffer.concat([stBytes, Buffer.from([0])]), 'safetensors-length', 'trailing-byte', 'error');

  // ---- Hugging Face folders
  const hfCase = (group: string, name: string, edit: (dir: string) => void, expect: Expect, names: (dir: string) => string[] = (d) => [d]): void => {
    const dir = caseDir();
    add({ id: `${group}/${name}`, group, args: ['import-hf', dir], expect, names: names(dir), setup: () => {
      cpSync(bases.hf, dir, { recursive: true });
      edit(dir);
    } });
  };
  const configText = readFileSync(join(bases.hf, 'config.json'), 'utf8');
  const editConfig = (f: (c: Record<string, unknown>) => void) => (dir: string): void => {
    const c = JSON.parse(configText);
    f(c);
    writeFileSync(join(dir, 'config.json'), JSON.stringify(c, null, 2));
  };
  const rawConfig = (f: (text: string) => string) => (dir: string): void => writeFileSync(join(dir, 'config.json'), f(configText));
  const configNames = (d: string): string[] => [join(d, 'config.json')];
  hfCase('hf-valid', 'base', () => {}, 'accept');
  hfCase('hf-valid', 'unknown-field', editConfig((c) => { c.some_new_field = [1, 2]; }), 'accept');
  hfCase('hf-valid', 'no-shapetype-block', editConfig((c) => { delete c.shapetype; c.max_position_embeddings = 16; }), 'accept');
  hfCase('hf-valid', 'no-optional-fields', editConfig((c) => { for (const k of ['torch_dtype', 'use_cache', 'initializer_range', 'architectures']) delete c[k]; }), 'accept');
  for (const at of cutPoints(configText.length, 8)) {
    const cut = configText.slice(0, at);
    hfCase('hf-config-truncated', `at-${at}`, rawConfig(() => cut), isJson(cut) ? 'accept' : 'error', configNames);
  }
  const numericHf = ['vocab_size', 'hidden_size', 'intermediate_size', 'num_hidden_layers', 'num_attention_heads', 'num_key_value_heads',
    'head_dim', 'max_position_embeddings', 'rms_norm_eps', 'rope_theta', 'attention_dropout'];
  const badNumbers: unknown[] = [0, -1, 1.5, '16', true, [], {}, 1e6, 123456789];
  for (const field of numericHf) {
    for (const v of badNumbers) {
      if (field === 'attention_dropout' && v === 0) continue; // the base's own value
      hfCase('hf-config-field', `${field}=${JSON.stringify(v)}`, editConfig((c) => { c[field] = v; }), 'error', configNames);
    }
    hfCase('hf-config-field', `${field}=1e999`, rawConfig((t) => t.replace(new RegExp(`"${field}": [^,\\n]+`), `"${field}": 1e999`)), 'error', configNames);
  }
  const ours = ['vocabSize', 'dim', 'nLayers', 'nHeads', 'nKvHeads', 'multipleOf', 'normEps', 'ropeTheta', 'maxSeqLen', 'dropout'];
  for (const field of ours) {
    for (const v of [0, -1, 2.5, '16', null, 1e6]) {
      if (field === 'dropout' && v === 0) continue; // the base's own value
      hfCase('hf-config-shapetype', `${field}=${JSON.stringify(v)}`, editConfig((c) => { (c.shapetype as Record<string, unknown>)[field] = v; }), 'error', configNames);
    }
  }
  const others: [string, unknown][] = [
    ['hidden_act', 'gelu'], ['hidden_act', 1], ['attention_bias', true], ['attention_bias', 'false'], ['mlp_bias', true], ['mlp_bias', 0],
    ['tie_word_embeddings', true], ['tie_word_embeddings', 'no'], ['rope_scaling', {}], ['rope_scaling', { rope_type: 'llama3', factor: 8 }],
    ['rope_scaling', 'linear'], ['model_type', 'gpt2'], ['model_type', 1], ['pretraining_tp', 2], ['pretraining_tp', '1'],
    ['rope_parameters', 'x'], ['rope_parameters', { rope_type: 'yarn' }], ['shapetype', 'x'], ['shapetype', null], ['shapetype', []],
  ];
  for (const [field, v] of others) hfCase('hf-config-field', `${field}=${JSON.stringify(v)}`, editConfig((c) => { c[field] = v; }), 'error', configNames);
  for (const [name, text] of Object.entries({
    'duplicate-key': configText.replace('{', '{\n  "vocab_size": 13,'),
    'deep-nesting': `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    'empty': '',
    'array': '[]',
    'invalid-utf8': '\uFFFD',
    'nul-bytes': '\0\0\0\0',
  })) hfCase('hf-config-raw', name, rawConfig(() => text), 'error', configNames);
  hfCase('hf-config-raw', 'latin1-bytes', (d) => writeFileSync(join(d, 'config.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d])), 'error', configNames);
  const sizes: [string, Record<string, number>][] = [
    ['layers-1e6', { num_hidden_layers: 1e6, nLayers: 1e6 }], ['layers-1e7', { num_hidden_layers: 1e7, nLayers: 1e7 }],
    ['layers-1e9', { num_hidden_layers: 1e9, nLayers: 1e9 }], ['vocab-1e9', { vocab_size: 1e9, vocabSize: 1e9 }],
    ['hidden-8192', { hidden_size: 8192, dim: 8192, head_dim: 4096 }], ['intermediate-1e12', { intermediate_size: 1e12, hiddenDim: 1e12 }],
  ];
  for (const [name, values] of sizes) {
    hfCase('hf-sizes', name, editConfig((c) => {
      const block = c.shapetype as Record<string, unknown>;
      for (const [k, v] of Object.entries(values)) {
        if (k in c || /_/.test(k)) c[k] = v;
        else block[k] = v;
      }
    }), 'error', (d) => [d]);
  }
  const modelBytes = readFileSync(join(bases.hf, 'model.safetensors'));
  for (const at of cutPoints(modelBytes.length, Math.ceil(modelBytes.length / 40))) {
    hfCase('hf-weights-truncated', `at-${at}`, (d) => writeFileSync(join(d, 'model.safetensors'), modelBytes.subarray(0, at)), 'error', (d) => [join(d, 'model.safetensors')]);
  }
  const modelHeaderLength = Number(modelBytes.readBigUInt64LE(0));
  const modelHeader = JSON.parse(modelBytes.subarray(8, 8 + modelHeaderLength).toString('utf8')) as Record<string, { data_offsets: [number, number] }>;
  const tensorNames = Object.keys(modelHeader).filter((k) => k !== '__metadata__');
  tensorNames.forEach((name, k) => {
    const value = [NaN, Infinity, -Infinity][k % 3];
    hfCase('hf-weights-nonfinite', `${name}=${value}`, (d) => {
      const b = Buffer.from(modelBytes);
      const at = 8 + modelHeaderLength + modelHeader[name].data_offsets[0] + 4 * rng.int(2);
      b.writeFloatLE(value, at);
      writeFileSync(join(d, 'model.safetensors'), b);
    }, 'error', (d) => [join(d, 'model.safetensors'), name]);
  });
  for (let k = 0; k < 30; k++) {
    const at = 8 + modelHeaderLength + rng.int(modelBytes.length - 8 - modelHeaderLength);
    const mask = 1 + rng.int(255);
    // A flipped data byte leaves a valid file unless it makes a NaN or an infinity.
    const flipped = Buffer.from(modelBytes);
    flipped[at] ^= mask;
    const aligned = at - ((at - 8 - modelHeaderLength) % 4);
    const expect: Expect = Number.isFinite(flipped.readFloatLE(aligned)) ? 'accept' : 'error';
    hfCase('hf-weights-flipped', `byte-${at}-xor-${mask}`, (d) => writeFileSync(join(d, 'model.safetensors'), flipped), expect, (d) => [join(d, 'model.safetensors')]);
  }
  hfCase('hf-files', 'no-config', (d) => rmSync(join(d, 'config.json')), 'error', configNames);
  hfCase('hf-files', 'no-weights', (d) => rmSync(join(d, 'model.safetensors')), 'error');
  hfCase('hf-files', 'config-is-a-folder', (d) => {
    rmSync(join(d, 'config.json'));
    mkdirSync(join(d, 'config.json'));
  }, 'error', configNames);
  hfCase('hf-files', 'config-is-dev-zero', (d) => {
    rmSync(join(d, 'config.json'));
    symlinkSync('/dev/zero', join(d, 'config.json'));
  }, 'error', configNames);
  hfCase('hf-files', 'config-is-a-fifo', (d) => {
    rmSync(join(d, 'config.json'));
    execFileSync('mkfifo', [join(d, 'config.json')]);
  }, 'error', configNames);
  hfCase('hf-files', 'weights-are-dev-zero', (d) => {
    rmSync(join(d, 'model.safetensors'));
    symlinkSync('/dev/zero', join(d, 'model.safetensors'));
  }, 'error', (d) => [join(d, 'model.safetensors')]);
  hfCase('hf-files', 'weights-are-a-fifo', (d) => {
    rmSync(join(d, 'model.safetensors'));
    execFileSync('mkfifo', [join(d, 'model.safetensors')]);
  }, 'error', (d) => [join(d, 'model.safetensors')]);
  hfCase('hf-files', 'weights-are-a-folder', (d) => {
    rmSync(join(d, 'model.safetensors'));
    mkdirSync(join(d, 'model.safetensors'));
  }, 'error', (d) => [join(d, 'model.safetensors')]);
  const index = (map: unknown) => (d: string): void => {
    cpSync(join(d, 'model.safetensors'), join(d, 'shard-1.safetensors'));
    rmSync(join(d, 'model.safetensors'));
    writeFileSync(join(d, 'model.safetensors.index.json'), typeof map === 'string' ? map : JSON.stringify(map));
  };
  const allInShard = Object.fromEntries(tensorNames.map((t) => [t, 'shard-1.safetensors']));
  hfCase('hf-index', 'valid', index({ metadata: {}, weight_map: allInShard }), 'accept');
  hfCase('hf-index', 'no-weight-map', index({ metadata: {} }), 'error');
  hfCase('hf-index', 'weight-map-array', index({ weight_map: [] }), 'error');
  hfCase('hf-index', 'outside-the-folder', index({ weight_map: { ...allInShard, 'model.norm.weight': '../../etc/passwd' } }), 'error');
  hfCase('hf-index', 'missing-shard', index({ weight_map: { ...allInShard, 'model.norm.weight': 'shard-2.safetensors' } }), 'error');
  hfCase('hf-index', 'non-string-shard', index({ weight_map: { ...allInShard, 'model.norm.weight': 3 } }), 'error');
  hfCase('hf-index', 'truncated', index(JSON.stringify({ weight_map: allInShard }).slice(0, 50)), 'error');
  hfCase('hf-index', 'duplicate-key', index(`{"weight_map":${JSON.stringify(allInShard)},"weight_map":{}}`), 'error');

  // ---- Checkpoint folders (loadCheckpoint)
  const ckCase = (group: string, name: string, edit: (dir: string) => void, expect: Expect, names: (dir: string) => string[] = (d) => [d]): void => {
    const dir = caseDir();
    add({ id: `${group}/${name}`, group, args: ['load-checkpoint', dir], expect, names: names(dir), setup: () => {
      cpSync(bases.run, dir, { recursive: true });
      edit(dir);
    } });
  };
  const stateText = readFileSync(join(bases.run, 'state.json'), 'utf8');
  const stateNames = (d: string): string[] => [join(d, 'state.json')];
  ckCase('checkpoint-valid', 'base', () => {}, 'accept');
  ckCase('checkpoint-valid', 'stale-temp-and-prev-files', (d) => {
    writeFileSync(join(d, 'model.safetensors.tmp-999999999-abcdef'), 'partial');
    cpSync(join(d, 'config.json'), join(d, 'config.json.prev'));
  }, 'accept');
  for (const at of cutPoints(stateText.length, 6)) {
    const cut = stateText.slice(0, at);
    ckCase('checkpoint-state-truncated', `at-${at}`, (d) => writeFileSync(join(d, 'state.json'), cut), isJson(cut) ? 'accept' : 'error', stateNames);
  }
  const editState = (f: (s: Record<string, unknown>) => void) => (d: string): void => {
    const s = JSON.parse(stateText);
    f(s);
    writeFileSync(join(d, 'state.json'), JSON.stringify(s));
  };
  for (const field of ['step', 'rngState']) {
    for (const v of ['', '3', -1, 1.5, null, true, [], {}, 2 ** 53, 2 ** 32]) {
      if (field === 'step' && v === 2 ** 32) continue;
      ckCase('checkpoint-state-field', `${field}=${JSON.stringify(v)}`, editState((s) => { s[field] = v; }), 'error', stateNames);
    }
    ckCase('checkpoint-state-field', `${field}-missing`, editState((s) => { delete s[field]; }), 'error', stateNames);
  }
  for (const [name, f] of Object.entries({
    'format': (s: Record<string, unknown>) => { s.format = 'other'; },
    'version-2': (s: Record<string, unknown>) => { s.version = 2; },
    'version-string': (s: Record<string, unknown>) => { s.version = '1'; },
    'files-missing': (s: Record<string, unknown>) => { delete s.files; },
    'files-array': (s: Record<string, unknown>) => { s.files = []; },
    'unknown-file': (s: Record<string, unknown>) => { (s.files as Record<string, unknown>)['../../x'] = { bytes: 1, sha256: 'a'.repeat(64) }; },
    'bytes-string': (s: Record<string, unknown>) => { (s.files as Record<string, Record<string, unknown>>)['model.safetensors'].bytes = '100'; },
    'bytes-negative': (s: Record<string, unknown>) => { (s.files as Record<string, Record<string, unknown>>)['model.safetensors'].bytes = -1; },
    'bytes-fraction': (s: Record<string, unknown>) => { (s.files as Record<string, Record<string, unknown>>)['model.safetensors'].bytes = 1.5; },
    'sha-short': (s: Record<string, unknown>) => { (s.files as Record<string, Record<string, unknown>>)['model.safetensors'].sha256 = 'abc'; },
    'sha-wrong': (s: Record<string, unknown>) => { (s.files as Record<string, Record<string, unknown>>)['model.safetensors'].sha256 = '0'.repeat(64); },
    'no-model-record': (s: Record<string, unknown>) => { delete (s.files as Record<string, unknown>)['model.safetensors']; },
    'extra-array': (s: Record<string, unknown>) => { s.extra = []; },
  })) ckCase('checkpoint-state-field', name, editState(f), 'error', (d) => [d]);
  ckCase('checkpoint-state-raw', 'deep-nesting', (d) => writeFileSync(join(d, 'state.json'), `${'['.repeat(200_000)}${']'.repeat(200_000)}`), 'error', stateNames);
  ckCase('checkpoint-state-raw', 'duplicate-step', (d) => writeFileSync(join(d, 'state.json'), stateText.replace('{', '{"step": 0,')), 'error', stateNames);
  ckCase('checkpoint-state-raw', 'step-1e999', (d) => writeFileSync(join(d, 'state.json'), stateText.replace(/"step": \d+/, '"step": 1e999')), 'error', stateNames);
  ckCase('checkpoint-state-raw', 'no-state', (d) => rmSync(join(d, 'state.json')), 'error');
  ckCase('checkpoint-state-raw', 'state-is-a-fifo', (d) => {
    rmSync(join(d, 'state.json'));
    execFileSync('mkfifo', [join(d, 'state.json')]);
  }, 'error', stateNames);
  for (const file of ['model.safetensors', 'config.json', 'optimizer.safetensors']) {
    ckCase('checkpoint-files', `${file}-missing`, (d) => rmSync(join(d, file)), 'error', (d) => [d, file]);
    ckCase('checkpoint-files', `${file}-changed`, (d) => writeFileSync(join(d, file), Buffer.concat([readFileSync(join(d, file)), Buffer.from(' ')])), 'error', (d) => [d, file]);
  }
  // Optimizer files changed and recorded in state.json, so only the optimizer checks can object.
  const optimizerBytes = readFileSync(join(bases.run, 'optimizer.safetensors'));
  const optHeaderLength = Number(optimizerBytes.readBigUInt64LE(0));
  const optHeader = JSON.parse(optimizerBytes.subarray(8, 8 + optHeaderLength).toString('utf8')) as Record<string, unknown>;
  const optData = optimizerBytes.subarray(8 + optHeaderLength);
  const optimizer = (group: string, name: string, edit: (h: Record<string, unknown>, meta: Record<string, string>) => Buffer | void, expect: Expect = 'error'): void => {
    ckCase(group, name, (d) => {
      const h: Record<string, unknown> = JSON.parse(JSON.stringify(optHeader));
      const meta = h.__metadata__ as Record<string, string>;
      const data = edit(h, meta) ?? optData;
      writeFileSync(join(d, 'optimizer.safetensors'), safetensorsBytes(JSON.stringify(h), data));
      fixState(d, 'optimizer.safetensors');
    }, expect, (d) => [join(d, 'optimizer.safetensors')]);
  };
  optimizer('checkpoint-optimizer', 'rewritten-valid', () => {}, 'accept');
  for (const v of ['', '0x2', '-1', '1.0', ' 2', '2 ', '1e1', '02', 'two', '9007199254740993']) optimizer('checkpoint-optimizer', `step=${JSON.stringify(v)}`, (_h, m) => { m.step = v; });
  optimizer('checkpoint-optimizer', 'step-missing', (_h, m) => { delete m.step; });
  optimizer('checkpoint-optimizer', 'format-missing', (_h, m) => { delete m.format; });
  optimizer('checkpoint-optimizer', 'format-other', (_h, m) => { m.format = 'pt'; });
  for (const v of ['', '{', '[]', '{"model.norm.weight":-1}', '{"model.norm.weight":1.5}', '{"nothing":1}', '{"model.norm.weight":99}', '{"model.norm.weight":"2"}', `${'['.repeat(10000)}`]) {
    optimizer('checkpoint-optimizer', `paramSteps=${v.slice(0, 30)}`, (_h, m) => { m.paramSteps = v; });
  }
  const slotNames = Object.keys(optHeader).filter((k) => k !== '__metadata__');
  for (const slot of slotNames.slice(0, 4)) {
    optimizer('checkpoint-optimizer', `drop-${slot}`, (h) => {
      const e = h[slot] as { data_offsets: [number, number] };
      const [b, end] = e.data_offsets;
      delete h[slot];
      for (const other of Object.values(h)) {
        const o = other as { data_offsets?: [number, number] };
        if (o.data_offsets && o.data_offsets[0] >= end) o.data_offsets = [o.data_offsets[0] - (end - b), o.data_offsets[1] - (end - b)];
      }
      return Buffer.concat([optData.subarray(0, b), optData.subarray(end)]);
    });
    optimizer('checkpoint-optimizer', `rename-${slot}`, (h) => {
      h[`${slot}x`] = h[slot];
      delete h[slot];
    });
  }
  optimizer('checkpoint-optimizer', 'nan-moment', () => {
    const b = Buffer.from(optData);
    b.writeFloatLE(NaN, 0);
    return b;
  });
  optimizer('checkpoint-optimizer', 'no-slots', (h) => {
    for (const k of slotNames) delete h[k];
    return Buffer.alloc(0);
  });

  // ---- Command lines
  const cli = (group: string, name: string, args: (dir: string) => string[], expect: Expect, names: (dir: string) => string[], setup: (dir: string) => void = () => {}, seconds?: number): void => {
    const dir = caseDir();
    add({ id: `${group}/${name}`, group, args: ['cli', ...args(dir)], expect, names: names(dir), setup: () => {
      mkdirSync(dir, { recursive: true });
      setup(dir);
    }, seconds });
  };
  const numericTrain = ['steps', 'batch', 'context', 'dim', 'layers', 'heads', 'kv-heads', 'hidden-dim', 'multiple-of', 'rope-theta', 'norm-eps',
    'dropout', 'lr', 'min-lr', 'warmup', 'weight-decay', 'grad-clip', 'seed', 'eval-every', 'eval-windows', 'checkpoint-every', 'max-minutes', 'sample-tokens'];
  const badFlagValues = ['1e1', '0x10', ' 12 ', '', '-1', 'abc', 'Infinity', 'NaN', '1_000', '99999999999999999999'];
  const decimalFlags = new Set(['rope-theta', 'norm-eps', 'lr', 'min-lr', 'weight-decay', 'grad-clip', 'max-minutes']);
  for (const flag of numericTrain) {
    for (const v of badFlagValues) {
      // 99999999999999999999 is a fine decimal (1e20): only an integer flag must refuse it.
      if (decimalFlags.has(flag) && v === '99999999999999999999') continue;
      // A negative value is fine for no flag; -1 rope-theta etc. fail their range check by name too.
      cli('cli-flags', `train --${flag} ${JSON.stringify(v)}`, (d) => ['train', '--run', join(d, 'run'), `--${flag}`, v], 'error', () => [`--${flag}`]);
    }
  }
  for (const flag of ['steps', 'batch', 'context', 'dim', 'layers', 'heads', 'eval-every', 'checkpoint-every', 'eval-windows']) {
    cli('cli-flags', `train --${flag} 0`, (d) => ['train', '--run', join(d, 'run'), `--${flag}`, '0'], 'error', () => [`--${flag}`]);
  }
  for (const [flag, v] of [['dropout', '1'], ['norm-eps', '0'], ['rope-theta', '0'], ['seed', '4294967296'], ['batch', '1.5'], ['steps', '2.0']]) {
    cli('cli-flags', `train --${flag} ${v}`, (d) => ['train', '--run', join(d, 'run'), `--${flag}`, v], 'error', () => [`--${flag}`]);
  }
  for (const flag of ['tokens', 'temperature', 'top-k', 'seed']) {
    for (const v of ['1e1', '0x10', ' 3 ', '', '-1', 'abc']) {
      cli('cli-flags', `sample --${flag} ${JSON.stringify(v)}`, () => ['sample', '--run', bases.run, `--${flag}`, v], 'error', () => [`--${flag}`]);
    }
  }
  cli('cli-flags', 'unknown-flag', () => ['train', '--stpes', '3'], 'error', () => ['--stpes']);
  cli('cli-flags', 'missing-value', () => ['train', '--steps'], 'error', () => ['--steps']);
  cli('cli-flags', 'unknown-preset', (d) => ['train', '--run', join(d, 'run'), '--preset', 'huge'], 'error', () => ['huge']);
  cli('cli-flags', 'resume-without-run', () => ['train', '--resume'], 'error', () => ['--run']);
  const small = (d: string): string[] => ['train', '--preset', 'smoke', '--run', join(d, 'run'), '--data', bases.data, '--steps', '1', '--batch', '2', '--context', '8',
    '--dim', '16', '--layers', '1', '--heads', '2', '--eval-windows', '2', '--sample-tokens', '0'];
  cli('cli-train', 'valid-small-run', small, 'accept', () => [], () => {}, 120);
  cli('cli-sizes', 'batch-200000', (d) => [...small(d), '--batch', '200000'], 'error', () => ['--batch']);
  cli('cli-sizes', 'dim-8192-layers-8', (d) => [...small(d), '--dim', '8192', '--layers', '8', '--heads', '8'], 'error', () => ['--dim']);
  cli('cli-sizes', 'context-100000', (d) => [...small(d), '--context', '100000'], 'error', () => ['--context']);
  cli('cli-sizes', 'vocab-of-1e5-chars-dim-4096', (d) => [...small(d), '--data', join(d, 'wide.txt'), '--dim', '4096', '--heads', '8', '--layers', '4'], 'error', () => ['--dim'], (d) => {
    writeFileSync(join(d, 'wide.txt'), Array.from({ length: 60000 }, (_, k) => String.fromCodePoint(0x4e00 + (k % 20000))).join(''));
  });
  const dataCase = (name: string, make: (file: string) => void): void => {
    cli('cli-data', name, (d) => [...small(d), '--data', join(d, 'data.txt')], 'error', (d) => [join(d, 'data.txt')], (d) => make(join(d, 'data.txt')));
  };
  dataCase('dev-zero', (f) => symlinkSync('/dev/zero', f));
  dataCase('fifo', (f) => execFileSync('mkfifo', [f]));
  dataCase('folder', (f) => mkdirSync(f));
  dataCase('missing', () => {});
  dataCase('empty', (f) => writeFileSync(f, ''));
  dataCase('one-char', (f) => writeFileSync(f, 'a'));
  dataCase('binary', (f) => writeFileSync(f, Buffer.from(Array.from({ length: 4096 }, (_, k) => (k * 131 + 7) % 256))));
  dataCase('too-short-for-a-window', (f) => writeFileSync(f, 'abcdefgh'));
  dataCase('sparse-over-limit', (f) => {
    writeFileSync(f, '');
    execFileSync('truncate', ['-s', String(256 * 1024 * 1024 + 1), f]);
  });
  cli('cli-data', 'prompt-outside-vocabulary', (d) => [...small(d), '--sample-tokens', '5', '--prompt', '🎉'], 'error', () => ['--prompt', 'U+1F389']);
  cli('cli-data', 'emoji-text-trains', (d) => [...small(d), '--data', join(d, 'emoji.txt'), '--sample-tokens', '3', '--prompt', '😀'], 'accept', () => [], (d) => {
    writeFileSync(join(d, 'emoji.txt'), readFileSync(bases.data, 'utf8').replace(/e/g, '😀'));
  }, 120);
  cli('cli-sample', 'prompt-outside-vocabulary', () => ['sample', '--run', bases.run, '--prompt', '🎉', '--tokens', '2'], 'error', () => ['--prompt', 'U+1F389']);
  cli('cli-sample', 'valid', () => ['sample', '--run', bases.run, '--prompt', 'A', '--tokens', '2'], 'accept', () => []);
  // Resumes of a copy of the base run (finished at its 2 steps).
  const resume = (name: string, args: string[], expect: Expect, names: (run: string) => string[], edit: (run: string) => void = () => {}, seconds?: number): void => {
    cli('cli-resume', name, (d) => ['train', '--run', join(d, 'run'), '--resume', ...args], expect, (d) => names(join(d, 'run')), (d) => {
      cpSync(bases.run, join(d, 'run'), { recursive: true });
      edit(join(d, 'run'));
    }, seconds);
  };
  for (const [flag, v] of [['lr', '1000000'], ['context', '8'], ['dim', '32'], ['batch', '4'], ['seed', '2'], ['layers', '2'], ['heads', '4'],
    ['kv-heads', '2'], ['dropout', '0.5'], ['warmup', '3'], ['weight-decay', '0'], ['grad-clip', '0'], ['min-lr', '0.5'], ['eval-windows', '3'],
    ['rope-theta', '500000'], ['norm-eps', '0.1'], ['multiple-of', '32'], ['hidden-dim', '48'], ['data', '/etc/hostname']]) {
    resume(`change-${flag}`, ['--steps', '3', `--${flag}`, v], 'error', () => [`--${flag}`]);
  }
  resume('preset', ['--preset', 'smoke', '--steps', '3'], 'error', () => ['--preset']);
  resume('finished', [], 'error', (r) => [r, '--steps']);
  resume('steps-below-checkpoint', ['--steps', '1'], 'error', (r) => [r, '--steps']);
  resume('more-steps', ['--steps', '3'], 'accept', () => [], () => {}, 120);
  resume('same-values-repeated', ['--steps', '3', '--lr', '0.01', '--batch', '2', '--seed', '1'], 'accept', () => [], () => {}, 120);
  resume('stale-temp-files', ['--steps', '3'], 'accept', () => [], (r) => {
    writeFileSync(join(r, 'metrics.jsonl.tmp-999999999-0123456789ab'), 'partial');
    writeFileSync(join(r, 'train-options.json.tmp-999999998-ab'), '{');
  }, 120);
  resume('metrics-last-line-cut', ['--steps', '3'], 'accept', () => [], (r) => {
    const m = readFileSync(join(r, 'metrics.jsonl'), 'utf8');
    writeFileSync(join(r, 'metrics.jsonl'), `${m}{"step": 3, "trainLo`);
  }, 120);
  resume('metrics-middle-line-cut', ['--steps', '3'], 'error', (r) => [join(r, 'metrics.jsonl')], (r) => {
    const lines = readFileSync(join(r, 'metrics.jsonl'), 'utf8').split('\n');
    lines[0] = lines[0].slice(0, 9);
    writeFileSync(join(r, 'metrics.jsonl'), lines.join('\n'));
  });
  resume('metrics-wrong-types', ['--steps', '3'], 'error', (r) => [join(r, 'metrics.jsonl')], (r) => writeFileSync(join(r, 'metrics.jsonl'), '{"step":"1","trainLoss":"x"}\n'));
  resume('metrics-is-a-fifo', ['--steps', '3'], 'error', (r) => [join(r, 'metrics.jsonl')], (r) => {
    rmSync(join(r, 'metrics.jsonl'));
    execFileSync('mkfifo', [join(r, 'metrics.jsonl')]);
  });
  const optionsText = readFileSync(join(bases.run, 'train-options.json'), 'utf8');
  for (const at of cutPoints(optionsText.length, 8)) {
    const cut = optionsText.slice(0, at);
    resume(`train-options-truncated-at-${at}`, ['--steps', '3'], isJson(cut) ? 'accept' : 'error', (r) => [join(r, 'train-options.json')], (r) => writeFileSync(join(r, 'train-options.json'), cut), 120);
  }
  for (const [field, v] of [['batchSize', '2'], ['batchSize', 2.5], ['steps', null], ['data', 5], ['seed', -1.5], ['learningRate', 'x'], ['model', []], ['samplePrompt', 1]] as const) {
    resume(`train-options-${field}=${JSON.stringify(v)}`, ['--steps', '3'], 'error', (r) => [join(r, 'train-options.json')], (r) => {
      const o = JSON.parse(optionsText);
      o[field] = v;
      writeFileSync(join(r, 'train-options.json'), JSON.stringify(o));
    });
  }
  resume('train-options-missing', ['--steps', '3'], 'error', (r) => [r, 'train-options.json'], (r) => rmSync(join(r, 'train-options.json')));
  resume('optimizer-missing', ['--steps', '3'], 'error', (r) => [r, 'optimizer.safetensors'], (r) => {
    rmSync(join(r, 'optimizer.safetensors'));
    const s = JSON.parse(readFileSync(join(r, 'state.json'), 'utf8'));
    delete s.files['optimizer.safetensors'];
    writeFileSync(join(r, 'state.json'), JSON.stringify(s));
  });
  resume('tokenizer-vocabulary-changed', ['--steps', '3'], 'error', (r) => [r], (r) => {
    const s = JSON.parse(readFileSync(join(r, 'state.json'), 'utf8'));
    const o = JSON.parse(readFileSync(join(r, 'train-options.json'), 'utf8'));
    writeFileSync(join(r, 'other.txt'), `${readFileSync(o.data, 'utf8')}#`);
    o.data = join(r, 'other.txt');
    writeFileSync(join(r, 'train-options.json'), JSON.stringify(o));
    writeFileSync(join(r, 'state.json'), JSON.stringify(s));
  });
  return cases;
}
