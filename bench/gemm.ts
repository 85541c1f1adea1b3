// GFLOP/s of the matmul kernel's register-block variants on the products one default training step
// runs (recorded from a real step), single-threaded, outside tfjs: each variant is assembled on its
// own memory and the variants take turns shape by shape, round after round; the figure is the
// fastest round (on a shared machine the slower ones carry other processes' time).
//
// Usage: npx tsx bench/gemm.ts [--variants=4x2,2x4,3x3] [--rounds=9] [--fma=0] [--old=FILE]
import { resolve } from 'node:path';
import * as st from '../src/index.js';
import { groupProducts } from './common.js';
import { createLlama } from '../src/llama/model.js';
import { assemble, gemmScratchBytes, kBlock, recordProducts, type GemmShape, type ProductShape } from '../src/ops/kernels.js';

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const fma = arg('fma') !== '0';
const variants: GemmShape[] = (arg('variants') ?? '4x2,2x4,3x3').split(',').map((v) => {
  const [R, V] = v.split('x').map(Number);
  return { R, V, fma };
});
const rounds = Number(arg('rounds') ?? 9);

// The products of one default step.
const model = createLlama({ vocabSize: 65, dim: 128, nLayers: 4, nHeads: 8, nKvHeads: 8, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 }, 1);
const ids = st.tensor(Int32Array.from({ length: 16 * 64 }, (_, i) => (i * 7) % 65), [16, 64], 'int32');
const products: ProductShape[] = [];
recordProducts(products);
st.tidy(() => st.variableGrads(() => model.loss(ids, ids), model.parameters()).value.item());
recordProducts(undefined);
const shapes = groupProducts(products);

type Gemm = (...args: number[]) => void;
const memory = new WebAssembly.Memory({ initial: 2048 });
const f32 = new Float32Array(memory.buffer);
for (let i = 0; i < f32.length; i++) f32[i] = ((i * 2654435761) % 1000) / 1000 - 0.5;
const fns = variants.map((v) => new WebAssembly.Instance(new WebAssembly.Module(assemble(v).buffer), { env: { memory } }).exports.gemm as Gemm);
// --old=FILE: also an earlier kernels.ts (its 2x16 bmm, which read B only row-major; a transposed B
// is timed as if it were not, which favours it), e.g. `git show <commit>:src/ops/kernels.ts > bench/_old-kernels.ts`.
const oldFile = arg('old');
if (oldFile !== undefined) {
  const { assemble: assembleOld } = (await import(resolve(oldFile))) as { assemble: (v: [number, number, boolean, boolean][]) => Uint8Array<ArrayBuffer> };
  const old = new WebAssembly.Instance(new WebAssembly.Module(assembleOld([[2, 4, false, fma]]).buffer), { env: { memory } }).exports.bmm as Gemm;
  variants.push({ R: 0, V: 0, fma });
  fns.push((pa, pb, pc, _ps, batch, m, k, n, aRow, aK, aBatch, _bK, _bCol, bBatch, _kc, alpha) => old(pa, pb, pc, batch, m, k, n, aRow, aK, aBatch, bBatch, alpha));
}

const best = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
  for (const [key, p] of shapes) {
    const { batch, m, k, n, transposeA, transposeB, aBatch, bBatch } = p;
    const aBytes = 4 * (aBatch ? batch : 1) * m * k;
    const bBytes = 4 * (bBatch ? batch : 1) * k * n;
    const [pa, pb] = [0, aBytes];
    const pc = pb + bBytes;
    const ps = pc + 4 * batch * m * n;
    const flops = 2 * batch * m * k * n;
    const reps = Math.max(1, Math.round(2e7 / flops));
    variants.forEach((v, vi) => {
      if (v.R > 0 && ps + gemmScratchBytes(v, k, n) > memory.buffer.byteLength) throw new Error('bench/gemm: memory too small');
      const args = [pa, pb, pc, ps, batch, m, k, n, transposeA ? 4 : 4 * k, transposeA ? 4 * m : 4, aBatch ? 4 * m * k : 0,
        transposeB ? 4 : 4 * n, transposeB ? 4 * k : 4, bBatch ? 4 * k * n : 0, v.R > 0 ? kBlock(v, k, n) : 0, 1];
      fns[vi](...args);
      const t0 = performance.now();
      for (let r = 0; r < reps; r++) fns[vi](...args);
      const ms = (performance.now() - t0) / reps;
      const list = best.get(key) ?? variants.map(() => Infinity);
      list[vi] = Math.min(list[vi], ms);
      best.set(key, list);
    });
  }
}
console.log(`fma ${fma}; fastest of ${rounds} rounds; GFLOP/s per variant (R rows x 4V columns); step-weighted total at the end`);
console.log(`| product (batch x M x K x N) | calls | ${variants.map((v) => (v.R === 0 ? 'before (2x16)' : `${v.R}x${4 * v.V}`)).join(' | ')} |\n|---|---|${variants.map(() => '---|').join('')}`);
const totals = variants.map(() => 0);
let allFlops = 0;
for (const [key, p] of shapes) {
  const flops = 2 * p.batch * p.m * p.k * p.n;
  const ms = best.get(key) ?? [];
  ms.forEach((t, i) => (totals[i] += t * p.count));
  allFlops += flops * p.count;
  console.log(`| ${key} | ${p.count} | ${ms.map((t) => (flops / t / 1e6).toFixed(1)).join(' | ')} |`);
}
console.log(`| all, one thread: ms (GFLOP/s) | ${products.length} | ${totals.map((t) => `${t.toFixed(1)} (${(allFlops / t / 1e6).toFixed(1)})`).join(' | ')} |`);
