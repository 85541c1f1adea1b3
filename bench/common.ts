// Flags and inputs shared by the benchmark children (bench/run.ts runs them) and the kernel benches.
import * as st from '../src/index.js';
import type { LlamaConfig } from '../src/llama/config.js';
import { createLlama } from '../src/llama/model.js';
import type { ProductShape } from '../src/ops/kernels.js';

export interface BenchArgs {
  B: number; T: number; D: number; L: number; H: number; V: number;
  warmup: number; steps: number; sampleTokens: number; stepOnly: boolean;
}

/** An integer flag `--name=N` (at least min), or fallback when absent. */
export function intFlag(name: string, fallback: number, min = 0, argv: readonly string[] = process.argv): number {
  const arg = argv.find((x) => x.startsWith(`--${name}=`));
  if (arg === undefined) return fallback;
  const v = Number(arg.slice(name.length + 3));
  if (!Number.isInteger(v) || v < min) throw new Error(`bench: --${name} must be an integer of at least ${min}, got '${arg}'`);
  return v;
}

/** --B=16 --T=64 --D=128 --L=4 --H=8 --V=65 --warmup=3 --steps=10 --sample-tokens=64 [--step-only] */
export function benchArgs(argv: readonly string[] = process.argv): BenchArgs {
  const num = (name: string, fallback: number): number => intFlag(name, fallback, 0, argv);
  return {
    B: num('B', 16), T: num('T', 64), D: num('D', 128), L: num('L', 4), H: num('H', 8), V: num('V', 65),
    warmup: num('warmup', 3), steps: num('steps', 10), sampleTokens: num('sample-tokens', 64), stepOnly: argv.includes('--step-only'),
  };
}

/** A fixed pseudo-random token stream (the same LCG in every implementation, torch included). */
export function fixedStream(n: number, vocab: number): Int32Array {
  let s = 12345;
  return Int32Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % vocab;
  });
}

/** The batched products a step recorded (recordProducts), one entry per distinct shape and layout with its count. */
export function groupProducts(products: readonly ProductShape[]): Map<string, ProductShape & { count: number }> {
  const shapes = new Map<string, ProductShape & { count: number }>();
  for (const p of products) {
    const key = `${p.batch}x${p.m}x${p.k}x${p.n}${p.transposeA ? ' tA' : ''}${p.transposeB ? ' tB' : ''}${p.aBatch ? '' : ' a1'}${p.bBatch ? '' : ' b1'}`;
    const e = shapes.get(key);
    if (e) e.count += 1;
    else shapes.set(key, { ...p, count: 1 });
  }
  return shapes;
}

/** The model sizes a step bench takes (KV heads default to H). */
export interface StepSize { B: number; T: number; D: number; L: number; H: number; KV?: number; V: number }

/**
 * A seeded default-recipe model, its AdamW and the fixed batch (fixedStream, targets shifted by one),
 * with one training step (forward + backward + global-norm clip 1 + AdamW) that returns its loss:
 * the step every speed bench times.
 */
export function benchTrainingStep(size: StepSize) {
  const { B, T, V } = size;
  const config: LlamaConfig = {
    vocabSize: V, dim: size.D, nLayers: size.L, nHeads: size.H, nKvHeads: size.KV ?? size.H, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: T, dropout: 0,
  };
  const model = createLlama(config, 1);
  const params = model.parameters();
  const optimizer = new st.AdamW({ learningRate: 1e-3, weightDecay: 0.1 });
  const stream = fixedStream(B * T + 1, V);
  const ids = st.tensor(stream.slice(0, B * T), [B, T], 'int32');
  const targets = st.tensor(stream.slice(1), [B, T], 'int32');
  const step = (): number => st.tidy(() => {
    const { value, grads } = st.variableGrads(() => model.loss(ids, targets), params);
    optimizer.apply(params, st.clipByGlobalNorm(grads, 1).grads);
    return value.item();
  });
  const dispose = (): void => {
    model.dispose();
    optimizer.dispose();
    st.dispose([ids, targets]);
  };
  return { model, step, dispose };
}
