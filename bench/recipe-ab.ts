// Step-time ratios between training configs, measured side by side in one process: the configs'
// steps alternate (A B C A B C ...), so a load change hits all of them alike. Prints each config's
// min and median ms/step and its ratio to the first. For recipe comparisons at equal wall time.
//
// Usage: npx tsx bench/recipe-ab.ts --steps=20 B16,T64,D128,L4,H8 B8,T128 ...  (unnamed fields: the first config's)
import * as st from '../src/index.js';
import { createLlama } from '../src/llama/model.js';
import type { LlamaConfig } from '../src/llama/config.js';

const stepsArg = process.argv.find((a) => a.startsWith('--steps='));
const steps = stepsArg ? Number(stepsArg.slice(8)) : 20;
const specs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const base: Record<string, number> = { B: 16, T: 64, D: 128, L: 4, H: 8, V: 65 };
const configs = specs.map((spec) => {
  const c = { ...base };
  for (const part of spec.split(',')) {
    const m = /^([A-Z])(\d+)$/.exec(part);
    if (!m) throw new Error(`recipe-ab: bad field '${part}' in '${spec}' (write e.g. B16,T64,D128,L4,H8)`);
    c[m[1]] = Number(m[2]);
  }
  return { spec, c };
});
const runs = configs.map(({ spec, c }) => {
  const config: LlamaConfig = { vocabSize: c.V, dim: c.D, nLayers: c.L, nHeads: c.H, nKvHeads: c.H, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: c.T, dropout: 0 };
  const model = createLlama(config, 1);
  const params = model.parameters();
  const optimizer = new st.AdamW({ learningRate: 1e-3, weightDecay: 0.1 });
  let s = 12345;
  const stream = Int32Array.from({ length: c.B * c.T + 1 }, () => (s = (s * 1103515245 + 12345) % 2147483648) % c.V);
  const ids = st.tensor(stream.slice(0, c.B * c.T), [c.B, c.T], 'int32');
  const targets = st.tensor(stream.slice(1), [c.B, c.T], 'int32');
  const step = (): void => {
    st.tidy(() => {
      const { value, grads } = st.variableGrads(() => model.loss(ids, targets), params);
      value.item();
      optimizer.apply(params, st.clipByGlobalNorm(grads, 1).grads);
    });
  };
  return { spec, step, times: [] as number[] };
});
for (let i = 0; i < 3 + steps; i++) {
  for (const r of runs) {
    const t0 = performance.now();
    r.step();
    if (i >= 3) r.times.push(performance.now() - t0);
  }
}
const stat = (t: number[]) => {
  const s = [...t].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)] };
};
const first = stat(runs[0].times);
for (const r of runs) {
  const x = stat(r.times);
  console.log(`${r.spec.padEnd(24)} min ${x.min.toFixed(1)} ms  median ${x.median.toFixed(1)} ms  ratio min ${(x.min / first.min).toFixed(3)}  median ${(x.median / first.median).toFixed(3)}`);
}
