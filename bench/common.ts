// Flags and inputs shared by the benchmark children (bench/run.ts runs them).

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
