// Hand-written WebAssembly SIMD kernels for what tfjs's wasm backend runs slowly. tfjs-wasm sends
// every matmul but the rank-2, non-transposed one to a scalar loop (~1 GFLOP/s), so attention's
// batched products [B*H, T, Dh] @ [B*H, Dh, T] and every transposed gradient product took that path.
// This module assembles (with the tiny assembler below: no toolchain needed) a SIMD batched matmul
// that shares the wasm backend's memory, and registers it as a tfjs kernel of the wasm backend, so
// it runs inside tidy scopes and gradient tapes like any other kernel. With it:
//   - fused multiply-adds where wasm relaxed SIMD exists (SHAPETYPE_RELAXED_SIMD=0: mul + add);
//   - large products split across a second thread (SHAPETYPE_THREADS=0: one thread);
//   - row gather / scatter-add kernels for embedding lookups and their gradient;
//   - an Identity kernel that shares memory instead of copying (what gradients save).
// SHAPETYPE_NO_KERNELS=1 turns all of it off. Not part of the public API: ops call batchMatMulRaw
// and friends, which fall back to tfjs wherever a kernel does not apply (another backend, no SIMD).
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs';

// ---- a tiny WebAssembly assembler

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}
/** Signed LEB128 (32-bit). */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}
function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}
function name(s: string): number[] {
  return vec([...s].map((c) => [c.charCodeAt(0)]));
}
function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

const I32 = 0x7f;
const F32 = 0x7d;
const V128 = 0x7b;
const op = {
  block: [0x02, 0x40], loop: [0x03, 0x40], if: [0x04, 0x40], end: [0x0b],
  br: (d: number) => [0x0c, ...uleb(d)], brIf: (d: number) => [0x0d, ...uleb(d)],
  get: (i: number) => [0x20, ...uleb(i)], set: (i: number) => [0x21, ...uleb(i)], tee: (i: number) => [0x22, ...uleb(i)],
  i32: (v: number) => [0x41, ...sleb(v)],
  f32zero: [0x43, 0, 0, 0, 0],
  f32load: (offset = 0) => [0x2a, 2, ...uleb(offset)],
  f32store: (offset = 0) => [0x38, 2, ...uleb(offset)],
  i32eqz: [0x45], i32ne: [0x47], i32ltU: [0x49], i32leU: [0x4d], i32gtU: [0x4b], i32geU: [0x4f],
  i32add: [0x6a], i32sub: [0x6b], i32mul: [0x6c],
  f32add: [0x92], f32mul: [0x94],
  v128load: (offset = 0) => [0xfd, ...uleb(0), 2, ...uleb(offset)],
  v128store: (offset = 0) => [0xfd, ...uleb(11), 2, ...uleb(offset)],
  v128zero: [0xfd, ...uleb(12), ...new Array<number>(16).fill(0)],
  f32x4splat: [0xfd, ...uleb(19)],
  f32x4add: [0xfd, ...uleb(228)],
  f32x4mul: [0xfd, ...uleb(230)],
  /** Relaxed SIMD: a * b + c, fused where the CPU can. */
  f32x4madd: [0xfd, ...uleb(0x105)],
};

/** Locals of one function: parameters first, then declared locals by type. */
class Locals {
  private readonly declared: number[] = [];
  constructor(private readonly params: number) {}
  add(type: number): number {
    this.declared.push(type);
    return this.params + this.declared.length - 1;
  }
  encode(): number[] {
    return vec(this.declared.map((t) => [1, t]));
  }
}

// ---- the batched matmul kernel

/**
 * bmm(a, b, c, batch, M, K, N, aRow, aK, aBatch, bBatch, alpha): for each batch entry,
 * C[M, N] = alpha * A @ B, where A's element (i, k) sits at a + i * aRow + k * aK (byte strides,
 * so A may be transposed), B is [K, N] row-major and C is [M, N] row-major (C's batch stride is
 * M * N * 4 bytes; A's and B's are given, 0 broadcasts). Needs K >= 1. Blocks of 4 rows x 8
 * columns keep 8 SIMD accumulators in registers; the tails take 1 row, 4 columns, or 1 column.
 */
