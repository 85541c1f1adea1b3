// Flags and inputs shared by the benchmark children (bench/run.ts runs them) and the kernel benches.
import type { ProductShape } from '../src/ops/kernels.js';

export interface BenchArgs {
  B: number; T: number; D: number; L: number; H: number; V: number;
  warmup: number; steps: number; sampleTokens: number; stepOnly: boolean;
}

/** --B=16 --T=64 --D=128 --L=4 --H=8 --V=65 --warmup=3 --steps=10 --sample-tokens=64 [--step-only] */
export function benchArgs(argv: readonly string[] = process.argv): BenchArgs {
  const num = (name: string, fallback: number): number => {
    const arg = argv.find((x) => x.startsWith(`--${name}=`));
    if (arg === undefined) return fallback;
    const v = Number(arg.slice(name.length + 3));
    if (!Number.isInteger(v) || v < 0) throw new Error(`bench: --${name} must be a non-negative integer, got '${arg}'`);
    return v;
  };
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
