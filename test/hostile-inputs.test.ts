// Hostile inputs (issue 8): sizes checked before allocation, diverging runs, text beyond the BMP,
// strict safetensors headers and HF configs, damaged optimizer files, resume rules, and messages
// that name the file or flag. Each case here failed (hung, allocated gigabytes, was accepted, or
// said something unhelpful) before the change that made it pass.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as st from '../src/index.js';
import { exportHuggingFace, huggingFaceConfig, importHuggingFace, loadCheckpoint, saveCheckpoint } from '../src/io/checkpoint.js';
import { parseStrictJson } from '../src/io/json.js';
import { readSafetensors, writeSafetensors, type SafetensorsTensor } from '../src/io/safetensors.js';
import { defineConfig } from '../src/llama/config.js';
import { createLlama } from '../src/llama/model.js';
import { main } from '../src/cli/cli.js';
import { CharTokenizer } from '../src/text/tokenizer.js';
import { loadCorpus, MAX_DATA_BYTES } from '../src/train/data.js';
import { lossAxis, lossCurveSvg } from '../src/train/report.js';
import { readMetrics, train, type TrainOptions } from '../src/train/train.js';

const root = mkdtempSync(join(tmpdir(), 'shapetype-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
const fresh = (name: string): string => join(root, `${name}-${counter++}`);

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error('expected an error, got none');
}

const config = defineConfig({ vocabSize: 13, dim: 16, nLayers: 2, nHeads: 2, nKvHeads: 1, multipleOf: 16, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 16, dropout: 0 });

function hfFolder(edit: (cfg: Record<string, unknown>) => void = () => {}): string {
  const dir = fresh('hf');
  const model = createLlama(config, 1);
  exportHuggingFace(model, dir);
  model.dispose();
  const path = join(dir, 'config.json');
  const cfg = JSON.parse(readFileSync(path, 'utf8'));
  edit(cfg);
  writeFileSync(path, JSON.stringify(cfg));
  return dir;
}

/** A safetensors file from raw header text and data bytes. */
function rawSafetensors(header: string, data: Uint8Array = new Uint8Array(0)): string {
  const path = join(fresh('raw'), 'x.safetensors');
  mkdirSync(join(path, '..'), { recursive: true });
  const h = Buffer.from(header, 'utf8');
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(h.length));
  writeFileSync(path, Buffer.concat([len, h, data]));
  return path;
}

const text = readFileSync(join(import.meta.dirname, '..', 'data', 'tinyshakespeare.txt'), 'utf8').slice(0, 6000);
const data = join(root, 'text.txt');
writeFileSync(data, text);
function options(overrides: Partial<TrainOptions> = {}): TrainOptions {
  return {
    data, runDir: fresh('run'),
    model: { dim: 16, nLayers: 1, nHeads: 2, nKvHeads: 1, multipleOf: 16, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 16, dropout: 0 },
    batchSize: 4, context: 16, steps: 4, learningRate: 1e-2, minLearningRate: 1e-3, warmupSteps: 1, weightDecay: 0.1, gradClip: 1, seed: 1,
    evalEvery: 4, evalWindows: 4, checkpointEvery: 4, sampleTokens: 0, samplePrompt: '\n', resume: false, log: () => {}, isTTY: false,
    ...overrides,
  };
}