function bmmFunction(RB = 4, VB = 2, columnsOuter = false, fma = false): number[] {
  const [pa, pb, pc, pBatch, pM, pK, pN, pARow, pAK, pABatch, pBBatch, pAlpha] = Array.from({ length: 12 }, (_, i) => i);
  const L = new Locals(12);
  const bi = L.add(I32);
  const i = L.add(I32);
  const j = L.add(I32);
  const kk = L.add(I32);
  const pbk = L.add(I32);
  const ldb = L.add(I32);
  const rowC = L.add(I32);
  const pas = Array.from({ length: RB }, () => L.add(I32));
  const alphaV = L.add(V128);
  const s = L.add(V128);
  const bv = Array.from({ length: VB }, () => L.add(V128));
  const acc = Array.from({ length: RB }, () => Array.from({ length: VB }, () => L.add(V128)));
  const sacc = Array.from({ length: RB }, () => L.add(F32));
  const sb = L.add(F32);

  /** One R x (4 V) block at rows i.., columns j.. . */
  const micro = (R: number, V: number): number[] => {
    const code: number[] = [];
    // pa_r = a + (i + r) * aRow
    code.push(...op.get(pa), ...op.get(i), ...op.get(pARow), ...op.i32mul, ...op.i32add, ...op.set(pas[0]));
    for (let r = 1; r < R; r++) code.push(...op.get(pas[r - 1]), ...op.get(pARow), ...op.i32add, ...op.set(pas[r]));
    // pbk = b + j * 4
    code.push(...op.get(pb), ...op.get(j), ...op.i32(4), ...op.i32mul, ...op.i32add, ...op.set(pbk));
    for (let r = 0; r < R; r++) for (let v = 0; v < V; v++) code.push(...op.v128zero, ...op.set(acc[r][v]));
    code.push(...op.get(pK), ...op.set(kk));
    code.push(...op.loop);
    for (let v = 0; v < V; v++) code.push(...op.get(pbk), ...op.v128load(16 * v), ...op.set(bv[v]));
    for (let r = 0; r < R; r++) {
      code.push(...op.get(pas[r]), ...op.f32load(), ...op.f32x4splat, ...op.set(s));
      for (let v = 0; v < V; v++) {
        code.push(...(fma
          ? [...op.get(s), ...op.get(bv[v]), ...op.get(acc[r][v]), ...op.f32x4madd]
          : [...op.get(acc[r][v]), ...op.get(s), ...op.get(bv[v]), ...op.f32x4mul, ...op.f32x4add]), ...op.set(acc[r][v]));
      }
      code.push(...op.get(pas[r]), ...op.get(pAK), ...op.i32add, ...op.set(pas[r]));
    }
    code.push(...op.get(pbk), ...op.get(ldb), ...op.i32add, ...op.set(pbk));
    code.push(...op.get(kk), ...op.i32(1), ...op.i32sub, ...op.tee(kk), ...op.brIf(0), ...op.end);
    // C rows: c + (i + r) * ldb + j * 4
    for (let r = 0; r < R; r++) {
      code.push(...op.get(pc), ...op.get(i), ...op.i32(r), ...op.i32add, ...op.get(ldb), ...op.i32mul, ...op.i32add,
        ...op.get(j), ...op.i32(4), ...op.i32mul, ...op.i32add, ...op.set(rowC));
      for (let v = 0; v < V; v++) {
        code.push(...op.get(rowC), ...op.get(acc[r][v]), ...op.get(alphaV), ...op.f32x4mul, ...op.v128store(16 * v));
      }
    }
    return code;
  };

  /** One R x 1 block at rows i.., column j, in scalar arithmetic (the columns past N - N % 4). */
  const microScalar = (R: number): number[] => {
    const code: number[] = [];
    code.push(...op.get(pa), ...op.get(i), ...op.get(pARow), ...op.i32mul, ...op.i32add, ...op.set(pas[0]));
    for (let r = 1; r < R; r++) code.push(...op.get(pas[r - 1]), ...op.get(pARow), ...op.i32add, ...op.set(pas[r]));
    code.push(...op.get(pb), ...op.get(j), ...op.i32(4), ...op.i32mul, ...op.i32add, ...op.set(pbk));
    for (let r = 0; r < R; r++) code.push(...op.f32zero, ...op.set(sacc[r]));
    code.push(...op.get(pK), ...op.set(kk));
    code.push(...op.loop);
    code.push(...op.get(pbk), ...op.f32load(), ...op.set(sb));
    for (let r = 0; r < R; r++) {
      code.push(...op.get(sacc[r]), ...op.get(pas[r]), ...op.f32load(), ...op.get(sb), ...op.f32mul, ...op.f32add, ...op.set(sacc[r]));
      code.push(...op.get(pas[r]), ...op.get(pAK), ...op.i32add, ...op.set(pas[r]));
    }
    code.push(...op.get(pbk), ...op.get(ldb), ...op.i32add, ...op.set(pbk));
    code.push(...op.get(kk), ...op.i32(1), ...op.i32sub, ...op.tee(kk), ...op.brIf(0), ...op.end);
    for (let r = 0; r < R; r++) {
      code.push(...op.get(pc), ...op.get(i), ...op.i32(r), ...op.i32add, ...op.get(ldb), ...op.i32mul, ...op.i32add,
        ...op.get(j), ...op.i32(4), ...op.i32mul, ...op.i32add,
        ...op.get(sacc[r]), ...op.get(pAlpha), ...op.f32mul, ...op.f32store());
    }
    return code;
  };

  /** while (v + step <= limit) { body; v += step } */
  const stepWhile = (v: number, step: number, limit: number, body: number[]): number[] => [
    ...op.block, ...op.loop,
    ...op.get(v), ...op.i32(step), ...op.i32add, ...op.get(limit), ...op.i32gtU, ...op.brIf(1),
    ...body,
    ...op.get(v), ...op.i32(step), ...op.i32add, ...op.set(v), ...op.br(0),
    ...op.end, ...op.end,
  ];
  /** Blocks of `block(R)` over the rows: RB at a time, then one at a time. */
  const overRows = (block: (R: number) => number[]): number[] => [
    ...op.i32(0), ...op.set(i), ...stepWhile(i, RB, pM, block(RB)), ...stepWhile(i, 1, pM, block(1)),
  ];
  /** Blocks over the columns: 4 * VB at a time, then 4, then single columns (scalar). */
  const overColumns = (block: (micro: (R: number) => number[]) => number[]): number[] => [
    ...op.i32(0), ...op.set(j),
    ...stepWhile(j, 4 * VB, pN, block((R) => micro(R, VB))),
    ...stepWhile(j, 4, pN, block((R) => micro(R, 1))),
    ...stepWhile(j, 1, pN, block(microScalar)),
  ];
  // Row blocks outside (B's column strip is re-read per row block), or column blocks outside (each
  // strip of B stays in cache while every row block passes over it: better when B is large).
  const blocks = columnsOuter
    ? overColumns((micro) => overRows(micro))
    : overRows((R) => overColumns((micro) => micro(R)));

  const body: number[] = [
    ...op.get(pN), ...op.i32(4), ...op.i32mul, ...op.set(ldb),
    ...op.get(pAlpha), ...op.f32x4splat, ...op.set(alphaV),
    ...op.i32(0), ...op.set(bi),
    ...op.block, ...op.loop,
    ...op.get(bi), ...op.get(pBatch), ...op.i32geU, ...op.brIf(1),
    ...blocks,
    // next batch entry
    ...op.get(pa), ...op.get(pABatch), ...op.i32add, ...op.set(pa),
    ...op.get(pb), ...op.get(pBBatch), ...op.i32add, ...op.set(pb),
    ...op.get(pc), ...op.get(pM), ...op.get(ldb), ...op.i32mul, ...op.i32add, ...op.set(pc),
    ...op.get(bi), ...op.i32(1), ...op.i32add, ...op.set(bi), ...op.br(0),
    ...op.end, ...op.end,
  ];
  const fn = [...L.encode(), ...body, ...op.end];
  return [...uleb(fn.length), ...fn];
}

