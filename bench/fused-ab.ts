// The fused kernels' worth in one process: default training steps taking turns with the fused
// kernels on and off (useFusedKernels: off runs the chains of tfjs ops they replace), so both sides
// see the same machine load; min and median ms of each. The products' kernel stays on in both.
//
// Usage: npx tsx bench/fused-ab.ts [--steps=30] [--B=16] [--T=64] [--D=128] [--L=4] [--H=8] [--V=65]
import { benchTrainingStep, intFlag } from './common.js';
import { useFusedKernels } from '../src/ops/kernels.js';

const [B, T, D, L, H, V, steps] = [intFlag('B', 16, 1), intFlag('T', 64, 1), intFlag('D', 128, 1), intFlag('L', 4, 1), intFlag('H', 8, 1), intFlag('V', 65, 1), intFlag('steps', 30, 1)];
const { step, dispose } = benchTrainingStep({ B, T, D, L, H, V });
for (const on of [true, false, true, false]) {
  useFusedKernels(on);
  step();
}
const times: Record<'fused' | 'chains', number[]> = { fused: [], chains: [] };
for (let i = 0; i < steps; i++) {
  for (const on of i % 2 === 0 ? [true, false] : [false, true]) {
    useFusedKernels(on);
    const t0 = performance.now();
    step();
    times[on ? 'fused' : 'chains'].push(performance.now() - t0);
  }
}
useFusedKernels(true);
const summary = (xs: number[]): { min: number; median: number } => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: +s[0].toFixed(1), median: +s[Math.floor(s.length / 2)].toFixed(1) };
};
const [f, c] = [summary(times.fused), summary(times.chains)];
console.log(`B${B} T${T} D${D} L${L} H${H} V${V}, ${steps} steps each, taking turns: fused min ${f.min} median ${f.median} ms; chains min ${c.min} median ${c.median} ms; fused/chains median ${(f.median / c.median).toFixed(3)}, min ${(f.min / c.min).toFixed(3)}`);
dispose();