describe('1. sizes from files and flags are checked before anything is allocated', () => {
  it('a config.json with num_hidden_layers 1000000 is refused against the file at once', () => {
    const dir = hfFolder((c) => {
      c.num_hidden_layers = 1_000_000;
      (c.shapetype as Record<string, unknown>).nLayers = 1_000_000;
    });
    const started = performance.now();
    expect(errorOf(() => importHuggingFace(dir))).toContain('holds 21 tensors but its config (num_hidden_layers 1000000) needs 9000003');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('vocab_size 1e999 says so, naming the file (not "got null")', () => {
    const dir = hfFolder();
    const path = join(dir, 'config.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"vocab_size":13', '"vocab_size":1e999'));
    expect(errorOf(() => importHuggingFace(dir))).toMatch(/config\.json: not valid JSON: the number 1e999 is out of range at line 1 column \d+/);
  });

  it('batch 200000, dim 8192 x 8 layers and context 100000 are refused with a memory estimate', () => {
    for (const o of [
      options({ batchSize: 200_000 }),
      options({ model: { ...options().model, dim: 8192, nHeads: 64, nKvHeads: 64 }, context: 16 }),
      options({ model: { ...options().model, dim: 8192, nLayers: 8, nHeads: 64, nKvHeads: 64 } }),
      options({ context: 100_000, model: { ...options().model, maxSeqLen: 100_000 } }),
    ]) {
      const message = errorOf(() => train(o));
      expect(message).toMatch(/^train: this run would need about [\d.]+ [GTPE]iB \([\d,]+ parameters .*\), over [\d.]+ [GM]iB \(.*\); lower --batch, --context, --dim or --layers$/);
      expect(existsSync(o.runDir)).toBe(false);
    }
  });

  it('/dev/zero, a FIFO-like non-file and an over-large data file are refused before reading', () => {
    expect(errorOf(() => loadCorpus('/dev/zero'))).toBe('data: /dev/zero: not a regular file (a training text must be one)');
    const dir = fresh('data');
    mkdirSync(dir);
    expect(errorOf(() => loadCorpus(dir))).toContain('not a regular file');
    const big = join(dir, 'big.txt');
    closeSync(openSync(big, 'w'));
    truncateSync(big, MAX_DATA_BYTES + 1); // sparse: nothing written
    expect(errorOf(() => loadCorpus(big))).toBe(`data: ${big}: ${MAX_DATA_BYTES + 1} bytes, over the ${MAX_DATA_BYTES}-byte limit for a training text`);
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x61, 0x62, 0xff, 0xfe, 0x63]));
    expect(errorOf(() => loadCorpus(binary))).toBe(`data: ${binary}: not valid UTF-8 text`);
  });
});