export function assemble(variants: [number, number, boolean, boolean?][] = [[4, 2, false]], sharedMaxPages?: number): Uint8Array<ArrayBuffer> {
  const bmmType = [0x60, ...vec([I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, F32].map((t) => [t])), ...vec([])];
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([bmmType])),
    // The memory: tfjs-wasm's (unshared, no maximum), or a shared one (flag 3: shared, with a maximum).
    ...section(2, vec([[...name('env'), ...name('memory'), 0x02, ...(sharedMaxPages === undefined ? [0x00, ...uleb(1)] : [0x03, ...uleb(1), ...uleb(sharedMaxPages)])]])),
    ...section(3, vec(variants.map(() => uleb(0)))),
    ...section(7, vec(variants.map((_, f) => [...name(f === 0 ? 'bmm' : `bmm${f}`), 0x00, ...uleb(f)]))),
    ...section(10, vec(variants.map(([r, v, c, f]) => bmmFunction(r, v, c, f)))),
  ];
  return Uint8Array.from(bytes);
}

// ---- binding to the wasm backend

type BmmFn = (a: number, b: number, c: number, batch: number, m: number, k: number, n: number,
  aRow: number, aK: number, aBatch: number, bBatch: number, alpha: number) => void;

/** The parts of tfjs-wasm's backend this module reads (checked at run time, not trusted by type). */
interface WasmBackendView {
  memory: WebAssembly.Memory;
  offsetOf(dataId: object): number;
  makeOutput(shape: number[], dtype: 'float32'): tf.TensorInfo;
}

function viewOf(backend: unknown): WasmBackendView | undefined {
  if (typeof backend !== 'object' || backend === null) return undefined;
  const wasm: unknown = Reflect.get(backend, 'wasm');
  const asm: unknown = typeof wasm === 'object' && wasm !== null ? Reflect.get(wasm, 'asm') : undefined;
  const memory: unknown = typeof asm === 'object' && asm !== null ? Reflect.get(asm, 'memory') : undefined;
  const map: unknown = Reflect.get(backend, 'dataIdMap');
  const makeOutput: unknown = Reflect.get(backend, 'makeOutput');
  if (!(memory instanceof WebAssembly.Memory) || typeof map !== 'object' || map === null || typeof makeOutput !== 'function') return undefined;
  const get: unknown = Reflect.get(map, 'get');
  if (typeof get !== 'function') return undefined;
  return {
    memory,
    offsetOf: (dataId) => {
      const entry: unknown = Reflect.apply(get, map, [dataId]);
      const offset: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'memoryOffset') : undefined;
      if (typeof offset !== 'number') throw new Error('shapetype kernels: tensor is not on the wasm heap');
      return offset;
    },
    makeOutput: (shape, dtype) => Reflect.apply(makeOutput, backend, [shape, dtype]),
  };
}

