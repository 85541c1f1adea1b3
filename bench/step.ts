// Speed of one Llama training step (forward + backward + global-norm clip + AdamW) on the default
// backend (wasm unless SHAPETYPE_BACKEND says otherwise): ms per step and tokens per second.
// Seeded (weights and batch), 3 warm-up steps, then N timed steps; checks that the engine's
// tensor count stays flat across steps (a leak would grow it) and exits 1 when it does not.
//
// Usage: npx tsx bench/step.ts [--B=16] [--T=64] [--D=128] [--L=4] [--H=8] [--KV=8] [--steps=10] [--V=65] [--json]
// Every flag may also be given as an environment variable of the same name (B=32 T=32 npx tsx bench/step.ts).
// Kernel switches (see src/ops/kernels.ts): SHAPETYPE_NO_KERNELS=1 (plain tfjs products),
// SHAPETYPE_RELAXED_SIMD=0 (no fused multiply-adds), SHAPETYPE_THREADS=0 (one thread).
import * as st from '../src/index.js';
import { benchTrainingStep } from './common.js';
import { kernelInfo } from '../src/ops/kernels.js';

function flag(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const text = arg ? arg.slice(name.length + 3) : process.env[name];
  if (text === undefined || text === '') return fallback;
  const v = Number(text);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`bench:step: --${name} must be a positive integer, got '${text}'`);
  return v;
}

const B = flag('B', 16);
const T = flag('T', 64);
const D = flag('D', 128);
const L = flag('L', 4);
const H = flag('H', 8);
const KV = flag('KV', H);
const V = flag('V', 65);
const steps = flag('steps', 10);
const warmup = 3;
const json = process.argv.includes('--json');

const { model, step, dispose } = benchTrainingStep({ B, T, D, L, H, KV, V });

const counts: number[] = [];
let first = 0;
for (let i = 0; i < warmup; i++) {
  const loss = step();
  if (i === 0) first = loss;
  counts.push(st.memory().numTensors);
}
const times: number[] = [];
let last = 0;
for (let i = 0; i < steps; i++) {
  const t0 = performance.now();
  last = step();
  times.push(performance.now() - t0);
  counts.push(st.memory().numTensors);
}

const sorted = [...times].sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const median = sorted[Math.floor(sorted.length / 2)];
const tokens = B * T;
// After the first step the optimizer's slots exist; from then on the count must not move.
const flat = counts.slice(1).every((c) => c === counts[1]);
const result = {
  backend: st.getDefaultBackend(), B, T, D, L, H, KV, V, params: model.parameterCount(), steps,
  msPerStepMean: Number(mean.toFixed(1)), msPerStepMedian: Number(median.toFixed(1)), msMin: Number(sorted[0].toFixed(1)),
  tokensPerSecond: Math.round((tokens * 1000) / median), firstLoss: Number(first.toFixed(4)), lastLoss: Number(last.toFixed(4)),
  numTensors: counts[counts.length - 1], tensorsFlat: flat, kernels: kernelInfo(),
};
console.log(
  `${result.backend} B${B} T${T} D${D} L${L} H${H} KV${KV} V${V} (${result.params} params): ` +
    `${result.msPerStepMedian} ms/step median (mean ${result.msPerStepMean}, min ${result.msMin}), ` +
    `${result.tokensPerSecond} tokens/s; loss ${result.firstLoss} -> ${result.lastLoss}; ` +
    `tensors ${flat ? 'flat' : 'GROWING'} at ${result.numTensors}; ` +
    `SIMD kernels ${result.kernels.active ? `on (fma ${result.kernels.fma ? 'on' : 'off'}, 2nd thread ${result.kernels.threads ? 'on' : 'off'})` : 'off'}`,
);
if (json) console.log(JSON.stringify(result));
dispose();
if (!flat) {
  console.error(`bench:step: tensor count not flat across steps: ${counts.join(', ')}`);
  process.exit(1);
}