describe('2. diverging runs', () => {
  it('loss.svg has a bounded number of ticks and a bounded size for finite losses up to 1e300', () => {
    for (const top of [5, 1e5, 1e17, 1e300, Number.MAX_VALUE]) {
      const records = Array.from({ length: 200 }, (_, k) => ({ step: k + 1, time: k, trainLoss: k === 199 ? top : 4 - k / 100 }));
      const axis = lossAxis(records.map((r) => r.trainLoss));
      expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
      expect(axis.ticks.length).toBeLessThanOrEqual(10);
      const svg = lossCurveSvg(records, 'run');
      expect(svg.length).toBeLessThan(30_000);
      expect(svg).not.toContain('NaN');
    }
    // A healthy run: linear, nice ticks.
    const axis = lossAxis([4.17, 3.2, 2.5, 1.9]);
    expect(axis.log).toBe(false);
    expect(axis.ticks.map((t) => t.label)).toEqual(['1.5', '2', '2.5', '3', '3.5', '4', '4.5']);
    expect(lossAxis([4, 1e17]).log).toBe(true);
  });

  it('a loss that rises above 10x the first step\'s stops training like NaN, keeping the last good checkpoint', () => {
    // Plain SGD-sized steps would not do it; AdamW at lr 3 with no clipping blows the loss up within a few steps.
    const o = options({ steps: 60, learningRate: 3, minLearningRate: 3, warmupSteps: 0, gradClip: 0, checkpointEvery: 1, evalEvery: 100 });
    const message = errorOf(() => train(o));
    expect(message).toMatch(/^train: (the loss [\d.e+]+ at step \d+ is over 10 times the first step's [\d.]+: the run diverged|the loss became NaN at step \d+|the parameter .* became non-finite at step \d+); stopped, and the last good checkpoint \(step \d+\) in .* is kept\./);
    const loaded = loadCheckpoint(o.runDir);
    expect(Object.values(loaded.model.parameters()).every((p) => p.dataSync().every(Number.isFinite))).toBe(true);
    loaded.model.dispose();
    st.dispose(loaded.optimizerState?.slots);
  });

  it('a factor of 1.01 trips on the first rise, and with no checkpoint yet says so', () => {
    const o = options({ steps: 60, learningRate: 3, minLearningRate: 3, warmupSteps: 0, gradClip: 0, checkpointEvery: 1000, evalEvery: 1000, divergenceFactor: 1.01 });
    const message = errorOf(() => train(o));
    expect(message).toContain('stopped, and no checkpoint was saved yet (the first would have been at step 60)');
    expect(message).not.toContain('is kept');
    expect(existsSync(join(o.runDir, 'state.json'))).toBe(false);
  });
});

describe('3. text is tokenized by code points', () => {
  it('emoji are one character each, in training text and prompts; an unknown prompt character is named', () => {
    const t = CharTokenizer.fromText('ab😀c😀');
    expect(t.size).toBe(4);
    expect(Array.from(t.encode('😀a'))).toEqual([3, 0]);
    expect(t.decode(t.encode('c😀b'))).toBe('c😀b');
    expect(errorOf(() => t.encode('a🎉', '--prompt'))).toBe('tokenizer: --prompt has the character "🎉" (U+1F389), which is not in the vocabulary of 4 characters');
    expect(errorOf(() => t.encode('é'))).toContain('(U+00E9)');
    const emoji = join(root, 'emoji.txt');
    writeFileSync(emoji, text.slice(0, 3000).replace(/e/g, '😀'));
    const result = train(options({ data: emoji, steps: 2, checkpointEvery: 2, evalEvery: 2, sampleTokens: 5, samplePrompt: '😀' }));
    expect(result.steps).toBe(2);
    expect(result.sample?.startsWith('😀')).toBe(true);
  });
});

describe('4. strict safetensors headers', () => {
  const entry = (offsets: string, shape = '[2]'): string => `{"a":{"dtype":"F32","shape":${shape},"data_offsets":${offsets}}}`;
  const eight = new Uint8Array(8);
  it('a valid raw file reads', () => {
    expect(readSafetensors(rawSafetensors(entry('[0,8]'), eight)).tensors.a.shape).toEqual([2]);
  });
  it.each([
    ['0.0 as an offset', entry('[0.0,8]'), 'the number 0.0 is not a plain non-negative integer'],
    ['-0 as an offset', entry('[-0,8]'), 'the number -0 is not a plain non-negative integer'],
    ['65e0 as a dim', entry('[0,8]', '[2e0]'), 'the number 2e0 is not a plain non-negative integer'],
    ['a leading zero', entry('[0,08]'), 'a malformed number'],
    ['a duplicate key', `{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, 'duplicate key "a"'],
    ['a duplicate field', `{"a":{"dtype":"F32","shape":[2],"shape":[2],"data_offsets":[0,8]}}`, 'duplicate key "shape"'],
    ['an unknown dtype', `{"a":{"dtype":"F33","shape":[2],"data_offsets":[0,8]}}`, 'dtype "F33" is not supported'],
    ['a non-string metadata value', `{"__metadata__":{"k":1},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, "__metadata__ 'k' is not a string"],
    ['offsets past the data', entry('[0,16]', '[4]'), 'truncated'],
    ['a huge offset', entry('[0,99999999999999999999]'), 'not a plain non-negative integer'],
    ['trailing garbage', `${entry('[0,8]')}x`, 'after the end of the value'],
  ])('refuses %s', (_what, header, part) => {
    const path = rawSafetensors(header, eight);
    const message = errorOf(() => readSafetensors(path));
    expect(message).toContain(`safetensors ${path}`);
    expect(message).toContain(part);
  });
  it('refuses a header that is not valid UTF-8', () => {
    const path = rawSafetensors(entry('[0,8]'), eight);
    const bytes = readFileSync(path);
    bytes[10] = 0xff; // inside the JSON, in the key "a"'s quote
    writeFileSync(path, bytes);
    expect(errorOf(() => readSafetensors(path))).toBe(`safetensors ${path}: the header: not valid UTF-8 text`);
  });

  it('non-finite weights on import are an error naming the tensor', () => {
    const dir = hfFolder();
    const path = join(dir, 'model.safetensors');
    const tensors: Record<string, SafetensorsTensor> = { ...readSafetensors(path).tensors };
    const w = tensors['model.norm.weight'];
    if (w.dtype !== 'F32') throw new Error('expected floats');
    const data = new Float32Array(w.data);
    data[3] = Infinity;
    tensors['model.norm.weight'] = { dtype: 'F32', shape: w.shape, data };
    writeSafetensors(path, tensors);
    expect(errorOf(() => importHuggingFace(dir))).toBe(`${path}: tensor 'model.norm.weight' holds a non-finite value (Infinity at index 3)`);
  });

  it.each([
    ['rope_theta that disagrees with shapetype\'s', (c: Record<string, unknown>) => { c.rope_theta = 500000; }, 'ropeTheta 10000 but the Hugging Face fields say 500000'],
    ['rms_norm_eps 0', (c: Record<string, unknown>) => { c.rms_norm_eps = 0; }, 'normEps 0.00001 but the Hugging Face fields say 0'],
    ['a string for a number', (c: Record<string, unknown>) => { c.hidden_size = '16'; }, 'hidden_size must be a number, got "16"'],
    ['attention_dropout 1', (c: Record<string, unknown>) => { c.attention_dropout = 1; }, 'dropout 0 but the Hugging Face fields say 1'],
    ['hidden_act gelu', (c: Record<string, unknown>) => { c.hidden_act = 'gelu'; }, 'hidden_act is "gelu"'],
    ['tie_word_embeddings true', (c: Record<string, unknown>) => { c.tie_word_embeddings = true; }, 'tie_word_embeddings is true'],
    ['tie_word_embeddings "no"', (c: Record<string, unknown>) => { c.tie_word_embeddings = 'no'; }, 'tie_word_embeddings must be true or false'],
    ['rope_scaling {}', (c: Record<string, unknown>) => { c.rope_scaling = {}; }, 'rope_scaling is {}'],
    ['max_position_embeddings that disagrees', (c: Record<string, unknown>) => { c.max_position_embeddings = 4096; }, 'maxSeqLen 16 but the Hugging Face fields say 4096'],
    ['pretraining_tp 2', (c: Record<string, unknown>) => { c.pretraining_tp = 2; }, 'pretraining_tp is 2'],
  ])('an HF config with %s is refused', (_what, edit, part) => {
    const dir = hfFolder(edit);
    const message = errorOf(() => importHuggingFace(dir));
    expect(message).toContain(join(dir, 'config.json'));
    expect(message.replace('1e-5', '0.00001')).toContain(part);
  });
  it('without the shapetype block, rms_norm_eps 0 and attention_dropout 1 are refused too', () => {
    const strip = (c: Record<string, unknown>) => { delete c.shapetype; };
    expect(errorOf(() => importHuggingFace(hfFolder((c) => { strip(c); c.rms_norm_eps = 0; })))).toContain('normEps must be > 0, got 0');
    expect(errorOf(() => importHuggingFace(hfFolder((c) => { strip(c); c.attention_dropout = 1; })))).toContain('dropout must be in [0, 1), got 1');
  });
});

describe('4. optimizer files: missing, unknown or malformed slots or step are errors', () => {
  let dir = '';
  beforeAll(() => {
    dir = fresh('optimizer');
    train(options({ runDir: dir, steps: 2, checkpointEvery: 2, evalEvery: 2 }));
  });
  /** Rewrites optimizer.safetensors through edit and fixes state.json so only the optimizer check can object. */
  function withOptimizer(edit: (tensors: Record<string, { dtype: 'F32'; shape: number[]; data: Float32Array }>, metadata: Record<string, string>) => void): string {
    const copy = fresh('optimizer-edit');
    mkdirSync(copy);
    for (const f of readdirSync(dir)) writeFileSync(join(copy, f), readFileSync(join(dir, f)));
    const path = join(copy, 'optimizer.safetensors');
    const file = readSafetensors(path);
    const tensors: Record<string, { dtype: 'F32'; shape: number[]; data: Float32Array }> = {};
    for (const [k, t] of Object.entries(file.tensors)) if (t.dtype === 'F32') tensors[k] = { dtype: 'F32', shape: t.shape, data: t.data };
    const metadata = { ...file.metadata };
    edit(tensors, metadata);
    writeSafetensors(path, tensors, metadata);
    const statePath = join(copy, 'state.json');
    const state = JSON.parse(readFileSync(statePath, 'utf8'));
    const bytes = readFileSync(path);
    state.files['optimizer.safetensors'] = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    writeFileSync(statePath, JSON.stringify(state));
    return copy;
  }
  it.each([
    ['step ""', (_t: Record<string, unknown>, m: Record<string, string>) => { m.step = ''; }, 'metadata "step" must be a non-negative integer written in digits, got ""'],
    ['step "0x28"', (_t: Record<string, unknown>, m: Record<string, string>) => { m.step = '0x28'; }, 'got "0x28"'],
    ['no format', (_t: Record<string, unknown>, m: Record<string, string>) => { delete m.format; }, 'metadata "format" is undefined'],
    ['a missing slot', (t: Record<string, unknown>) => { delete t['model.norm.weight/v']; }, "optimizer slot 'model.norm.weight/v' is missing"],
    ['an unknown slot', (t: Record<string, unknown>) => { t['model.nothing/m'] = { dtype: 'F32', shape: [1], data: new Float32Array(1) }; }, "optimizer slot 'model.nothing/m' is not <parameter>/<slot>"],
    ['no slots at all', (t: Record<string, unknown>) => { for (const k of Object.keys(t)) delete t[k]; }, 'the optimizer took 2 steps but the file holds no slots'],
    ['truncated paramSteps', (_t: Record<string, unknown>, m: Record<string, string>) => { m.paramSteps = m.paramSteps.slice(0, 10); }, 'metadata "paramSteps": not valid JSON: '],
  ])('%s', (_what, edit, part) => {
    const copy = withOptimizer(edit);
    const message = errorOf(() => loadCheckpoint(copy));
    expect(message).toContain(join(copy, 'optimizer.safetensors'));
    expect(message).toContain(part);
  });
  it('a checkpoint past step 0 without its optimizer file does not resume', () => {
    const copy = withOptimizer(() => {});
    rmSync(join(copy, 'optimizer.safetensors'));
    const statePath = join(copy, 'state.json');
    const state = JSON.parse(readFileSync(statePath, 'utf8'));
    delete state.files['optimizer.safetensors'];
    writeFileSync(statePath, JSON.stringify(state));
    expect(errorOf(() => train(options({ runDir: copy, resume: true, steps: 4 })))).toContain("no " + join(copy, 'optimizer.safetensors') + "; resuming would restart AdamW's moments from zero");
  });
});


describe('5 and 6. the CLI: resume rules, numeric flags, and messages naming the file', () => {
  const common = ['--data', data, '--steps', '4', '--batch', '4', '--context', '16', '--dim', '16', '--layers', '1', '--heads', '2',
    '--eval-every', '2', '--eval-windows', '4', '--checkpoint-every', '2', '--sample-tokens', '0', '--seed', '7'];
  let out = '';
  let err = '';
  beforeAll(() => {
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      out += String(s);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      err += String(s);
      return true;
    });
  });
  afterAll(() => vi.restoreAllMocks());
  async function fails(args: string[]): Promise<string> {
    err = '';
    expect(await main(args)).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    return err.trim();
  }

  it('numeric flags take plain integers and decimals only, and name the flag', async () => {
    expect(await fails(['train', '--steps', '1e1'])).toBe("shapetype: --steps must be an integer (digits only), got '1e1'");
    expect(await fails(['train', '--batch', '0x10'])).toBe("shapetype: --batch must be an integer (digits only), got '0x10'");
    expect(await fails(['train', '--steps', ' 12 '])).toBe("shapetype: --steps must be an integer (digits only), got ' 12 '");
    expect(await fails(['train', '--steps', ''])).toBe("shapetype: --steps must be an integer (digits only), got ''");
    expect(await fails(['train', '--steps', '-1'])).toBe("shapetype: --steps must be at least 1, got '-1'");
    expect(await fails(['train', '--lr', '1e-3'])).toBe("shapetype: --lr must be a decimal number (like 0.002), got '1e-3'");
    expect(await fails(['train', '--dropout', '1'])).toBe("shapetype: --dropout must be less than 1, got '1'");
    expect(await fails(['sample', '--run', root, '--tokens', '-5'])).toBe("shapetype: --tokens must be at least 0, got '-5'");
  });

  it('train --help states the resume rules', async () => {
    out = '';
    expect(await main(['train', '--help'])).toBe(0);
    expect(out).toContain('resuming (--run DIR --resume) continues the run with the settings it was started with');
    expect(out).toContain('this invocation only: --max-minutes');
  });

  it('a resume keeps the run\'s settings, refuses to change them, and does not keep --max-minutes', async () => {
    const run = fresh('cli-run');
    expect(await main(['train', '--preset', 'smoke', '--run', run, ...common, '--max-minutes', '0'])).toBe(0);
    const steps = () => readFileSync(join(run, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((r) => r.trainLoss !== undefined).length;
    expect(steps()).toBe(1);
    for (const [flag, value] of [['--lr', '1000000'], ['--context', '8'], ['--dim', '32'], ['--batch', '2'], ['--seed', '8'], ['--data', join(root, 'other.txt')]]) {
      expect(await fails(['train', '--run', run, '--resume', flag, value])).toMatch(new RegExp(`^shapetype: ${flag} cannot change when resuming \\(the run has .*, given .*\\); a resumed run keeps`));
    }
    expect(await fails(['train', '--run', run, '--resume', '--preset', 'smoke'])).toContain('--preset does not apply with --resume');
    // The same value is fine; with no --max-minutes the resume runs to the end (the first one's 0 is not kept).
    out = '';
    expect(await main(['train', '--run', run, '--resume', '--lr', '0.003'])).toBe(0);
    expect(steps()).toBe(4);
    const result = readFileSync(join(run, 'result.json'), 'utf8');
    // A finished run does not resume (and result.json is left as it was), unless given more steps.
    expect(await fails(['train', '--run', run, '--resume'])).toContain('has finished: its checkpoint is at step 4 and the run has 4 steps; pass a larger --steps');
    expect(readFileSync(join(run, 'result.json'), 'utf8')).toBe(result);
    // A kill during a rewrite leaves a temporary file of a dead process: the next start removes it.
    writeFileSync(join(run, 'metrics.jsonl.tmp-999999999-0123456789ab'), 'partial');
    expect(await main(['train', '--run', run, '--resume', '--steps', '6'])).toBe(0);
    expect(readdirSync(run).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(steps()).toBe(6);
    const saved = JSON.parse(readFileSync(join(run, 'train-options.json'), 'utf8'));
    expect(saved.steps).toBe(6);
    expect(saved.learningRate).toBe(0.003);
  });

  it('truncated metrics.jsonl and train-options.json, and deeply nested JSON, name the file', async () => {
    const run = fresh('cli-bad');
    expect(await main(['train', '--preset', 'smoke', '--run', run, ...common, '--steps', '2'])).toBe(0);
    const metrics = join(run, 'metrics.jsonl');
    const lines = readFileSync(metrics, 'utf8').split('\n');
    // A last line cut short (a kill during an append) is dropped ...
    const cut = `${lines.join('\n').slice(0, -10)}`;
    writeFileSync(metrics, cut);
    expect(readMetrics(metrics, 100).length).toBe(lines.filter((l) => l !== '').length - 1);
    // ... one in the middle is an error naming the file and line.
    writeFileSync(metrics, `${lines[0].slice(0, 12)}\n${lines.slice(1).join('\n')}`);
    expect(errorOf(() => readMetrics(metrics, 100))).toMatch(new RegExp(`^${metrics.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} line 1: not valid JSON: .* \\(truncated\\?\\)`));
    const settings = join(run, 'train-options.json');
    writeFileSync(settings, readFileSync(settings, 'utf8').slice(0, 40));
    expect(await fails(['train', '--run', run, '--resume', '--steps', '4'])).toMatch(/^shapetype: .*train-options\.json: not valid JSON: .*truncated/);
    const state = join(run, 'state.json');
    writeFileSync(state, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(await fails(['sample', '--run', run])).toMatch(/^shapetype: .*state\.json: not valid JSON: nesting deeper than 64 levels at line 1 column \d+$/);
    expect(errorOf(() => parseStrictJson('{"a":', 'x.json'))).toBe('x.json: not valid JSON: expected a value, the text ends (truncated?) at line 1 column 6');
  });
});