/**
 * Whether relaxed SIMD (f32x4.relaxed_madd: a fused multiply-add where the CPU has one) validates.
 * Node 20's V8 has it behind --experimental-wasm-relaxed-simd, a flag that only gates validation
 * of new modules; it is turned on here when needed (SHAPETYPE_RELAXED_SIMD=0 leaves it off).
 * Fused products are ~1.3x faster and round once instead of twice.
 */
function relaxedSimd(): boolean {
  if (process.env.SHAPETYPE_RELAXED_SIMD === '0') return false;
  // (module (func (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2))))
  const probe = Uint8Array.from([
    0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 1, 0x60, 3, V128, V128, V128, 1, V128, 3, 2, 1, 0,
    10, 13, 1, 11, 0, 0x20, 0, 0x20, 1, 0x20, 2, ...op.f32x4madd, 0x0b,
  ]);
  if (WebAssembly.validate(probe)) return true;
  try {
    setFlagsFromString('--experimental-wasm-relaxed-simd');
  } catch {
    return false;
  }
  return WebAssembly.validate(probe);
}

const kernelName = 'ShapetypeBatchMatMul';
/** The wasm backend instance the kernel was built for, and whether that worked. */
let state: { backend: unknown; ok: boolean; fma?: boolean; threads?: boolean } | undefined;

/**
 * Assembles the module against the wasm backend's memory and registers the kernels, once per
 * backend instance (called only while wasm is the active, hence initialised, backend).
 */
function ready(): boolean {
  const backend: unknown = tf.findBackend('wasm');
  if (state !== undefined && state.backend === backend) return state.ok;
  state = { backend, ok: false };
  if (process.env.SHAPETYPE_NO_KERNELS === '1') return false;
  const view = viewOf(backend);
  if (!view) return false;
  let bmm: unknown;
  let chosen: [number, number, boolean, boolean] | undefined;
  // 2 x 16 blocks with fused multiply-adds where relaxed SIMD exists; else 4 x 8 with mul + add
  // (the fastest of the shapes measured; larger blocks spill registers).
  for (const variant of relaxedSimd() ? [[2, 4, false, true] as const, [4, 2, false, false] as const] : [[4, 2, false, false] as const]) {
    try {
      bmm = new WebAssembly.Instance(new WebAssembly.Module(assemble([[...variant]]).buffer), { env: { memory: view.memory } }).exports.bmm;
      chosen = [...variant];
      break;
    } catch {
      // No SIMD (or no WebAssembly.Memory to share): the next variant, or tf.matMul.
    }
  }
  if (typeof bmm !== 'function') return false;
  const call = (...args: Parameters<BmmFn>): void => {
    Reflect.apply(bmm, undefined, args);
  };
  const pool = chosen ? ThreadPool.create(chosen, view, call) : undefined;
  activePool = pool;
  if (tf.getKernel(kernelName, 'wasm') !== undefined) tf.unregisterKernel(kernelName, 'wasm');
  tf.registerKernel({
    kernelName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { a, b } = inputs;
      if (a === undefined || b === undefined) throw new Error(`${kernelName}: needs inputs a and b`);
      const { transposeA, alpha, batch, m, k, n, aBatch, bBatch } = bmmAttrs(attrs);
      const out = view.makeOutput([batch, m, n], 'float32');
      const pa = view.offsetOf(a.dataId);
      const pb = view.offsetOf(b.dataId);
      const pc = view.offsetOf(out.dataId);
      // A is [batch, M, K], or [batch, K, M] read transposed.
      const job: BmmJob = { pa, pb, pc, batch, m, k, n, transposeA, aBatch, bBatch, alpha };
      if (pool && secondThread && pool.run(job)) threadedProducts += 1;
      else call(pa, pb, pc, batch, m, k, n, transposeA ? 4 : 4 * k, transposeA ? 4 * m : 4, aBatch ? 4 * m * k : 0, bBatch ? 4 * k * n : 0, alpha);
      return out;
    },
  });
  registerRowKernels(view);
  shareIdentity(backend);
  state.ok = true;
  state.fma = chosen?.[3] ?? false;
  state.threads = pool !== undefined;
  return true;
}

const gatherName = 'ShapetypeGatherRows';
const scatterName = 'ShapetypeScatterAddRows';

/**
 * Row gather and its transpose, the scatter-add, as plain copies on the wasm heap: tfjs-wasm's
 * GatherV2 takes ~4 ms for an embedding lookup of 1024 rows of 128, and its gradient needs
 * UnsortedSegmentSum, which wasm lacks. Indices are checked as GatherV2 checks them.
 */
