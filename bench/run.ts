// npm run bench: one table, every row measured in this run, the implementations taking turns
// (round after round) so that a busy spell on a shared machine does not land on one of them only.
//   - the typed model (shapetype) vs the same Llama in plain tfjs on the same wasm backend
//     (bench/child-raw-tfjs.ts) vs PyTorch (bench/child_torch.py, when /usr/bin/python3 has torch):
//     training step, forward tokens/s, sampling tokens/s with and without the KV cache;
//   - a scaling table of the typed training step (dim, layers, context, batch: 4 sizes each);
//   - `tsc --noEmit -p .` time of the project; tensor count and peak RSS over 1,000 steps.
// Figures are medians over steps after warm-up. Prints markdown and writes JSON
// (runs/bench-<time>.json, or --json=PATH).
//
// Usage: npm run bench [-- --quick] [--rounds=3] [--json=PATH]
//   --quick  one round, fewer steps, a 200-step leak run (about 3 minutes on a quiet 2-core machine)
//   --skip-scaling  no scaling table
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const num = (name: string, fallback: number): number => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  const v = a === undefined ? fallback : Number(a.slice(name.length + 3));
  if (!Number.isInteger(v) || v < 1) throw new Error(`bench: --${name} must be a positive integer, got '${a}'`);
  return v;
};
const rounds = num('rounds', quick ? 1 : 3);
const steps = quick ? 5 : 10;
const python = '/usr/bin/python3';
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

type Json = Record<string, unknown>;
function child(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Json {
  const run = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env, maxBuffer: 16 * 1024 * 1024 });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0) throw new Error(`bench: ${args.join(' ')} exited with ${run.status}:\n${run.stderr.slice(-2000)}`);
  return JSON.parse(line) as Json;
}
const ts = (file: string, args: string[]): Json => child(process.execPath, [tsx, join('bench', file), ...args]);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const nums = (x: unknown): number[] => (Array.isArray(x) ? x.filter((v): v is number => typeof v === 'number') : typeof x === 'number' ? [x] : []);
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');

const torchCheck = spawnSync(python, ['-c', 'import torch'], { encoding: 'utf8' });
const haveTorch = torchCheck.status === 0;
const B = 16, T = 64, sampleTokens = quick ? 32 : 64;
const base = [`--B=${B}`, `--T=${T}`, '--D=128', '--L=4', '--H=8', `--sample-tokens=${sampleTokens}`];
const loads: string[] = [load()];
const collected: Record<string, Json[]> = { typed: [], raw: [], torch: [] };
for (let r = 0; r < rounds; r++) {
  process.stderr.write(`round ${r + 1}/${rounds} (load ${load()}): typed`);
  collected.typed.push(ts('child-typed.ts', [...base, '--warmup=3', `--steps=${steps}`]));
  process.stderr.write(', plain tfjs');
  // The plain model is ~10x slower per step: fewer steps keep its turn comparable in length.
  collected.raw.push(ts('child-raw-tfjs.ts', [...base, '--warmup=1', `--steps=${Math.max(2, steps / 5)}`]));
  if (haveTorch) {
    process.stderr.write(', PyTorch');
    collected.torch.push(child(python, [join('bench', 'child_torch.py'), ...base, '--warmup=3', `--steps=${steps}`], { ...process.env }));
  }
  process.stderr.write('\n');
  loads.push(load());
}
const figures = (list: Json[]): Json | undefined => {
  if (list.length === 0) return undefined;
  const pooled = (key: string): number => median(list.flatMap((j) => nums(j[key])));
  const stepMs = pooled('stepMs');
  const forwardMs = pooled('forwardMs');
  return {
    stepMs, trainTokensPerSecond: (B * T * 1000) / stepMs, forwardTokensPerSecond: (B * T * 1000) / forwardMs,
    sampleCachedTokensPerSecond: (sampleTokens * 1000) / pooled('sampleCachedMs'),
    sampleUncachedTokensPerSecond: (sampleTokens * 1000) / pooled('sampleUncachedMs'),
  };
};
const typed = figures(collected.typed);
const raw = figures(collected.raw);
const torch = figures(collected.torch);

// Scaling: the typed step, one dim changed at a time from the default.
const scaling: Json[] = [];
const sizes: [string, string, number[]][] = [['dim', 'D', [64, 128, 192, 256]], ['layers', 'L', [2, 4, 6, 8]], ['context', 'T', [32, 64, 128, 256]], ['batch', 'B', [4, 8, 16, 32]]];
process.stderr.write('scaling');
// --skip-scaling leaves the scaling table out (when time is short).
for (const [what, key, values] of argv.includes('--skip-scaling') ? [] : sizes) {
  for (const v of values) {
    const cfg: Record<string, number> = { B, T, D: 128, L: 4, H: 8 };
    cfg[key] = v;
    const j = ts('child-typed.ts', [...Object.entries(cfg).map(([k, x]) => `--${k}=${x}`), '--step-only', '--warmup=1', `--steps=${quick ? 2 : 3}`]);
    const ms = median(nums(j.stepMs));
    scaling.push({ what, value: v, ...cfg, params: j.params, stepMs: ms, tokensPerSecond: (cfg.B * cfg.T * 1000) / ms });
    process.stderr.write('.');
  }
}
process.stderr.write('\n');

