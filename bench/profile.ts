// Where one training step's time goes: tfjs's kernel profile (tf.profile: each kernel's time,
// output read back, so small kernels look a little slower than they are) of one default step
// (forward + backward + clip + AdamW) after warm-up, grouped by kernel, and the batched products
// grouped by shape with their GFLOP/s (each shape timed alone, repeated, on the main thread and
// with the second thread when it exists; the fastest of 5 samples, since on a shared machine the
// others carry other processes' time).
//
// Usage: npx tsx bench/profile.ts [--B=16] [--T=64] [--D=128] [--L=4] [--H=8] [--V=65] [--json=PATH]
import { writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import * as st from '../src/index.js';
import { benchTrainingStep, groupProducts, intFlag } from './common.js';
import { batchMatMulRaw, kernelInfo, recordProducts, useSecondThread, type ProductShape } from '../src/ops/kernels.js';

const [B, T, D, L, H, V] = [intFlag('B', 16, 1), intFlag('T', 64, 1), intFlag('D', 128, 1), intFlag('L', 4, 1), intFlag('H', 8, 1), intFlag('V', 65, 1)];
const { step } = benchTrainingStep({ B, T, D, L, H, V });
for (let i = 0; i < 5; i++) step();
const wall: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  step();
  wall.push(performance.now() - t0);
}
wall.sort((a, b) => a - b);

const products: ProductShape[] = [];
recordProducts(products);
const profile = await tf.profile(() => step());
recordProducts(undefined);
const byKernel = new Map<string, { calls: number; ms: number }>();
for (const k of profile.kernels) {
  const e = byKernel.get(k.name) ?? { calls: 0, ms: 0 };
  e.calls += 1;
  e.ms += typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0;
  byKernel.set(k.name, e);
}
const total = [...byKernel.values()].reduce((s, e) => s + e.ms, 0);
const kernels = [...byKernel.entries()].sort((a, b) => b[1].ms - a[1].ms).map(([name, e]) => ({ name, calls: e.calls, ms: +e.ms.toFixed(2), share: +(e.ms / total).toFixed(3) }));

// Each product shape of the step, timed alone.
const shapes = groupProducts(products);
const time = (p: ProductShape, threads: boolean): number => {
  const was = useSecondThread(threads);
  const a = tf.randomNormal(p.transposeA ? [p.aBatch ? p.batch : 1, p.k, p.m] : [p.aBatch ? p.batch : 1, p.m, p.k], 0, 1, 'float32', 1);
  const b = tf.randomNormal(p.transposeB ? [p.bBatch ? p.batch : 1, p.n, p.k] : [p.bBatch ? p.batch : 1, p.k, p.n], 0, 1, 'float32', 2);
  const flops = 2 * p.batch * p.m * p.k * p.n;
  const reps = Math.max(3, Math.min(400, Math.round(2e9 / flops)));
  const once = (): void => tf.dispose(batchMatMulRaw(a, b, p.transposeA, 1, p.transposeB));
  for (let i = 0; i < Math.max(2, reps / 4); i++) once();
  const samples: number[] = [];
  for (let s = 0; s < 5; s++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) once();
    samples.push((performance.now() - t0) / reps);
  }
  tf.dispose([a, b]);
  useSecondThread(was);
  // The fastest of the samples: on a shared machine the others carry other processes' time.
  return Math.min(...samples);
};
const info = kernelInfo();
const rows = [...shapes.entries()].map(([key, p]) => {
  const flops = 2 * p.batch * p.m * p.k * p.n;
  const ms1 = time(p, false);
  const ms2 = info.threads ? time(p, true) : ms1;
  return { shape: key, count: p.count, mflop: +(flops / 1e6).toFixed(2), ms1: +ms1.toFixed(3), gflops1: +(flops / ms1 / 1e6).toFixed(1), ms2: +ms2.toFixed(3), gflops2: +(flops / ms2 / 1e6).toFixed(1) };
}).sort((a, b) => b.count * b.ms2 - a.count * a.ms2);
const productFlops = products.reduce((s, p) => s + 2 * p.batch * p.m * p.k * p.n, 0);
const productMs = rows.reduce((s, r) => s + r.count * r.ms2, 0);

console.log(`step B${B} T${T} D${D} L${L} H${H} V${V}: wall ${wall[2].toFixed(1)} ms median of 5 (min ${wall[0].toFixed(1)}); kernels ${JSON.stringify(info)}`);
console.log(`profiled step: ${profile.kernels.length} kernel calls, ${total.toFixed(1)} ms kernel time`);
console.log('| kernel | calls | ms | share |\n|---|---|---|---|');
for (const k of kernels.slice(0, 25)) console.log(`| ${k.name} | ${k.calls} | ${k.ms} | ${(100 * k.share).toFixed(1)}% |`);
console.log(`\nproducts: ${products.length} calls, ${(productFlops / 1e9).toFixed(2)} GFLOP; alone ${productMs.toFixed(1)} ms = ${(productFlops / productMs / 1e6).toFixed(1)} GFLOP/s`);
console.log('| batch x M x K x N | calls | MFLOP | ms 1 thread | GFLOP/s | ms 2 threads | GFLOP/s |\n|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.shape} | ${r.count} | ${r.mflop} | ${r.ms1} | ${r.gflops1} | ${r.ms2} | ${r.gflops2} |`);
const jsonArg = process.argv.find((a) => a.startsWith('--json='));
if (jsonArg) writeFileSync(jsonArg.slice(7), JSON.stringify({ B, T, D, L, H, V, wallMs: wall, kernelInfo: info, kernels, products: rows, productFlops, productMs }, null, 1));