function registerRowKernels(view: WasmBackendView): void {
  const heaps = (): { f32: Float32Array; i32: Int32Array } => ({ f32: new Float32Array(view.memory.buffer), i32: new Int32Array(view.memory.buffer) });
  const checkedIndices = (indices: tf.TensorInfo, n: number, rows: number): Int32Array => {
    const ids = new Int32Array(view.memory.buffer, view.offsetOf(indices.dataId), n).slice();
    for (const id of ids) {
      if (!(id >= 0 && id < rows)) throw new Error(`GatherV2: the index value ${id} is not in [0, ${rows - 1}]`);
    }
    return ids;
  };
  for (const name of [gatherName, scatterName]) if (tf.getKernel(name, 'wasm') !== undefined) tf.unregisterKernel(name, 'wasm');
  tf.registerKernel({
    kernelName: gatherName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { x, indices } = inputs;
      if (x === undefined || indices === undefined) throw new Error(`${gatherName}: needs inputs x and indices`);
      const [rows, size, n] = [numAttr(attrs, 'rows'), numAttr(attrs, 'size'), numAttr(attrs, 'n')];
      const ids = checkedIndices(indices, n, rows);
      const out = view.makeOutput([n, size], 'float32');
      const { f32 } = heaps();
      const from = view.offsetOf(x.dataId) / 4;
      const to = view.offsetOf(out.dataId) / 4;
      for (let i = 0; i < n; i++) f32.copyWithin(to + i * size, from + ids[i] * size, from + (ids[i] + 1) * size);
      return out;
    },
  });
  tf.registerKernel({
    kernelName: scatterName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { x, indices } = inputs;
      if (x === undefined || indices === undefined) throw new Error(`${scatterName}: needs inputs x and indices`);
      const [rows, size, n] = [numAttr(attrs, 'rows'), numAttr(attrs, 'size'), numAttr(attrs, 'n')];
      const ids = checkedIndices(indices, n, rows);
      const out = view.makeOutput([rows, size], 'float32');
      const { f32 } = heaps();
      const from = view.offsetOf(x.dataId) / 4;
      const to = view.offsetOf(out.dataId) / 4;
      f32.fill(0, to, to + rows * size);
      for (let i = 0; i < n; i++) {
        const dst = to + ids[i] * size;
        const src = from + i * size;
        for (let c = 0; c < size; c++) f32[dst + c] += f32[src + c];
      }
      return out;
    },
  });
}

function numAttr(attrs: tf.NamedAttrMap | undefined, key: string): number {
  const v: unknown = attrs?.[key];
  if (typeof v !== 'number') throw new Error(`shapetype kernel: attribute ${key} missing`);
  return v;
}

/** Rows of a [rows, size] float32 table picked by int32 indices [n] -> [n, size]; undefined when the kernel does not apply. */
export function gatherRowsRaw(table: tf.Tensor, indices: tf.Tensor): tf.Tensor | undefined {
  if (table.rank !== 2 || indices.rank !== 1 || table.dtype !== 'float32' || indices.dtype !== 'int32' || !kernelsActive()) return undefined;
  const ts: number[] = table.shape;
  return tf.engine().runKernel(gatherName, { x: table, indices }, { rows: ts[0], size: ts[1], n: indices.size }) as tf.Tensor;
}

/** The transpose of gatherRowsRaw: dy [n, size] summed into rows [rows, size] by indices [n]; undefined when the kernel does not apply. */
export function scatterAddRowsRaw(dy: tf.Tensor, indices: tf.Tensor, rows: number): tf.Tensor | undefined {
  if (dy.rank !== 2 || indices.rank !== 1 || dy.dtype !== 'float32' || indices.dtype !== 'int32' || !kernelsActive()) return undefined;
  const ds: number[] = dy.shape;
  return tf.engine().runKernel(scatterName, { x: dy, indices }, { rows, size: ds[1], n: indices.size }) as tf.Tensor;
}

/** Sums of a [rows, cols] float32 matrix over its rows -> [cols], as one product with a row of ones. */
export function columnSumsRaw(x: tf.Tensor): tf.Tensor {
  const xs: number[] = x.shape;
  if (x.rank !== 2 || !kernelsActive()) return tf.sum(x, 0);
  return tf.tidy(() => tf.reshape(batchMatMulRaw(tf.ones([1, 1, xs[0]]), tf.reshape(x, [1, xs[0], xs[1]])), [xs[1]]));
}

/**
 * Makes the wasm backend's Identity kernel share its input's memory (a reference count, as the cpu
 * backend's does) instead of copying it. tfjs clones every tensor that a gradient keeps for the
 * backward pass (the inputs of each taped mul, reshape, ...; what customGrad saves) through
 * Identity, so on wasm each clone was a full copy. tfjs tensors are immutable (a variable's assign
 * swaps its data, never writes into it), so sharing is safe. String tensors keep the copying kernel.
 */
