// Tensor count and peak RSS over a long run of training steps (the smoke model, so 1,000 steps
// are affordable), for bench/run.ts: the count must stay flat after the first step.
import * as st from '../src/index.js';
import { createLlama } from '../src/llama/model.js';
import { benchArgs, fixedStream } from './common.js';

const a = benchArgs();
const model = createLlama({ vocabSize: a.V, dim: a.D, nLayers: a.L, nHeads: a.H, nKvHeads: a.H, multipleOf: 16, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: a.T, dropout: 0 }, 1);
const params = model.parameters();
const optimizer = new st.AdamW({ learningRate: 1e-3, weightDecay: 0.1 });
const counts: [number, number][] = [];
const t0 = performance.now();
for (let i = 1; i <= a.steps; i++) {
  const stream = fixedStream(a.B * a.T + 1 + i, a.V).slice(i);
  st.tidy(() => {
    const ids = st.tensor(stream.slice(0, a.B * a.T), [a.B, a.T], 'int32');
    const targets = st.tensor(stream.slice(1), [a.B, a.T], 'int32');
    const { value, grads } = st.variableGrads(() => model.loss(ids, targets), params);
    optimizer.apply(params, st.clipByGlobalNorm(grads, 1).grads);
    value.item();
  });
  if (i === 1 || i % Math.max(1, Math.floor(a.steps / 10)) === 0) counts.push([i, st.memory().numTensors]);
}
console.log(JSON.stringify({
  steps: a.steps, seconds: (performance.now() - t0) / 1000, counts, flat: counts.every(([, c]) => c === counts[0][1]),
  peakRssMB: process.resourceUsage().maxRSS / 1024,
}));
