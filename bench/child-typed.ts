// One round of the typed model's figures for bench/run.ts (prints one JSON line): training step
// times, forward times, sampling times with and without the KV cache. Not meant to be run alone.
import * as st from '../src/index.js';
import { createLlama } from '../src/llama/model.js';
import type { LlamaConfig } from '../src/llama/config.js';
import { generate } from '../src/llama/sample.js';
import { kernelInfo } from '../src/ops/kernels.js';
import { benchArgs, fixedStream } from './common.js';

const a = benchArgs();
const config: LlamaConfig = {
  vocabSize: a.V, dim: a.D, nLayers: a.L, nHeads: a.H, nKvHeads: a.H, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: a.T, dropout: 0,
};
const model = createLlama(config, 1);
const params = model.parameters();
const optimizer = new st.AdamW({ learningRate: 1e-3, beta1: 0.9, beta2: 0.95, weightDecay: 0.1, decays: (_n, shape) => shape.length >= 2 });
const stream = fixedStream(a.B * a.T + 1, a.V);
const ids = st.tensor(stream.slice(0, a.B * a.T), [a.B, a.T], 'int32');
const targets = st.tensor(stream.slice(1), [a.B, a.T], 'int32');

const time = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
const step = (): void => {
  st.tidy(() => {
    const { value, grads } = st.variableGrads(() => model.loss(ids, targets), params);
    optimizer.apply(params, st.clipByGlobalNorm(grads, 1).grads);
    value.item();
  });
};
const forward = (): void => {
  st.tidy(() => {
    model.forward(ids).dataSync();
  });
};
const out: Record<string, unknown> = { params: model.parameterCount() };
const stepMs: number[] = [];
const counts: number[] = [];
for (let i = 0; i < a.warmup + a.steps; i++) {
  const ms = time(step);
  counts.push(st.memory().numTensors);
  if (i >= a.warmup) stepMs.push(ms);
}
out.stepMs = stepMs;
out.tensorsFlat = counts.slice(1).every((c) => c === counts[1]);
if (!a.stepOnly) {
  const fwd: number[] = [];
  for (let i = 0; i < a.warmup + a.steps; i++) {
    const ms = time(forward);
    if (i >= a.warmup) fwd.push(ms);
  }
  out.forwardMs = fwd;
  const prompt = Int32Array.from(stream.slice(0, 1));
  for (const useCache of [true, false]) {
    generate(model, prompt, { tokens: 4, seed: 1, useCache });
    const ms = time(() => generate(model, prompt, { tokens: a.sampleTokens, seed: 1, useCache }));
    out[useCache ? 'sampleCachedMs' : 'sampleUncachedMs'] = ms;
  }
}
out.kernels = kernelInfo();
console.log(JSON.stringify(out));