function shareIdentity(backend: unknown): void {
  const original = tf.getKernel('Identity', 'wasm');
  const incRef: unknown = typeof backend === 'object' && backend !== null ? Reflect.get(backend, 'incRef') : undefined;
  if (original === undefined || typeof incRef !== 'function' || Reflect.get(original.kernelFunc, sharedTag) === true) return;
  const copying = original.kernelFunc;
  const kernelFunc: tf.KernelFunc = (args) => {
    const x = args.inputs.x;
    if (x === undefined || x.dtype === 'string') return copying(args);
    Reflect.apply(incRef, backend, [x.dataId]);
    return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
  };
  Reflect.set(kernelFunc, sharedTag, true);
  tf.unregisterKernel('Identity', 'wasm');
  tf.registerKernel({ ...original, kernelFunc });
}
const sharedTag = Symbol('shapetype shared identity');

/** One batched product, as the kernel receives it (byte offsets into tfjs-wasm's heap). */
interface BmmJob {
  pa: number; pb: number; pc: number; batch: number; m: number; k: number; n: number;
  transposeA: boolean; aBatch: boolean; bBatch: boolean; alpha: number;
}

/**
 * The worker: runs the kernel on a shared memory for each job the main thread posts. Control words
 * (Int32): [0] the number of the last job posted, [1..11] its arguments, [12] alpha (as float32),
 * [13] 0 when it ran, 1 when it threw, [14] the number of the last job done, [15] 1 = stop,
 * [16] a stall in ms between marking a job done and notifying (tests: what a descheduled thread does).
 * Each side waits on a job number, never on a flag that flips back: a wake-up from a late
 * Atomics.notify (the other side descheduled between its store and its notify, common on a busy
 * machine) then finds the number unchanged and waits again. The first design waited on one word that
 * went 0 -> 1 -> 0, and such a stale wake-up let the main thread read C before the worker had written
 * it, or the worker run a job twice: one wrong gradient in ~1,000 under load.
 */
const workerSource = `
const { workerData } = require('node:worker_threads');
const { module, memory, control } = workerData;
const bmm = new WebAssembly.Instance(module, { env: { memory } }).exports.bmm;
const c = new Int32Array(control);
const f = new Float32Array(control);
let seen = 0;
for (;;) {
  let posted;
  while ((posted = Atomics.load(c, 0)) === seen) Atomics.wait(c, 0, seen);
  if (Atomics.load(c, 15) === 1) break;
  seen = posted;
  try { bmm(c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], f[12]); c[13] = 0; } catch (e) { c[13] = 1; }
  Atomics.store(c, 14, seen);
  const stall = Atomics.load(c, 16);
  if (stall > 0) { const t = Date.now(); while (Date.now() - t < stall); }
  Atomics.notify(c, 14);
}
`;

/**
 * A second thread for large products: tfjs-wasm runs on one thread (Node cannot run its threaded
 * build), so on a 2-core machine half the CPU idles. Big products are split in two: the worker
 * computes the last batch entries (or the last rows of a single product) on copies in a shared
 * memory while the main thread computes the rest in place; the worker's rows are copied back.
 * SHAPETYPE_THREADS=0 turns it off; a worker that fails or stalls turns it off for good.
 */
class ThreadPool {
  /** Products of fewer FLOPs run on the main thread alone (a hand-off costs ~0.05 ms plus copies). */
  static readonly minFlops = 4e6;
  static readonly minFlopsPerCopy = 50;
  /** Share of the work the worker takes (it also waits for the copies). */
  static readonly workerShare = 0.5;
  private static readonly maxPages = 16384;
  private readonly control = new SharedArrayBuffer(68);
  private readonly c = new Int32Array(this.control);
  private readonly f = new Float32Array(this.control);
  private readonly memory: WebAssembly.Memory;
  private alive = true;
  /** The number of the last job posted (the worker starts having seen job 0). */
  private job = 0;

  static create(variant: [number, number, boolean, boolean], view: WasmBackendView, call: BmmFn): ThreadPool | undefined {
    const wanted = process.env.SHAPETYPE_THREADS;
    if (wanted === '0' || (wanted !== '1' && availableParallelism() < 2)) return undefined;
    try {
      return new ThreadPool(variant, view, call);
    } catch {
      return undefined;
    }
  }

  private constructor(variant: [number, number, boolean, boolean], private readonly view: WasmBackendView, private readonly call: BmmFn) {
    const module = new WebAssembly.Module(assemble([variant], ThreadPool.maxPages).buffer);
    this.memory = new WebAssembly.Memory({ initial: 64, maximum: ThreadPool.maxPages, shared: true });
    const worker = new Worker(workerSource, { eval: true, workerData: { module, memory: this.memory, control: this.control } });
    worker.unref();
    worker.on('error', () => {
      this.alive = false;
    });
    worker.on('exit', () => {
      this.alive = false;
    });
  }

