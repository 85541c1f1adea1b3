// The package as users get it: `npm pack`, the tarball unpacked into a fresh consumer project,
// a consumer program (test/consumer/main.ts: a custom model from the library's layers and
// modules, trained, saved and reloaded; a model with a typed list of layers and chained methods; a Hugging Face Llama folder, single and sharded, read with
// loadLlama; the training loop with a per-step callback) compiled with TypeScript 7 and 5.9 and
// no casts, then run. No network: the consumer's dependencies are this repository's installed
// node_modules, linked beside the unpacked package (npm's offline install needs registry metadata
// that `npm ci` does not cache).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockProblems, diagnostics, docBlocks, type DocBlock } from './doc-blocks.js';
import { escapesInText } from './helpers.js';

// Asynchronous, so the test worker keeps answering vitest while the compilers run.
const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'shapetype-package-'));
const consumer = join(work, 'consumer');
const installed = join(consumer, 'node_modules', 'shapetype');
const tsc7 = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const tsc59 = join(root, 'node_modules', '@tsd', 'typescript', 'typescript', 'bin', 'tsc');
let files: string[] = [];
// The shipped Markdown whose ```ts blocks are compiled: the README and the docs it links to.
const documents = ['README.md', 'docs/typing.md'];
let blocks: DocBlock[] = [];

afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  // npm pack runs the prepare script (the build), as a publish would.
  const packed = await run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
  const name = packed.stdout.trim().split('\n').pop() ?? '';
  mkdirSync(installed, { recursive: true });
  await run('tar', ['-xzf', join(work, name), '-C', installed, '--strip-components=1']);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== 'shapetype' && entry !== '.bin') symlinkSync(join(root, 'node_modules', entry), join(consumer, 'node_modules', entry));
  }
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // What the README asks of a project: strict, nodenext, skipLibCheck (for tfjs's own declarations).
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, skipLibCheck: true, types: ['node'], outDir: 'out' },
    files: ['main.ts'],
  }));
  copyFileSync(join(root, 'test', 'consumer', 'main.ts'), join(consumer, 'main.ts'));
  files = listFiles(installed).map((f) => relative(installed, f));
  // Each code block of the installed Markdown is a file of its own project (no emit, same options).
  blocks = documents.flatMap((doc) => docBlocks(readFileSync(join(installed, doc), 'utf8'), doc));
  mkdirSync(join(consumer, 'docs-blocks'));
  blocks.forEach((b, i) => writeFileSync(join(consumer, 'docs-blocks', `block${i}.ts`), b.program));
  writeFileSync(join(consumer, 'tsconfig.docs.json'), JSON.stringify({
    extends: './tsconfig.json', compilerOptions: { noEmit: true }, files: blocks.map((_, i) => `docs-blocks/block${i}.ts`),
  }));
}, 240_000);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

async function compile(tsc: string, emit: boolean): Promise<void> {
  try {
    await run(process.execPath, [tsc, '-p', '.', ...(emit ? [] : ['--noEmit'])], { cwd: consumer, encoding: 'utf8' });
  } catch (e) {
    const out = e instanceof Error && 'stdout' in e ? String(e.stdout) : String(e);
    throw new Error(`${relative(root, tsc)} failed on the consumer program:\n${out}`);
  }
}

/** The problems of every Markdown code block under one compiler (empty when all are right). */
async function docProblems(tsc: string, compiler: string): Promise<string[]> {
  let output = '';
  try {
    await run(process.execPath, [tsc, '-p', 'tsconfig.docs.json', '--pretty', 'false'], { cwd: consumer, encoding: 'utf8' });
  } catch (e) {
    output = e instanceof Error && 'stdout' in e ? String(e.stdout) : String(e);
  }
  const found = diagnostics(output);
  const unplaced = found.filter((d) => !/docs-blocks[/\\]block\d+\.ts$/.test(d.file)).map((d) => `${compiler}: ${d.file}(${d.line}): ${d.text}`);
  return [...unplaced, ...blocks.flatMap((b, i) => blockProblems(b, found.filter((d) => d.file.endsWith(`block${i}.ts`)), compiler))];
}

