// The command line as users expect it: each command's --help lists its own flags with defaults
// (generated from the flag tables), an unknown command says so on stderr with exit 2, and
// `export` writes a Hugging Face folder whose tokenizer a Hugging Face library reads and which
// `sample --run` samples from exactly as from the run itself.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/cli.js';
import { importHuggingFace } from '../src/io/checkpoint.js';
import { CharTokenizer } from '../src/text/tokenizer.js';

const dir = mkdtempSync(join(tmpdir(), 'shapetype-cli-commands-'));
const data = join(dir, 'text.txt');
const run = join(dir, 'run');
const out = join(dir, 'hf');
let stdout = '';
let stderr = '';

beforeAll(() => {
  writeFileSync(data, readFileSync(join(import.meta.dirname, '..', 'data', 'tinyshakespeare.txt'), 'utf8').slice(0, 8000));
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
});
afterEach(() => {
  stdout = '';
  stderr = '';
});
afterAll(() => vi.restoreAllMocks());

/** The flag names a help text lists (`--name` at the start of a line). */
const listedFlags = (help: string): string[] => [...help.matchAll(/^ {2}--([\w-]+)/gm)].map((m) => m[1]);
/** The help line of one flag. */
const lineOf = (help: string, flag: string): string => help.split('\n').find((l) => l.startsWith(`  --${flag} `) || l === `  --${flag}`) ?? '';

describe('help', () => {
  it('train --help lists its flags with the presets\' defaults', async () => {
    expect(await main(['train', '--help'])).toBe(0);
    const flags = listedFlags(stdout);
    expect(flags).toContain('steps');
    expect(flags).toContain('kv-heads');
    expect(flags).toContain('resume');
    expect(flags).not.toContain('tokens');
    // The defaults shown are the presets' own values.
    const { presets } = await import('../src/cli/presets.js');
    expect(lineOf(stdout, 'steps')).toContain(`(default: ${presets.default.steps}; `);
    expect(lineOf(stdout, 'steps')).toContain(`smoke preset: ${presets.smoke.steps}`);
    expect(lineOf(stdout, 'lr')).toContain(`smoke preset: ${presets.smoke.learningRate}`);
  });

  it('sample --help and export --help list their own flags, with defaults', async () => {
    expect(await main(['sample', '--help'])).toBe(0);
    expect(listedFlags(stdout)).toEqual(['run', 'prompt', 'tokens', 'temperature', 'top-k', 'seed', 'no-cache', 'backend', 'help']);
    expect(lineOf(stdout, 'tokens')).toContain('(default: 300)');
    expect(lineOf(stdout, 'prompt')).toContain('(default: "\\n")');
    stdout = '';
    expect(await main(['export', '--help'])).toBe(0);
    expect(listedFlags(stdout)).toEqual(['run', 'out', 'backend', 'help']);
    expect(stdout).toContain('tokenizer.json');
  });

  it('shapetype --help lists the commands; an unknown command is named on stderr, exit 2', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(stdout).toMatch(/^ {2}train /m);
    expect(stdout).toMatch(/^ {2}export /m);
    expect(stdout).toMatch(/^ {2}compare /m);
    expect(stdout).toMatch(/^ {2}inspect /m);
    stdout = '';
    expect(await main(['trian', '--steps', '3'])).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("shapetype: unknown command 'trian'; commands: train, sample, export, inspect, compare (shapetype --help)\n");
    stderr = '';
    expect(await main(['constructor'])).toBe(2);
    expect(stderr).toContain("unknown command 'constructor'");
  });
});

describe('export', () => {
  beforeAll(async () => {
    const tiny = ['--data', data, '--steps', '3', '--batch', '2', '--context', '16', '--dim', '32', '--layers', '1', '--heads', '4',
      '--eval-every', '3', '--eval-windows', '4', '--checkpoint-every', '3', '--sample-tokens', '0', '--seed', '5'];
    expect(await main(['train', '--preset', 'smoke', '--run', run, ...tiny])).toBe(0);
  }, 120_000);

  it('writes config, weights and a tokenizer that the Hugging Face tokenizers library reads', async () => {
    expect(await main(['export', '--run', run, '--out', out])).toBe(0);
    for (const f of ['config.json', 'model.safetensors', 'tokenizer.json', 'tokenizer_config.json']) expect(existsSync(join(out, f)), f).toBe(true);
    const state = JSON.parse(readFileSync(join(run, 'state.json'), 'utf8'));
    const ours = new CharTokenizer(state.extra.tokenizer);
    const hf = new Tokenizer(JSON.parse(readFileSync(join(out, 'tokenizer.json'), 'utf8')), JSON.parse(readFileSync(join(out, 'tokenizer_config.json'), 'utf8')));
    const text = readFileSync(data, 'utf8').slice(100, 400);
    const encoded = hf.encode(text);
    expect(encoded.ids).toEqual([...ours.encode(text)]);
    expect(hf.decode(encoded.ids)).toBe(text);
    // The weights are the checkpoint's: the exported folder imports to the same config.
    const { config, model } = importHuggingFace(out);
    expect(config.vocabSize).toBe(ours.size);
    model.dispose();
  });

  it('sample --run reads the exported folder and gives the run\'s own text', async () => {
    const flags = ['--prompt', 'ROMEO:', '--tokens', '24', '--seed', '9'];
    expect(await main(['sample', '--run', run, ...flags])).toBe(0);
    const fromRun = stdout;
    stdout = '';
    expect(await main(['sample', '--run', out, ...flags])).toBe(0);
    expect(stdout).toBe(fromRun);
    expect(fromRun.length).toBe('ROMEO:'.length + 24 + 1);
  });

  it('says what is wrong: no --out, an --out that is a run folder, a folder that is neither', async () => {
    expect(await main(['export', '--run', run])).toBe(1);
    expect(stderr).toContain('export needs --out DIR');
    expect(await main(['export', '--run', run, '--out', run])).toBe(1);
    expect(stderr).toContain('is a run folder (it holds state.json); export to another folder');
    expect(await main(['sample', '--run', dir])).toBe(1);
    expect(stderr).toContain(`${dir}: neither a run folder (no state.json) nor an exported model folder (no tokenizer.json)`);
  });
});