  /** Runs the job on both threads; false (nothing done) when it is too small or the worker is gone. */
  run(job: BmmJob): boolean {
    const { batch, m, k, n, transposeA, aBatch, bBatch, alpha } = job;
    if (!this.alive || 2 * batch * m * k * n < ThreadPool.minFlops) return false;
    // The worker's part: the last wb batch entries, or (one entry) the last wm rows.
    const byBatch = batch >= 2;
    const wb = byBatch ? Math.max(1, Math.round(batch * ThreadPool.workerShare)) : 1;
    const wm = byBatch ? m : Math.max(1, Math.round(m * ThreadPool.workerShare));
    if (!byBatch && wm >= m) return false;
    const aSize = m * k;
    const bSize = k * n;
    // Floats of A, B and C the worker needs, and where they come from.
    const aFrom = job.pa / 4 + (byBatch ? (aBatch ? (batch - wb) * aSize : 0) : transposeA ? 0 : (m - wm) * k);
    const aCount = byBatch ? (aBatch ? wb * aSize : aSize) : transposeA ? aSize : wm * k;
    const bFrom = job.pb / 4 + (byBatch && bBatch ? (batch - wb) * bSize : 0);
    const bCount = byBatch && bBatch ? wb * bSize : bSize;
    const cCount = wb * wm * n;
    // Copies cost about as much per float as ~50 FLOPs of the kernel: products with less work per
    // copied float (attention's, with a dim of 16) run faster on one thread.
    if (2 * wb * wm * k * n < ThreadPool.minFlopsPerCopy * (aCount + bCount + cCount)) return false;
    const aAt = 0;
    const bAt = align4(aAt + aCount);
    const cAt = align4(bAt + bCount);
    const bytes = 4 * (cAt + cCount);
    const have = this.memory.buffer.byteLength;
    if (bytes > have) {
      const pages = Math.ceil((bytes - have) / 65536);
      if (have / 65536 + pages > ThreadPool.maxPages) return false;
      this.memory.grow(pages);
    }
    const shared = new Float32Array(this.memory.buffer);
    const heap = new Float32Array(this.view.memory.buffer);
    shared.set(heap.subarray(aFrom, aFrom + aCount), aAt);
    shared.set(heap.subarray(bFrom, bFrom + bCount), bAt);
    // A read transposed in the one-entry case keeps all K x M of A: start at column m - wm.
    const aStart = 4 * aAt + (!byBatch && transposeA ? 4 * (m - wm) : 0);
    const args = [
      aStart, 4 * bAt, 4 * cAt, wb, wm, k, n, transposeA ? 4 : 4 * k, transposeA ? 4 * m : 4,
      byBatch && aBatch ? 4 * aSize : 0, byBatch && bBatch ? 4 * bSize : 0,
    ];
    for (let i = 0; i < args.length; i++) this.c[i + 1] = args[i];
    this.f[12] = alpha;
    const number = (this.job = this.job === 0x7fffffff ? 1 : this.job + 1);
    Atomics.store(this.c, 0, number);
    Atomics.notify(this.c, 0);
    // The main thread's part, in place: the first batch - wb entries, or the first m - wm rows.
    const mb = byBatch ? batch - wb : 1;
    const mm = byBatch ? m : m - wm;
    this.call(job.pa, job.pb, job.pc, mb, mm, k, n, transposeA ? 4 : 4 * k, transposeA ? 4 * m : 4, aBatch ? 4 * aSize : 0, bBatch ? 4 * bSize : 0, alpha);
    if (!this.finished(number, 10_000) || this.c[13] !== 0) {
      // A stalled or failed worker: never use it again, and do its part here.
      this.stop();
      const pa = job.pa + 4 * (aFrom - job.pa / 4) + (!byBatch && transposeA ? 4 * (m - wm) : 0);
      const pb = job.pb + 4 * (bFrom - job.pb / 4);
      const pc = job.pc + 4 * (mb * mm * n);
      this.call(pa, pb, pc, wb, wm, k, n, transposeA ? 4 : 4 * k, transposeA ? 4 * m : 4, byBatch && aBatch ? 4 * aSize : 0, byBatch && bBatch ? 4 * bSize : 0, alpha);
      return true;
    }
    // Its rows of C follow the main thread's: batch entries mb.., or rows mm.. of the one entry.
    const out = new Float32Array(this.view.memory.buffer);
    out.set(new Float32Array(this.memory.buffer, 4 * cAt, cCount), job.pc / 4 + mb * mm * n);
    return true;
  }

  /** Makes the worker stall `ms` between marking each job done and notifying (tests). */
  stallForTesting(ms: number): void {
    Atomics.store(this.c, 16, ms);
  }

