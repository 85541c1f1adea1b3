// The diagnostics commands on a small saved checkpoint: the pictures they write, bad input.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as st from '../src/index.js';
import { main } from '../src/cli/cli.js';
import { saveCheckpoint } from '../src/io/checkpoint.js';
import { readSafetensors, writeSafetensors, type WritableTensor } from '../src/io/safetensors.js';
import { probeConfig, probeModel } from './broken-models.js';

const dir = mkdtempSync(join(tmpdir(), 'shapetype-diag-cli-'));
const run = join(dir, 'run');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  const model = probeModel(7, { ...probeConfig, ropeTheta: 500 });
  saveCheckpoint(run, { model, step: 0, rngState: 0, extra: { tokenizer: 'abcdefghijklmnopq' } });
  model.dispose();
});

/** Runs the CLI, capturing what it prints. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('shapetype inspect', () => {
  it('draws the RoPE table of the run: maxSeqLen rows, headDim columns', async () => {
    const out = join(dir, 'rope.png');
    const r = await cli(['inspect', '--run', run, '--rope', '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/RoPE table, 12 positions \(rows\) x 2 cosines then 2 sines \(columns\), theta 500/);
    const img = st.readPng(readFileSync(out));
    // 12 rows x 4 columns at 32 px per value, then the colour bar.
    expect(img.height).toBe(12 * 32);
    expect(img.width).toBe(4 * 32 + 16 + 32);
  });

  it('draws a weight matrix by its Hugging Face name', async () => {
    const out = join(dir, 'wq.png');
    const r = await cli(['inspect', '--run', run, '--weight', 'model.layers.1.self_attn.k_proj.weight', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/model\.layers\.1\.self_attn\.k_proj\.weight \[16, 8\]/);
    expect(st.readPng(readFileSync(out)).height).toBe(16 * 32);
  });

  it('names what is wrong with its flags', async () => {
    expect((await cli(['inspect', '--rope', '--out', 'x.png'])).err).toMatch(/inspect needs --run DIR/);
    expect((await cli(['inspect', '--run', run, '--rope'])).err).toMatch(/inspect needs --out FILE\.png/);
    expect((await cli(['inspect', '--run', run, '--out', 'x.png'])).err).toMatch(/exactly one of/);
    const r = await cli(['inspect', '--run', run, '--weight', 'nope', '--out', join(dir, 'x.png')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--weight: the model has no parameter 'nope'; it has: model\.embed_tokens\.weight/);
  });
});

describe('shapetype train --check and --grad-report', () => {
  it('runs the checks before training and reports gradient flow every N steps', async () => {
    const r = await cli(['train', '--preset', 'smoke', '--steps', '2', '--run', join(dir, 'checked'), '--check', '--grad-report', '1',
      '--sample-tokens', '0', '--eval-windows', '4', '--batch', '2', '--context', '8']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const checks = r.out.indexOf('checks (--check):');
    expect(checks).toBeGreaterThan(-1);
    expect(r.out).toMatch(/causality: ok: logits at positions <= t never moved/);
    expect(r.out).toMatch(/eval determinism: ok/);
    expect(r.out).toMatch(/wasted computation: ok: no linear map is fed directly/);
    expect(r.out).toMatch(/gradient flow: ok: every parameter gets a gradient and moves; loss [0-9.]+ -> [0-9.]+ over 10 steps/);
    // The checks come before the first training step; then one report per step.
    expect(checks).toBeLessThan(r.out.indexOf('step 1/2'));
    expect(r.out.match(/gradient flow over 1 steps/g)?.length).toBe(2);
    expect(r.out).toMatch(/model\.layers\.1\.mlp\.down_proj\.weight +[0-9.e-]+ \/ [0-9.e-]+ +[0-9.e-]+ +[0-9.e-]+ -> [0-9.e-]+/);
  });

  it('refuses a --grad-report that is not a positive integer', async () => {
    const r = await cli(['train', '--preset', 'smoke', '--grad-report', '0', '--run', join(dir, 'never')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--grad-report/);
  });
});

describe('shapetype inspect --prompt', () => {
  it('draws one head\'s attention over the prompt: zero above the diagonal, the first query all on itself', async () => {
    const out = join(dir, 'attn.png');
    const r = await cli(['inspect', '--run', run, '--prompt', 'abcab', '--layer', '1', '--head', '3', '--out', out]);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/attention of layer 1 head 3 over 5 tokens "abcab"/);
    const img = st.readPng(readFileSync(out));
    expect(img.height).toBe(5 * 32);
    // Above the diagonal the weight is 0: viridis' darkest colour; row 0 attends only to itself (1: yellow).
    const at = (x: number, y: number): number[] => [...img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 3)];
    expect(at(4 * 32 + 1, 1)).toEqual([68, 1, 84]);
    expect(at(1, 1)).toEqual([253, 231, 37]);
  });

  it('names a layer or head the model does not have', async () => {
    const r = await cli(['inspect', '--run', run, '--prompt', 'ab', '--layer', '2', '--head', '0', '--out', join(dir, 'x.png')]);
    expect(r.err).toMatch(/--layer/);
    const h = await cli(['inspect', '--run', run, '--prompt', 'ab', '--layer', '0', '--head', '4', '--out', join(dir, 'x.png')]);
    expect(h.err).toMatch(/--head/);
  });
});

describe('shapetype compare', () => {
  const fixture = join(import.meta.dirname, 'fixtures', 'reference', 'gqa');
  it('prints each activation\'s error against the reference and agrees on the shipped fixture', async () => {
    const r = await cli(['compare', '--model', fixture, '--reference', join(fixture, 'reference.safetensors')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/layers\.2\.mlp +[0-9.e-]+ +[0-9.e-]+\n/);
    expect(r.out).toMatch(/all 9 activations agree with the reference within 1\.00e-4/);
  });

  it('names the first layer that differs (weights of block 2\'s MLP changed) and exits 1', async () => {
    const changed = join(dir, 'changed');
    mkdirSync(changed, { recursive: true });
    copyFileSync(join(fixture, 'config.json'), join(changed, 'config.json'));
    const { tensors } = readSafetensors(join(fixture, 'model.safetensors'));
    const out: Record<string, WritableTensor> = {};
    for (const [name, t] of Object.entries(tensors)) out[name] = { dtype: 'F32', shape: t.shape, data: Float32Array.from(t.data, (x) => (name === 'model.layers.2.mlp.up_proj.weight' ? x * 1.01 : x)) };
    writeSafetensors(join(changed, 'model.safetensors'), out);
    const r = await cli(['compare', '--model', changed, '--reference', join(fixture, 'reference.safetensors')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/layers\.2\.attention +[0-9.e-]+ +[0-9.e-]+\nlayers\.2\.mlp +[0-9.e-]+ +[0-9.e-]+   <- first difference/);
    expect(r.err).toMatch(/compare: layers\.2\.mlp differs from the reference/);
  });

  it('names what is missing', async () => {
    expect((await cli(['compare', '--reference', 'x'])).err).toMatch(/compare needs --model DIR/);
    expect((await cli(['compare', '--model', fixture])).err).toMatch(/compare needs --reference DUMP/);
    expect((await cli(['compare', '--model', fixture, '--reference', join(fixture, 'model.safetensors')])).err).toMatch(/needs an int32 'tokens' tensor/);
  });
});
