// Step-time ratios between training configs, measured side by side in one process: the configs'
// steps alternate (A B C A B C ...), so a load change hits all of them alike. Prints each config's
// min and median ms/step and its ratio to the first. For recipe comparisons at equal wall time.
//
// Usage: npx tsx bench/recipe-ab.ts --steps=20 B16,T64,D128,L4,H8 B8,T128 ...  (unnamed fields: the first config's)
import { benchTrainingStep } from './common.js';

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
  const { step } = benchTrainingStep({ B: c.B, T: c.T, D: c.D, L: c.L, H: c.H, V: c.V });
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