  /** Waits until the worker has done job `number` (true), or `ms` have passed (false). */
  private finished(number: number, ms: number): boolean {
    const deadline = performance.now() + ms;
    for (;;) {
      const done = Atomics.load(this.c, 14);
      if (done === number) return true;
      const left = deadline - performance.now();
      if (left <= 0) return false;
      Atomics.wait(this.c, 14, done, left);
    }
  }

  /** Never uses the worker again and tells it to exit (it may still be busy: its memory is its own). */
  private stop(): void {
    this.alive = false;
    Atomics.store(this.c, 15, 1);
    Atomics.store(this.c, 0, this.job === 0x7fffffff ? 1 : this.job + 1);
    Atomics.notify(this.c, 0);
  }
}
function align4(floats: number): number {
  return Math.ceil(floats / 4) * 4;
}

function bmmAttrs(attrs: tf.NamedAttrMap | undefined): {
  transposeA: boolean; alpha: number; batch: number; m: number; k: number; n: number; aBatch: boolean; bBatch: boolean;
} {
  const num = (key: string): number => {
    const v: unknown = attrs?.[key];
    if (typeof v !== 'number') throw new Error(`${kernelName}: attribute ${key} missing`);
    return v;
  };
  return {
    transposeA: attrs?.transposeA === true, alpha: num('alpha'), batch: num('batch'), m: num('m'), k: num('k'), n: num('n'),
    aBatch: attrs?.aBatch === true, bBatch: attrs?.bBatch === true,
  };
}

/** Whether products may use the second thread (when it exists): tests compare both paths. */
let secondThread = true;
/** The second thread of the current kernels, if any. */
let activePool: ThreadPool | undefined;
/**
 * Makes the worker wait `ms` after marking each product done before it wakes the main thread, as a
 * thread descheduled at that point on a busy machine does (the race the first hand-off lost). Tests only.
 */
export function stallWorkerForTesting(ms: number): void {
  activePool?.stallForTesting(ms);
}
/** Products that ran split across both threads (tests check that the split path ran). */
let threadedProducts = 0;
/** Turns the second thread's use on or off at run time (SHAPETYPE_THREADS=0 never starts it); returns the previous setting. Internal: tests and benchmarks. */
export function useSecondThread(on: boolean): boolean {
  const was = secondThread;
  secondThread = on;
  return was;
}

/** What the kernels run with, for benchmarks: active (wasm, module built), fused multiply-adds, a second thread. */
export function kernelInfo(): { active: boolean; fma: boolean; threads: boolean; threadedProducts: number } {
  const active = kernelsActive();
  return { active, fma: active && (state?.fma ?? false), threads: active && secondThread && (state?.threads ?? false), threadedProducts };
}

/** Whether the SIMD kernel runs on the current backend (wasm, module built). */
export function kernelsActive(): boolean {
  return tf.getBackend() === 'wasm' && ready();
}

/**
 * alpha * op(a) @ b over rank-3 operands, op(a) = a or a's last two dims swapped: a [batch|1, M, K]
 * (or [batch|1, K, M] with transposeA), b [batch|1, K, N] -> [batch, M, N]; a batch of 1
 * broadcasts. No gradient (callers wrap it in customGrad). On wasm it runs the SIMD kernel, else
 * tf.matMul (with a explicitly transposed, the form other backends run fastest too).
 */
export function batchMatMulRaw(a: tf.Tensor, b: tf.Tensor, transposeA = false, alpha = 1): tf.Tensor {
  if (a.rank !== 3 || b.rank !== 3) throw new Error(`batchMatMulRaw: needs rank-3 operands, got [${a.shape}] and [${b.shape}]`);
  const sa: number[] = a.shape;
  const sb: number[] = b.shape;
  const [ab, a1, a2] = [sa[0], sa[1], sa[2]];
  const [bb, k, n] = [sb[0], sb[1], sb[2]];
  const m = transposeA ? a2 : a1;
  const ka = transposeA ? a1 : a2;
  if (ka !== k) throw new Error(`batchMatMulRaw: inner dims differ, [${a.shape}] and [${b.shape}] (transposeA ${transposeA})`);
  if (ab !== bb && ab !== 1 && bb !== 1) throw new Error(`batchMatMulRaw: batch dims differ, ${ab} and ${bb}`);
  const batch = Math.max(ab, bb);
  if (a.dtype === 'float32' && b.dtype === 'float32' && n >= 1 && k >= 1 && m >= 1 && kernelsActive()) {
    const attrs = { transposeA, alpha, batch, m, k, n, aBatch: ab !== 1, bBatch: bb !== 1 };
    return tf.engine().runKernel(kernelName, { a, b }, attrs) as tf.Tensor;
  }
  return tf.tidy(() => {
    const expand = (t: tf.Tensor): tf.Tensor => (t.shape[0] === batch ? t : tf.broadcastTo(t, [batch, ...t.shape.slice(1)]));
    const y = tf.matMul(expand(transposeA ? tf.transpose(a, [0, 2, 1]) : a), expand(b));
    return alpha === 1 ? y : tf.mul(y, alpha);
  });
}
