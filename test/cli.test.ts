// The command line as a user runs it: train, stop early, resume with no settings repeated, sample.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'shapetype-cli-'));
const data = join(dir, 'text.txt');
const common = ['--data', data, '--steps', '12', '--batch', '4', '--context', '16', '--dim', '32', '--layers', '1', '--heads', '4',
  '--kv-heads', '2', '--eval-every', '6', '--eval-windows', '8', '--checkpoint-every', '6', '--sample-tokens', '0', '--seed', '7'];
let output = '';

function trainLosses(run: string): number[] {
  return readFileSync(join(run, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    .filter((r) => typeof r.trainLoss === 'number').map((r) => r.trainLoss);
}

beforeAll(() => {
  writeFileSync(data, readFileSync(join(import.meta.dirname, '..', 'data', 'tinyshakespeare.txt'), 'utf8').slice(0, 20000));
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    output += String(s);
    return true;
  });
});
afterAll(() => vi.restoreAllMocks());

describe('shapetype CLI', () => {
  it('a run stopped early and resumed with only --run and --resume repeats the uninterrupted run exactly', async () => {
    const whole = join(dir, 'whole');
    const parts = join(dir, 'parts');
    expect(await main(['train', '--preset', 'smoke', '--run', whole, ...common])).toBe(0);
    // --max-minutes 0 stops after the first step, with a checkpoint.
    expect(await main(['train', '--preset', 'smoke', '--run', parts, ...common, '--max-minutes', '0'])).toBe(0);
    expect(trainLosses(parts)).toHaveLength(1);
    // It says that its schedule did not finish.
    expect(output).toContain('stopping at step 1 of 12, after 0 minutes (--max-minutes): the learning-rate schedule did not finish');
    expect(output).toContain('done: 1 steps (stopped early: the schedule has 12 steps and did not finish) in');
    expect(await main(['train', '--run', parts, '--resume', '--max-minutes', '100'])).toBe(0);
    expect(output).toContain(`resuming ${parts} at step 1`);
    const a = trainLosses(whole);
    expect(a).toHaveLength(12);
    expect(trainLosses(parts)).toEqual(a);
  });

  it('samples from a run folder, and says what is wrong with bad input', async () => {
    output = '';
    expect(await main(['sample', '--run', join(dir, 'whole'), '--prompt', 'ROMEO:', '--tokens', '20', '--seed', '3'])).toBe(0);
    expect(output.startsWith('ROMEO:')).toBe(true);
    expect(output.trim().length).toBeGreaterThanOrEqual(20);
    const errors: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      errors.push(String(s));
      return true;
    });
    expect(await main(['train', '--steps', 'many'])).toBe(1);
    expect(await main(['train', '--resume'])).toBe(1);
    expect(await main(['sample'])).toBe(1);
    expect(await main(['sample', '--run', join(dir, 'whole'), '--tokens', '100001'])).toBe(1);
    expect(await main(['train', '--sample-tokens', '9999999999'])).toBe(1);
    expect(await main(['bogus'])).toBe(2);
    spy.mockRestore();
    expect(errors.join('')).toContain("--steps must be an integer (digits only), got 'many'");
    expect(errors.join('')).toContain('--resume needs --run DIR');
    expect(errors.join('')).toContain('sample needs --run DIR');
    expect(errors.join('')).toContain("--tokens must be at most 100000, got '100001'");
    expect(errors.join('')).toContain("--sample-tokens must be at most 100000, got '9999999999'");
  });
});
