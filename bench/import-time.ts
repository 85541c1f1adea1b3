// What `import 'shapetype'` costs: wall time of a fresh Node process that imports the built package
// and exits, next to one that imports nothing and one that imports only tfjs and its wasm backend
// (what shapetype adds on top of them), plus the time of the import itself measured inside the
// process. Median of N runs of each, run interleaved so machine load hits all three alike.
//
// Usage: npm run build && npx tsx bench/import-time.ts [--runs=7]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const dist = join(root, 'dist', 'src', 'index.js');
if (!existsSync(dist)) throw new Error(`bench:import: ${dist} is missing; run npm run build first`);
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = runsArg ? Number(runsArg.slice(7)) : 7;
if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench:import: --runs must be a positive integer, got '${runsArg}'`);

/** A program that imports `what` (nothing when empty) and prints how long the import took. */
const program = (what: string[]): string =>
  `const t0 = performance.now(); ${what.map((w) => `await import(${JSON.stringify(w)});`).join(' ')} ` +
  'console.log(JSON.stringify({ importMs: performance.now() - t0 }));';
const cases = {
  'node, no import': program([]),
  'tfjs + tfjs-backend-wasm, then tf.ready()': program(['@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm']).replace(
    'console.log', "await (await import('@tensorflow/tfjs')).setBackend('wasm'); console.log"),
  'shapetype (dist)': program([pathToFileURL(dist).href]),
};

const results = new Map<string, { wall: number[]; inside: number[] }>(Object.keys(cases).map((k) => [k, { wall: [], inside: [] }]));
for (let i = 0; i < runs; i++) {
  for (const [name, code] of Object.entries(cases)) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
    const wall = performance.now() - t0;
    if (r.status !== 0) throw new Error(`bench:import: '${name}' failed: ${r.stderr}`);
    const entry = results.get(name);
    entry?.wall.push(wall);
    entry?.inside.push(JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}').importMs);
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg()[0].toFixed(2)}, median of ${runs} runs`);
console.log('| program | process wall ms | import ms (inside) |');
console.log('|---|---|---|');
for (const [name, r] of results) console.log(`| ${name} | ${median(r.wall).toFixed(0)} | ${median(r.inside).toFixed(0)} |`);
