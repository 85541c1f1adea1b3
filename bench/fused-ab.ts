// The fused kernels' worth in one process: default training steps taking turns with the fused
// kernels on and off (useFusedKernels: off runs the chains of tfjs ops they replace), so both sides
// see the same machine load; min and median ms of each. The products' kernel stays on in both.
//
// Usage: npx tsx bench/fused-ab.ts [--steps=30] [--B=16] [--T=64] [--D=128] [--L=4] [--H=8] [--V=65]
import * as st from '../src/index.js';
import { createLlama } from '../src/llama/model.js';
import type { LlamaConfig } from '../src/llama/config.js';
import { useFusedKernels } from '../src/ops/kernels.js';

const flag = (name: string, fallback: number): number => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const v = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`bench/fused-ab: --${name} must be a positive integer, got '${arg}'`);
  return v;
};
const [B, T, D, L, H, V, steps] = [flag('B', 16), flag('T', 64), flag('D', 128), flag('L', 4), flag('H', 8), flag('V', 65), flag('steps', 30)];
const config: LlamaConfig = { vocabSize: V, dim: D, nLayers: L, nHeads: H, nKvHeads: H, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: T, dropout: 0 };
const model = createLlama(config, 1);
const params = model.parameters();
const optimizer = new st.AdamW({ learningRate: 1e-3, weightDecay: 0.1 });
let seed = 12345;
const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % V;
const stream = Int32Array.from({ length: B * T + 1 }, next);
const ids = st.tensor(stream.slice(0, B * T), [B, T], 'int32');
const targets = st.tensor(stream.slice(1, B * T + 1), [B, T], 'int32');
const step = (): void => {
  st.tidy(() => {
    const { value, grads } = st.variableGrads(() => model.loss(ids, targets), params);
    optimizer.apply(params, st.clipByGlobalNorm(grads, 1).grads);
    value.item();
  });
};
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
model.dispose();
optimizer.dispose();
