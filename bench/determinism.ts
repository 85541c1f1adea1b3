// Stress test of bit-reproducibility on the default backend, on a machine made busy on purpose.
//   1. Repeated gradients: one loss + gradient computation of the default model on a fixed batch,
//      N times in this process; every result (loss and all gradients, bit for bit) must be the same.
//   2. Parallel runs: two identical short training runs (forward, backward, clip, AdamW; a new
//      batch each step) started at once in child processes, plus one run with one kernel thread
//      (SHAPETYPE_THREADS=0) after them; every step's loss and the final weights must be identical
//      bit for bit across the three.
// Both parts run beside `--busy` busy-loop processes (default 3; started here, killed at the end),
// the load under which the first threaded matmul design gave one wrong gradient in ~1,000.
// Exits 1 on any difference.
//
// Usage: npm run stress:determinism [-- --repeats=100 --steps=30 --busy=3]   (~5 min on a loaded 2-core machine)
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import * as st from '../src/index.js';
import { createLlama } from '../src/llama/model.js';
import type { LlamaConfig } from '../src/llama/config.js';
import { kernelInfo } from '../src/ops/kernels.js';

function flag(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (arg === undefined) return fallback;
  const v = Number(arg.slice(name.length + 3));
  if (!Number.isInteger(v) || v < 0) throw new Error(`stress:determinism: --${name} must be a non-negative integer, got '${arg}'`);
  return v;
}

// The bench's training config, issue 9's default (B16 T64 D128 L4 H8; the train preset's model is now dim 96).
const config: LlamaConfig = {
  vocabSize: 65, dim: 128, nLayers: 4, nHeads: 8, nKvHeads: 8, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
};
const B = 16;
const T = 64;

/** A batch from a seeded LCG: ids and targets (ids shifted by one). */
function batch(seed: number): { ids: st.Tensor<[16, 64], 'int32'>; targets: st.Tensor<[16, 64], 'int32'> } {
  let s = seed >>> 0;
  const stream = Int32Array.from({ length: B * T + 1 }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % config.vocabSize;
  });
  return { ids: st.tensor(stream.slice(0, B * T), [16, 64], 'int32'), targets: st.tensor(stream.slice(1), [16, 64], 'int32') };
}

/** sha256 over the float32 bits of the tensors, in order. */
function digest(tensors: readonly st.Tensor[]): string {
  const h = createHash('sha256');
  for (const t of tensors) {
    const data = t.dataSync();
    h.update(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  }
  return h.digest('hex').slice(0, 16);
}

/** Child mode: a short training run; prints one JSON line of per-step loss bits and a weight digest. */
function trainChild(steps: number): void {
  const model = createLlama(config, 7);
  const params = model.parameters();
  const optimizer = new st.AdamW({ learningRate: 3e-3, weightDecay: 0.1 });
  const losses: string[] = [];
  for (let step = 0; step < steps; step++) {
    st.tidy(() => {
      const { ids, targets } = batch(1000 + step);
      const { value, grads } = st.variableGrads(() => model.loss(ids, targets), params);
      optimizer.apply(params, st.clipByGlobalNorm(grads, 1).grads);
      const bits = new Uint32Array(new Float32Array([value.item()]).buffer)[0];
      losses.push(bits.toString(16));
    });
  }
  console.log(JSON.stringify({ losses, weights: digest(Object.values(params)), threads: kernelInfo().threads }));
}

/** Part 1, in this process: the same loss + gradients N times. */
function repeatedGradients(n: number): { distinct: Map<string, number>; threads: boolean } {
  const model = createLlama(config, 3);
  const params = model.parameters();
  const { ids, targets } = batch(42);
  const distinct = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const d = st.tidy(() => {
      const { value, grads } = st.variableGrads(() => model.loss(ids, targets), params);
      return digest([value, ...Object.values(grads)]);
    });
    distinct.set(d, (distinct.get(d) ?? 0) + 1);
    if ((i + 1) % 25 === 0) console.log(`  ${i + 1}/${n} gradients, ${distinct.size} distinct result(s)`);
  }
  ids.dispose();
  targets.dispose();
  model.dispose();
  return { distinct, threads: kernelInfo().threads };
}

/** Spins, and exits by itself once its parent (this script) is gone, whatever killed it. */
const busyLoop = 'const p = process.ppid; for (;;) { for (let i = 0; i < 1e8; i++); if (process.ppid !== p) process.exit(); }';

function runChild(steps: number, env: NodeJS.ProcessEnv): Promise<{ losses: string[]; weights: string; threads: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', `--steps=${steps}`], {
      env, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`training child exited with ${code}: ${out.slice(-500)}`));
      try {
        resolve(JSON.parse(line) as { losses: string[]; weights: string; threads: boolean });
      } catch {
        reject(new Error(`training child printed no result: ${out.slice(-500)}`));
      }
    });
  });
}

async function main(): Promise<void> {
  const steps = flag('steps', 30);
  if (process.argv.includes('--child')) {
    trainChild(steps);
    return;
  }
  const repeats = flag('repeats', 100);
  const busyCount = flag('busy', 3);
  const busy: ChildProcess[] = [];
  const killBusy = (): void => {
    for (const p of busy) if (p.exitCode === null) p.kill('SIGKILL');
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      killBusy();
      process.exit(130);
    });
  }
  let failed = false;
  try {
    for (let i = 0; i < busyCount; i++) busy.push(spawn(process.execPath, ['-e', busyLoop], { stdio: 'ignore' }));
    console.log(`stress:determinism: backend ${st.getDefaultBackend()}, kernels ${JSON.stringify(kernelInfo())}, ${busyCount} busy loop(s)`);

    console.log(`1. ${repeats} repeated loss + gradient computations (default model, fixed batch)`);
    const t0 = performance.now();
    const { distinct } = repeatedGradients(repeats);
    const ok1 = distinct.size === 1;
    console.log(`   ${ok1 ? 'ok' : 'FAIL'}: ${distinct.size} distinct result(s) ${JSON.stringify([...distinct])} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    failed ||= !ok1;

    console.log(`2. two identical ${steps}-step training runs at once, then one with SHAPETYPE_THREADS=0`);
    const t1 = performance.now();
    const pair = await Promise.all([runChild(steps, process.env), runChild(steps, process.env)]);
    const single = await runChild(steps, { ...process.env, SHAPETYPE_THREADS: '0' });
    const runs = [...pair, single];
    const same = runs.every((r) => r.weights === runs[0].weights && r.losses.join() === runs[0].losses.join());
    for (const [i, r] of runs.entries()) {
      const firstDiff = r.losses.findIndex((l, s) => l !== runs[0].losses[s]);
      console.log(`   run ${i + 1} (2nd thread ${r.threads ? 'on' : 'off'}): weights ${r.weights}${firstDiff >= 0 ? `, loss differs from run 1 at step ${firstDiff}` : ''}`);
    }
    console.log(`   ${same ? 'ok' : 'FAIL'}: ${same ? 'bit-identical' : 'runs differ'} (${((performance.now() - t1) / 1000).toFixed(0)} s)`);
    failed ||= !same;
  } finally {
    killBusy();
  }
  console.log(failed ? 'stress:determinism: FAILED' : 'stress:determinism: all bit-identical');
  process.exitCode = failed ? 1 : 0;
}

await main();
