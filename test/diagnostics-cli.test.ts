// The diagnostics commands on a small saved checkpoint: the pictures they write, bad input.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as st from '../src/index.js';
import { main } from '../src/cli/cli.js';
import { saveCheckpoint } from '../src/io/checkpoint.js';
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