// The compiler on the project, and a long run's tensors and memory.
const t0 = performance.now();
const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.'], { cwd: root, encoding: 'utf8' });
const tscSeconds = (performance.now() - t0) / 1000;
process.stderr.write(`long run (${quick ? 200 : 1000} steps, load ${load()})\n`);
const leak = ts('child-leak.ts', ['--B=8', '--T=32', '--D=64', '--L=2', '--H=4', '--V=65', `--steps=${quick ? 200 : 1000}`]);
loads.push(load());

const result = {
  date: new Date().toISOString(), machine: `${cpus().length} x ${cpus()[0]?.model ?? '?'}`, node: process.version, loads, rounds, quick,
  config: { B, T, D: 128, L: 4, H: 8, V: 65, params: collected.typed[0]?.params }, kernels: collected.typed[0]?.kernels,
  typed, plainTfjs: raw, pytorch: torch ?? null, pytorchNote: haveTorch ? `torch ${String(collected.torch[0]?.torch)}, 1 torch thread` : 'not installed',
  ratios: { typedOverPytorch: torch ? Number(typed?.stepMs) / Number(torch.stepMs) : null, typedOverPlainTfjs: Number(typed?.stepMs) / Number(raw?.stepMs) },
  scaling, tsc: { seconds: tscSeconds, ok: tsc.status === 0 }, longRun: leak,
};

const f = (x: unknown, d = 0): string => (typeof x === 'number' && Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : '—');
const rowOf = (name: string, key: string, d = 0): string => `| ${name} | ${f(typed?.[key], d)} | ${f(raw?.[key], d)} | ${torch ? f(torch[key], d) : 'not installed'} |`;
const lines = [
  `shapetype bench, ${result.date}: ${result.machine}, Node ${result.node}, load ${loads.join(' / ')} (1, 5, 15 min averages at each stage)`,
  `default config B${B} T${T} D128 L4 H8 V65 (${f(result.config.params)} params); medians over ${rounds} interleaved round(s); kernels ${JSON.stringify(result.kernels)}`,
  '',
  '| figure | typed (shapetype) | plain tfjs, same backend | PyTorch |',
  '|---|---|---|---|',
  rowOf('training step, ms', 'stepMs', 1),
  rowOf('training tokens/s', 'trainTokensPerSecond'),
  rowOf('forward tokens/s', 'forwardTokensPerSecond'),
  `| sampling tokens/s, KV cache | ${f(typed?.sampleCachedTokensPerSecond)} | — | ${torch ? f(torch.sampleCachedTokensPerSecond) : 'not installed'} |`,
  `| sampling tokens/s, no cache | ${f(typed?.sampleUncachedTokensPerSecond)} | — | ${torch ? f(torch.sampleUncachedTokensPerSecond) : 'not installed'} |`,
  '',
  `typed/PyTorch step time: **${f(result.ratios.typedOverPytorch, 2)}** (goal <= 1.6); typed/plain tfjs: **${f(result.ratios.typedOverPlainTfjs, 3)}** (goal <= 0.5)`,
  haveTorch ? '' : `PyTorch row skipped: install it with \`apt-get install -y python3-torch libopenblas0-pthread\` (then ${python} -c "import torch" works).`,
  '',
  '| scaling (typed step) | value | params | ms/step | tokens/s |',
  '|---|---|---|---|---|',
  ...scaling.map((s) => `| ${String(s.what)} | ${String(s.value)} | ${f(s.params)} | ${f(s.stepMs, 1)} | ${f(s.tokensPerSecond)} |`),
  '',
  `tsc --noEmit -p . (the project): ${f(tscSeconds, 1)} s${tsc.status === 0 ? '' : ' (type errors!)'}`,
  `long run, ${f(leak.steps)} steps of a small model: tensors ${JSON.stringify(leak.counts)} (${leak.flat === true ? 'flat' : 'GROWING'}), peak RSS ${f(leak.peakRssMB)} MB`,
];
console.log(lines.join('\n'));
const jsonArg = argv.find((x) => x.startsWith('--json='));
const jsonPath = jsonArg ? jsonArg.slice(7) : join(root, 'runs', `bench-${result.date.replace(/[:.]/g, '-')}.json`);
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, JSON.stringify({ ...result, table: lines }, null, 2));
console.log(`\nJSON: ${jsonPath}`);
if (leak.flat !== true || collected.typed.some((j) => j.tensorsFlat !== true)) process.exitCode = 1;