/** Relative imports of a built module, resolved to files. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g), ...text.matchAll(/import\('(\.[^']+)'\)/g)]
    .map((m) => resolve(dirname(file), m[1]));
}

describe('the packed package', () => {
  it('holds the build, the CLI, the data and every file the README links to', () => {
    expect(files).toContain('dist/src/index.js');
    expect(files).toContain('dist/src/index.d.ts');
    expect(files).toContain('bin/shapetype.js');
    expect(files).toContain('data/tinyshakespeare.txt');
    expect(files.some((f) => f.startsWith('test/'))).toBe(false);
    const readme = readFileSync(join(installed, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(existsSync(join(installed, link)), `README link ${link} ships in the tarball`).toBe(true);
  });

  it('every ts code block of the README and docs/typing.md compiles against the package (TypeScript 7 and 5.9), or fails with its marked sentence', async () => {
    const readme = blocks.filter((b) => b.where.startsWith('README.md'));
    expect(readme.length).toBeGreaterThanOrEqual(2);
    expect(blocks.some((b) => b.expected.size > 0)).toBe(true);
    for (const b of blocks) expect(escapesInText(b.program, b.where)).toEqual([]);
    const [ts59, ts7] = await Promise.all([docProblems(tsc59, 'TypeScript 5.9'), docProblems(tsc7, 'TypeScript 7')]);
    expect([...ts59, ...ts7]).toEqual([]);
  });

  it("importing 'shapetype' does not load the CLI", () => {
    const seen = new Set<string>();
    const queue = [join(installed, 'dist', 'src', 'index.js')];
    while (queue.length > 0) {
      const file = queue.pop() ?? '';
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...importsOf(file));
    }
    const cli = [...seen].map((f) => relative(installed, f)).filter((f) => f.startsWith('dist/src/cli/') && f !== 'dist/src/cli/presets.js');
    expect(seen.size).toBeGreaterThan(30);
    expect(cli).toEqual([]);
  });

  it('a consumer program compiles with TypeScript 7 and 5.9, with no casts, and runs', async () => {
    const source = readFileSync(join(consumer, 'main.ts'), 'utf8');
    expect(escapesInText(source, 'test/consumer/main.ts')).toEqual([]);
    await Promise.all([compile(tsc59, false), compile(tsc7, true)]);
    mkdirSync(join(consumer, 'work'));
    const { stdout } = await run(process.execPath, [join(consumer, 'out', 'main.js'), join(consumer, 'work')], { cwd: consumer, encoding: 'utf8' });
    const r: unknown = JSON.parse(stdout.trim().split('\n').pop() ?? '');
    expect(r).toMatchObject({
      names: ['embed.weight', 'fc1.weight', 'fc2.weight'], weightShape: [8, 16],
      hfMaxDiff: 0, hfLogitsShape: [1, 4, 11], shardMaxDiff: 0,
      trainSteps: [1, 2, 3], trainResultSteps: 3, roundTrip: 'to be',
    });
    const o = r as { firstLoss: number; lastLoss: number; reloadedLoss: number; trainedLoss: number; generated: number[]; generatedAgain: number[] };
    expect(o.lastLoss).toBeLessThan(o.firstLoss / 4);
    expect(r).toMatchObject({ resNames: ['embed.weight', 'blocks.0.weight', 'blocks.1.weight', 'head.weight'], resBlockShape: [8, 8] });
    const res = r as { resFirstLoss: number; resLastLoss: number };
    expect(res.resLastLoss).toBeLessThan(res.resFirstLoss / 2);
    expect(o.reloadedLoss).toBe(o.trainedLoss);
    expect(o.generated).toEqual(o.generatedAgain);
    expect(o.generated).toHaveLength(5);
    expect(readdirSync(join(consumer, 'work', 'run')).sort()).toEqual(expect.arrayContaining(['model.safetensors', 'config.json', 'state.json', 'result.json', 'train-options.json']));
  });
});
