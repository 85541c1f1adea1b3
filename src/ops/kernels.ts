// Hand-written WebAssembly SIMD kernels for what tfjs's wasm backend runs slowly. tfjs-wasm sends
// every matmul but the rank-2, non-transposed one to a scalar loop (~1 GFLOP/s), so attention's
// batched products [B*H, T, Dh] @ [B*H, Dh, T] and every transposed gradient product took that path.
// This module assembles (with the tiny assembler below: no toolchain needed) a SIMD batched matmul
// that shares the wasm backend's memory, and registers it as a tfjs kernel of the wasm backend, so
// it runs inside tidy scopes and gradient tapes like any other kernel. With it:
//   - either operand read transposed in place (the gradients' forms: no Transpose kernels), B packed
//     into column panels and A into row blocks, blocked over K to stay in cache, a 2 x 16 register
//     block of accumulators (~40-45 GFLOP/s per core on the default step's products);
//   - fused multiply-adds where wasm relaxed SIMD exists (SHAPETYPE_RELAXED_SIMD=0: mul + add);
//   - large products split across a second thread (SHAPETYPE_THREADS=0: one thread);
//   - row gather / scatter-add kernels for embedding lookups and their gradient;
//   - an Identity kernel that shares memory instead of copying (what gradients save).
// SHAPETYPE_NO_KERNELS=1 turns all of it off. Not part of the public API: ops call batchMatMulRaw
// and friends, which fall back to tfjs wherever a kernel does not apply (another backend, no SIMD).
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { tf } from './tf.js';

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
const F64 = 0x7c;
const V128 = 0x7b;
// The opcodes: a class of static members rather than a const object, as tsc narrows each reference to a variable by
// walking the enclosing function's control flow back to its start, and these are ~1,000 references in long
// functions; a class name is not narrowed (this file's check: -12% of its instructions).
class op {
  static readonly block = [0x02, 0x40];
  static readonly loop = [0x03, 0x40];
  static readonly if = [0x04, 0x40];
  static readonly end = [0x0b];
  static br(d: number): number[] { return [0x0c, ...uleb(d)]; }
  static brIf(d: number): number[] { return [0x0d, ...uleb(d)]; }
  static get(i: number): number[] { return [0x20, ...uleb(i)]; }
  static set(i: number): number[] { return [0x21, ...uleb(i)]; }
  static tee(i: number): number[] { return [0x22, ...uleb(i)]; }
  static i32(v: number): number[] { return [0x41, ...sleb(v)]; }
  static readonly f32zero = [0x43, 0, 0, 0, 0];
  static f32load(offset = 0): number[] { return [0x2a, 2, ...uleb(offset)]; }
  static f32store(offset = 0): number[] { return [0x38, 2, ...uleb(offset)]; }
  static readonly ifElse = [0x04, 0x40];
  static readonly ifV128 = [0x04, 0x7b];
  static readonly else = [0x05];
  static call(f: number): number[] { return [0x10, ...uleb(f)]; }
  static readonly select = [0x1b];
  static readonly i32eqz = [0x45];
  static readonly i32eq = [0x46];
  static readonly i32ne = [0x47];
  static readonly i32ltU = [0x49];
  static readonly i32leU = [0x4d];
  static readonly i32gtU = [0x4b];
  static readonly i32geU = [0x4f];
  static readonly i32add = [0x6a];
  static readonly i32sub = [0x6b];
  static readonly i32mul = [0x6c];
  static readonly i32divU = [0x6e];
  static readonly i32and = [0x71];
  static readonly i32or = [0x72];
  static readonly f32add = [0x92];
  static readonly f32mul = [0x94];
  static readonly f32div = [0x95];
  static readonly f32sqrt = [0x91];
  static readonly f32convertU = [0xb3];
  static readonly f32one = [0x43, 0x00, 0x00, 0x80, 0x3f];
  static f32x4extract(lane: number): number[] { return [0xfd, ...uleb(31), lane]; }
  static readonly f64zero = [0x44, 0, 0, 0, 0, 0, 0, 0, 0];
  static readonly f64promote = [0xbb];
  static readonly f64add = [0xa0];
  static readonly f64mul = [0xa2];
  static v128load(offset = 0): number[] { return [0xfd, ...uleb(0), 2, ...uleb(offset)]; }
  static v128store(offset = 0): number[] { return [0xfd, ...uleb(11), 2, ...uleb(offset)]; }
  /** v128.load32_splat: one float, broadcast to the 4 lanes. */
  static v128load32splat(offset = 0): number[] { return [0xfd, ...uleb(9), 2, ...uleb(offset)]; }
  /** i8x16.shuffle of a vector with itself: lanes (a0, b0, a1, b1) -> (b0, a0, b1, a1). */
  static readonly v128swapPairs = [0xfd, ...uleb(13), 4, 5, 6, 7, 0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11];
  static readonly v128zero = [0xfd, ...uleb(12), ...new Array<number>(16).fill(0)];
  static readonly f32x4splat = [0xfd, ...uleb(19)];
  static readonly f32x4add = [0xfd, ...uleb(228)];
  static readonly f32x4mul = [0xfd, ...uleb(230)];
  static readonly f32x4sub = [0xfd, ...uleb(229)];
  static readonly f32x4div = [0xfd, ...uleb(231)];
  static readonly f32x4max = [0xfd, ...uleb(233)];
  static readonly f32x4pmax = [0xfd, ...uleb(235)];
  static readonly f32x4nearest = [0xfd, ...uleb(106)];
  static readonly i32x4add = [0xfd, ...uleb(174)];
  static readonly i32x4shl = [0xfd, ...uleb(171)];
  static readonly i32x4ltS = [0xfd, ...uleb(57)];
  static readonly i32x4splat = [0xfd, ...uleb(17)];
  static readonly i32x4truncSatF32x4S = [0xfd, ...uleb(248)];
  static readonly v128and = [0xfd, ...uleb(78)];
  static readonly v128bitselect = [0xfd, ...uleb(82)];
  static readonly f32max = [0x97];
  static readonly i32shrU = [0x76];
  /** v128.const of one float in the 4 lanes. */
  static f32x4const(x: number): number[] {
    const b = new Uint8Array(new Float32Array([x, x, x, x]).buffer);
    return [0xfd, ...uleb(12), ...b];
  }
  /** v128.const of 4 int32 lanes. */
  static i32x4const(lanes: [number, number, number, number]): number[] { return [0xfd, ...uleb(12), ...new Uint8Array(new Int32Array(lanes).buffer)]; }
  /** Relaxed SIMD: a * b + c, fused where the CPU can. */
  static readonly f32x4madd = [0xfd, ...uleb(0x105)];
}

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

/** The register block of the product's inner loop: R rows by V vectors of 4 columns. */
export interface GemmShape {
  R: number;
  V: number;
  fma: boolean;
}

/** while (cond) { body }: cond leaves an i32 on the stack (non-zero: go on). */
function whileDo(cond: number[], body: number[]): number[] {
  return [...op.block, ...op.loop, ...cond, ...op.i32eqz, ...op.brIf(1), ...body, ...op.br(0), ...op.end, ...op.end];
}
/** do { body } while (--counter), counter >= 1 on entry. */
function countDown(counter: number, body: number[]): number[] {
  return [...op.loop, ...body, ...op.get(counter), ...op.i32(1), ...op.i32sub, ...op.tee(counter), ...op.brIf(0), ...op.end];
}
/** x = min(limit - from, cap) */
function minRest(x: number, limit: number, from: number, cap: number): number[] {
  return [
    ...op.get(limit), ...op.get(from), ...op.i32sub, ...op.set(x),
    ...op.i32(cap), ...op.get(x), ...op.get(x), ...op.i32(cap), ...op.i32gtU, ...op.select, ...op.set(x),
  ];
}
/** x = min(limit - from, cap), cap a local */
function minRestOf(x: number, limit: number, from: number, cap: number): number[] {
  return [
    ...op.get(limit), ...op.get(from), ...op.i32sub, ...op.set(x),
    ...op.get(cap), ...op.get(x), ...op.get(x), ...op.get(cap), ...op.i32gtU, ...op.select, ...op.set(x),
  ];
}
const inc = (x: number, by: number[]): number[] => [...op.get(x), ...by, ...op.i32add, ...op.set(x)];

/**
 * packB(b, dst, K, N, bK, bCol): B's element (k, j) sits at b + k * bK + j * bCol (byte strides:
 * row-major or transposed). Writes panels of W = 4V columns, each [K][W] contiguous, columns past N
 * zero, so the inner loop reads B as one stream.
 */
function packBFunction(W: number): Fn {
  const [pb, pdst, pK, pN, pbK, pbCol] = [0, 1, 2, 3, 4, 5];
  const L = new Locals(6);
  const [jb, cw, src, kk, w, p, q, end] = [L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32)];
  const full = [
    ...op.get(pK), ...op.set(kk),
    ...countDown(kk, [
      ...Array.from({ length: W / 4 }, (_, v) => [...op.get(pdst), ...op.get(src), ...op.v128load(16 * v), ...op.v128store(16 * v)]).flat(),
      ...inc(src, op.get(pbK)), ...inc(pdst, op.i32(4 * W)),
    ]),
  ];
  const partial = [
    // zero the panel, then copy the cw columns there are
    ...op.get(pdst), ...op.set(p),
    ...op.get(pdst), ...op.get(pK), ...op.i32(4 * W), ...op.i32mul, ...op.i32add, ...op.set(end),
    ...op.loop, ...op.get(p), ...op.v128zero, ...op.v128store(), ...inc(p, op.i32(16)), ...op.get(p), ...op.get(end), ...op.i32ltU, ...op.brIf(0), ...op.end,
    ...op.i32(0), ...op.set(w),
    ...whileDo([...op.get(w), ...op.get(cw), ...op.i32ltU], [
      ...op.get(pdst), ...op.get(w), ...op.i32(4), ...op.i32mul, ...op.i32add, ...op.set(p),
      ...op.get(src), ...op.get(w), ...op.get(pbCol), ...op.i32mul, ...op.i32add, ...op.set(q),
      ...op.get(pK), ...op.set(kk),
      ...countDown(kk, [...op.get(p), ...op.get(q), ...op.f32load(), ...op.f32store(), ...inc(p, op.i32(4 * W)), ...inc(q, op.get(pbK))]),
      ...inc(w, op.i32(1)),
    ]),
    ...op.get(end), ...op.set(pdst),
  ];
  const body = [
    ...op.i32(0), ...op.set(jb),
    ...whileDo([...op.get(jb), ...op.get(pN), ...op.i32ltU], [
      ...minRest(cw, pN, jb, W),
      ...op.get(pb), ...op.get(jb), ...op.get(pbCol), ...op.i32mul, ...op.i32add, ...op.set(src),
      ...op.get(cw), ...op.i32(W), ...op.i32eq, ...op.get(pbCol), ...op.i32(4), ...op.i32eq, ...op.i32and,
      ...op.ifElse, ...full, ...op.else, ...partial, ...op.end,
      ...inc(jb, op.i32(W)),
    ]),
  ];
  return { params: [I32, I32, I32, I32, I32, I32], locals: L, body };
}

/**
 * packA(a, dst, rm, K, aRow, aK): rm <= R rows of A (element (i, k) at a + i * aRow + k * aK) into
 * [K][R] contiguous, rows past rm zero.
 */
function packAFunction(R: number): Fn {
  const [pa, pdst, prm, pK, paRow, paK] = [0, 1, 2, 3, 4, 5];
  const L = new Locals(6);
  const [r, p, q, kk] = [L.add(I32), L.add(I32), L.add(I32), L.add(I32)];
  const body = [
    ...op.get(prm), ...op.i32(R), ...op.i32ltU, ...op.if,
    ...op.get(pdst), ...op.set(p), ...op.get(pK), ...op.i32(R), ...op.i32mul, ...op.set(kk),
    ...countDown(kk, [...op.get(p), ...op.f32zero, ...op.f32store(), ...inc(p, op.i32(4))]),
    ...op.end,
    ...op.i32(0), ...op.set(r),
    ...whileDo([...op.get(r), ...op.get(prm), ...op.i32ltU], [
      ...op.get(pa), ...op.get(r), ...op.get(paRow), ...op.i32mul, ...op.i32add, ...op.set(p),
      ...op.get(pdst), ...op.get(r), ...op.i32(4), ...op.i32mul, ...op.i32add, ...op.set(q),
      ...op.get(pK), ...op.set(kk),
      ...countDown(kk, [...op.get(q), ...op.get(p), ...op.f32load(), ...op.f32store(), ...inc(p, op.get(paK)), ...inc(q, op.i32(4 * R))]),
      ...inc(r, op.i32(1)),
    ]),
  ];
  return { params: [I32, I32, I32, I32, I32, I32], locals: L, body };
}

/**
 * The rows of B packed at a time (cache blocking over K): a block of B of at most ~128 KiB stays in
 * the L2 cache while every row block of A passes over it. SHAPETYPE_KC_FLOATS changes the budget
 * (benchmarks).
 */
export function kBlock(shape: GemmShape, k: number, n: number): number {
  const W = 4 * shape.V;
  return Math.min(k, Math.max(16, Math.floor(kBlockFloats / (Math.ceil(n / W) * W))));
}
let kBlockFloats = Number(process.env.SHAPETYPE_KC_FLOATS ?? 32768);
/** Sets the floats of B packed at a time (tests: blocked and unblocked products give the same bits); returns the previous value. */
export function setKBlockFloatsForTesting(floats: number): number {
  const was = kBlockFloats;
  kBlockFloats = floats;
  return was;
}

/** Bytes of scratch gemm needs for one product: a packed block of B, one packed block of A, one tile of C. */
export function gemmScratchBytes(shape: GemmShape, k: number, n: number): number {
  const W = 4 * shape.V;
  const kc = kBlock(shape, k, n);
  return 4 * (kc * Math.ceil(n / W) * W + kc * shape.R + shape.R * W) + 16;
}

/**
 * gemm(a, b, c, scratch, batch, M, K, N, aRow, aK, aBatch, bK, bCol, bBatch, KC, alpha): for each batch
 * entry C[M, N] = alpha * A @ B, with A's element (i, k) at a + i * aRow + k * aK and B's (k, j) at
 * b + k * bK + j * bCol (byte strides, so either may be transposed), C row-major (batch stride
 * M * N * 4; A's and B's batch strides are given, 0 broadcasts). Needs K >= 1 and gemmScratchBytes
 * at scratch. B is packed into panels of W = 4V columns (once when it broadcasts); each block of R
 * rows of A is packed to [K][R] (a transposed A is read in place: its R values per k are adjacent);
 * then R x V accumulators (v128 locals, registers) take one FMA per A value and B vector. Each
 * element of C is the sum over k in order, rounded the same wherever its tile falls, so any split of
 * the rows or batch entries (the second thread) gives the same bits.
 */
function gemmFunction({ R, V, fma }: GemmShape, packA: number, packB: number): Fn {
  const W = 4 * V;
  const [pa, pb, pc, pScratch, pBatch, pM, pK, pN, pARow, pAK, pABatch, pBK, pBCol, pBBatch, pKC, pAlpha] = Array.from({ length: 16 }, (_, i) => i);
  const L = new Locals(16);
  const [bi, i, jb, kk, kb, kc, pA0, pB, pB0, aStride, rowStep, rm, cw, rowC, ldc, packedA, tile, r, w, aBase, rows, pCRow] = Array.from({ length: 22 }, () => L.add(I32));
  const pRow = Array.from({ length: R }, () => L.add(I32));
  const alphaV = L.add(V128);
  const s = L.add(V128);
  const bv = Array.from({ length: V }, () => L.add(V128));
  const acc = Array.from({ length: R }, () => Array.from({ length: V }, () => L.add(V128)));

  /** The k loop: acc[r][v] += A(r, k) * B(k, v); A's R values per k from one pointer (offsets 4r) or from R row pointers. */
  const inner = (rowPointers: boolean): number[] => countDown(kk, [
    ...bv.flatMap((x, v) => [...op.get(pB), ...op.v128load(16 * v), ...op.set(x)]),
    ...acc.flatMap((row, rr) => [
      ...(rowPointers ? [...op.get(pRow[rr]), ...op.v128load32splat()] : [...op.get(pA0), ...op.v128load32splat(4 * rr)]), ...op.set(s),
      ...row.flatMap((x, v) => [
        ...(fma ? [...op.get(s), ...op.get(bv[v]), ...op.get(x), ...op.f32x4madd] : [...op.get(x), ...op.get(s), ...op.get(bv[v]), ...op.f32x4mul, ...op.f32x4add]),
        ...op.set(x),
      ]),
    ]),
    ...(rowPointers ? pRow.flatMap((p) => inc(p, op.i32(4))) : inc(pA0, op.get(aStride))),
    ...inc(pB, op.i32(16 * V)),
  ]);
  /** Copies the rm x cw corner of C at rowC to or from the tile (row stride W floats). */
  const edgeCopy = (toTile: boolean): number[] => [
    ...op.get(rowC), ...op.set(pCRow),
    ...op.i32(0), ...op.set(r),
    ...whileDo([...op.get(r), ...op.get(rm), ...op.i32ltU], [
      ...op.i32(0), ...op.set(w),
      ...whileDo([...op.get(w), ...op.get(cw), ...op.i32ltU], (() => {
        const cAddr = [...op.get(pCRow), ...op.get(w), ...op.i32(4), ...op.i32mul, ...op.i32add];
        const tAddr = [...op.get(tile), ...op.get(r), ...op.i32(W), ...op.i32mul, ...op.get(w), ...op.i32add, ...op.i32(4), ...op.i32mul, ...op.i32add];
        return [...(toTile ? [...tAddr, ...cAddr] : [...cAddr, ...tAddr]), ...op.f32load(), ...op.f32store(), ...inc(w, op.i32(1))];
      })()),
      ...inc(pCRow, op.get(ldc)), ...inc(r, op.i32(1)),
    ]),
  ];
  const full = [...op.get(rm), ...op.i32(R), ...op.i32eq, ...op.get(cw), ...op.i32(W), ...op.i32eq, ...op.i32and];
  // Before the k loop: zeros (first k block), or the partial sums of the earlier blocks from C.
  const loadAcc = [
    ...op.get(kb), ...op.i32eqz, ...op.ifElse,
    ...acc.flat().flatMap((x) => [...op.v128zero, ...op.set(x)]),
    ...op.else,
    ...full, ...op.ifElse,
    ...acc.flatMap((row, rr) => row.flatMap((x, v) => [...op.get(rowC), ...op.get(ldc), ...op.i32(rr), ...op.i32mul, ...op.i32add, ...op.v128load(16 * v), ...op.set(x)])),
    ...op.else,
    ...edgeCopy(true),
    ...acc.flatMap((row, rr) => row.flatMap((x, v) => [...op.get(tile), ...op.v128load(4 * rr * W + 16 * v), ...op.set(x)])),
    ...op.end,
    ...op.end,
  ];
  // After it: alpha * acc on the last k block, the raw sums before.
  const scaled = (x: number): number[] => [
    ...op.get(kb), ...op.get(kc), ...op.i32add, ...op.get(pK), ...op.i32geU,
    ...op.ifV128, ...op.get(x), ...op.get(alphaV), ...op.f32x4mul, ...op.else, ...op.get(x), ...op.end,
  ];
  const storeFull = acc.flatMap((row, rr) => row.flatMap((x, v) => [
    ...op.get(rowC), ...op.get(ldc), ...op.i32(rr), ...op.i32mul, ...op.i32add, ...scaled(x), ...op.v128store(16 * v),
  ]));
  const storeEdge = [
    ...acc.flatMap((row, rr) => row.flatMap((x, v) => [...op.get(tile), ...scaled(x), ...op.v128store(4 * rr * W + 16 * v)])),
    ...edgeCopy(false),
  ];
  const columnBlock = (rowPointers: boolean): number[] => [
    ...minRest(cw, pN, jb, W),
    ...op.get(pc), ...op.get(i), ...op.get(ldc), ...op.i32mul, ...op.i32add, ...op.get(jb), ...op.i32(4), ...op.i32mul, ...op.i32add, ...op.set(rowC),
    ...loadAcc,
    ...(rowPointers
      ? pRow.flatMap((p, rr) => [...op.get(aBase), ...op.get(rowStep), ...op.i32(rr), ...op.i32mul, ...op.i32add, ...op.set(p)])
      : [...op.get(aBase), ...op.set(pA0)]),
    ...op.get(kc), ...op.set(kk),
    ...inner(rowPointers),
    ...full, ...op.ifElse, ...storeFull, ...op.else, ...storeEdge, ...op.end,
    ...inc(jb, op.i32(W)),
  ];
  const columns = (rowPointers: boolean): number[] => [
    ...op.i32(0), ...op.set(jb), ...op.get(pB0), ...op.set(pB),
    ...whileDo([...op.get(jb), ...op.get(pN), ...op.i32ltU], columnBlock(rowPointers)),
  ];
  const rowBlock = [
    ...minRest(rm, pM, i, R),
    ...op.get(pa), ...op.get(i), ...op.get(pARow), ...op.i32mul, ...op.i32add, ...op.get(kb), ...op.get(pAK), ...op.i32mul, ...op.i32add, ...op.set(rows),
    ...op.get(rm), ...op.i32(R), ...op.i32eq, ...op.get(pAK), ...op.i32(4), ...op.i32eq, ...op.i32and,
    ...op.ifElse,
    // A row-major, a full block: R row pointers, each moving 4 bytes per k.
    ...op.get(rows), ...op.set(aBase), ...op.get(pARow), ...op.set(rowStep),
    ...columns(true),
    ...op.else,
    // A transposed (its R values per k adjacent) is read in place for a full block when one column
    // block covers N; otherwise packed: reused across the column blocks, and read in place its rows
    // of k lie 4M bytes apart, often a power of two that maps them onto a few cache sets.
    ...op.get(rm), ...op.i32(R), ...op.i32eq, ...op.get(pARow), ...op.i32(4), ...op.i32eq, ...op.i32and,
    ...op.get(pN), ...op.i32(W), ...op.i32leU, ...op.i32and,
    ...op.ifElse,
    ...op.get(rows), ...op.set(aBase), ...op.get(pAK), ...op.set(aStride),
    ...op.else,
    ...op.get(rows), ...op.get(packedA), ...op.get(rm), ...op.get(kc), ...op.get(pARow), ...op.get(pAK), ...op.call(packA),
    ...op.get(packedA), ...op.set(aBase), ...op.i32(4 * R), ...op.set(aStride),
    ...op.end,
    ...columns(false),
    ...op.end,
    ...inc(i, op.i32(R)),
  ];
  const body = [
    ...op.get(pN), ...op.i32(4), ...op.i32mul, ...op.set(ldc),
    // packed B: KC x ceil(N / W) * W floats; then one packed block of A; then one tile of C.
    ...op.get(pScratch), ...op.set(pB0),
    ...op.get(pScratch), ...op.get(pKC), ...op.get(pN), ...op.i32(W - 1), ...op.i32add, ...op.i32(W), ...op.i32divU, ...op.i32(4 * W), ...op.i32mul, ...op.i32mul, ...op.i32add, ...op.set(packedA),
    ...op.get(packedA), ...op.get(pKC), ...op.i32(4 * R), ...op.i32mul, ...op.i32add, ...op.set(tile),
    ...op.get(pAlpha), ...op.f32x4splat, ...op.set(alphaV),
    ...op.i32(0), ...op.set(bi),
    ...whileDo([...op.get(bi), ...op.get(pBatch), ...op.i32ltU], [
      ...op.i32(0), ...op.set(kb),
      ...whileDo([...op.get(kb), ...op.get(pK), ...op.i32ltU], [
        ...minRestOf(kc, pK, kb, pKC),
        // B's block of rows kb .. kb + kc, packed: once for a broadcast B that fits one block.
        ...op.get(bi), ...op.i32eqz, ...op.get(pBBatch), ...op.i32(0), ...op.i32ne, ...op.i32or, ...op.get(kc), ...op.get(pK), ...op.i32ne, ...op.i32or, ...op.if,
        ...op.get(pb), ...op.get(kb), ...op.get(pBK), ...op.i32mul, ...op.i32add, ...op.get(pB0), ...op.get(kc), ...op.get(pN), ...op.get(pBK), ...op.get(pBCol), ...op.call(packB),
        ...op.end,
        ...op.i32(0), ...op.set(i),
        ...whileDo([...op.get(i), ...op.get(pM), ...op.i32ltU], rowBlock),
        ...inc(kb, op.get(kc)),
      ]),
      ...inc(pa, op.get(pABatch)), ...inc(pb, op.get(pBBatch)),
      ...op.get(pc), ...op.get(pM), ...op.get(ldc), ...op.i32mul, ...op.i32add, ...op.set(pc),
      ...inc(bi, op.i32(1)),
    ]),
  ];
  return { params: [I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, I32, F32], locals: L, body };
}

// ---- elementwise kernels: one pass, SIMD with a scalar tail

/** An expression over one element: an input stream, a constant (f32 parameter), a named value, or an IEEE op. */
type Ex =
  | { in: number }
  | { table: number }
  | { op: 'swap'; a: Ex }
  | { c: number }
  | { v: string }
  | { op: 'add' | 'sub' | 'mul' | 'div'; a: Ex; b: Ex }
  | { op: 'sqrt'; a: Ex };
const ex = {
  in: (i: number): Ex => ({ in: i }), table: (i: number): Ex => ({ table: i }), swap: (a: Ex): Ex => ({ op: 'swap', a }), c: (i: number): Ex => ({ c: i }), v: (name: string): Ex => ({ v: name }),
  add: (a: Ex, b: Ex): Ex => ({ op: 'add', a, b }), sub: (a: Ex, b: Ex): Ex => ({ op: 'sub', a, b }),
  mul: (a: Ex, b: Ex): Ex => ({ op: 'mul', a, b }), div: (a: Ex, b: Ex): Ex => ({ op: 'div', a, b }),
  sqrt: (a: Ex): Ex => ({ op: 'sqrt', a }),
};
const vecOp = { add: 0xe4, sub: 0xe5, mul: 0xe6, div: 0xe7, sqrt: 0xe3 };
const scalarOp = { add: 0x92, sub: 0x93, mul: 0x94, div: 0x95, sqrt: 0x91 };

/**
 * f(in_0.., out_0.., n, c_0..): for each of n floats, the named values in order, then each output.
 * Every operation is one IEEE float32 operation (no fused multiply-add), lane by lane, so the
 * results are the bits of the same chain of tfjs kernels.
 */
function elementwiseFunction(inputs: number, consts: number, lets: [string, Ex][], outs: Ex[], tables = 0): Fn {
  // Parameters: inputs, tables, outputs (byte offsets), n, the tables' period (with tables), constants.
  const pn = inputs + tables + outs.length;
  const pPeriod = pn + 1;
  const cParam = (c: number): number => pn + 1 + (tables > 0 ? 1 : 0) + c;
  const L = new Locals(cParam(consts));
  const [i, j, end4, end, periodBytes] = [L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32)];
  const cv = Array.from({ length: consts }, () => L.add(V128));
  const vl = new Map(lets.map(([n]) => [n, L.add(V128)]));
  const sl = new Map(lets.map(([n]) => [n, L.add(F32)]));
  const swapTmp = L.add(V128);
  const vectorOnly = tables > 0 || JSON.stringify([lets, outs]).includes('"swap"');
  const emit = (e: Ex, vector: boolean): number[] => {
    if ('in' in e) return [...op.get(e.in), ...op.get(i), ...op.i32add, ...(vector ? op.v128load() : op.f32load())];
    if ('table' in e) return [...op.get(inputs + e.table), ...op.get(j), ...op.i32add, ...op.v128load()];
    if ('c' in e) return vector ? op.get(cv[e.c]) : op.get(cParam(e.c));
    if ('v' in e) {
      const local = (vector ? vl : sl).get(e.v);
      if (local === undefined) throw new Error(`elementwise: no value ${e.v}`);
      return op.get(local);
    }
    if (e.op === 'swap') return [...emit(e.a, vector), ...op.tee(swapTmp), ...op.get(swapTmp), ...op.v128swapPairs];
    const code = e.op === 'sqrt' ? emit(e.a, vector) : [...emit(e.a, vector), ...emit(e.b, vector)];
    return [...code, ...(vector ? [0xfd, ...uleb(vecOp[e.op])] : [scalarOp[e.op]])];
  };
  const element = (vector: boolean): number[] => [
    ...lets.flatMap(([n, e]) => [...emit(e, vector), ...op.set((vector ? vl : sl).get(n) ?? 0)]),
    ...outs.flatMap((e, o) => [...op.get(inputs + tables + o), ...op.get(i), ...op.i32add, ...emit(e, vector), ...(vector ? op.v128store() : op.f32store())]),
    ...inc(i, op.i32(vector ? 16 : 4)),
    ...(tables > 0 ? [...inc(j, op.i32(16)), ...op.get(j), ...op.get(periodBytes), ...op.i32geU, ...op.if, ...op.i32(0), ...op.set(j), ...op.end] : []),
  ];
  const body = [
    ...cv.flatMap((x, c) => [...op.get(cParam(c)), ...op.f32x4splat, ...op.set(x)]),
    ...op.get(pn), ...op.i32(4), ...op.i32mul, ...op.set(end),
    ...op.get(pn), ...op.i32(-4), ...op.i32and, ...op.i32(4), ...op.i32mul, ...op.set(end4),
    ...(tables > 0 ? [...op.get(pPeriod), ...op.i32(4), ...op.i32mul, ...op.set(periodBytes)] : []),
    ...op.i32(0), ...op.set(i), ...op.i32(0), ...op.set(j),
    ...whileDo([...op.get(i), ...op.get(end4), ...op.i32ltU], element(true)),
    // (a function with tables or pair swaps is called only with n and the period multiples of 4)
    ...(vectorOnly ? [] : whileDo([...op.get(i), ...op.get(end), ...op.i32ltU], element(false))),
  ];
  const ptrs = inputs + tables + outs.length + 1 + (tables > 0 ? 1 : 0);
  return { params: [...Array<number>(ptrs).fill(I32), ...Array<number>(consts).fill(F32)], locals: L, body };
}

/**
 * RoPE as src/ops/nn.ts chained it (v * cos + (v @ R) * sin, R turning each pair (a, b) into
 * (-b, a)): x * cos + swap(x) * sinSigned, with tables [T, Dh] repeating every T * Dh floats and
 * sinSigned = (-sin, sin) per pair (so swap(x) * sinSigned = (-b sin, a sin), bit for bit). Needs
 * Dh % 4 == 0.
 */
function ropeFunction(): Fn {
  const { in: input, table, add, mul, swap } = ex;
  return elementwiseFunction(1, 0, [], [add(mul(input(0), table(0)), mul(swap(input(0)), table(1)))], 2);
}

/**
 * ropeh(x, cos, sin, y, B, T, H, dhBytes, toHeads): RoPE with the heads' transpose in the same pass:
 * toHeads 1 reads x [B, T, H, Dh] and writes y [B, H, T, Dh] rotated (the split of the projections);
 * toHeads 0 reads [B, H, T, Dh] and writes [B, T, H, Dh] (its gradient, with the negated table).
 * Each row of Dh floats (a multiple of 4) is rotate()'s x * cos + swap(x) * sin at its position t.
 */
function ropeHeadsFunction(): Fn {
  const [px, pcos, psin, py, pB, pT, pH, pD, pTo] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const L = new Locals(9);
  const [b, h, t, j, src, dst, heads, cr, sr, bth, v] = [L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(V128)];
  // heads = (b * H + h) * T + t (the [B, H, T] row), bth = (b * T + t) * H + h (the [B, T, H] row)
  const body = [
    ...op.i32(0), ...op.set(heads),
    ...op.i32(0), ...op.set(b),
    ...whileDo([...op.get(b), ...op.get(pB), ...op.i32ltU], [
      ...op.i32(0), ...op.set(h),
      ...whileDo([...op.get(h), ...op.get(pH), ...op.i32ltU], [
        ...op.i32(0), ...op.set(t),
        ...whileDo([...op.get(t), ...op.get(pT), ...op.i32ltU], [
          ...op.get(b), ...op.get(pT), ...op.i32mul, ...op.get(t), ...op.i32add, ...op.get(pH), ...op.i32mul, ...op.get(h), ...op.i32add, ...op.set(bth),
          ...op.get(pTo), ...op.ifElse,
          ...op.get(px), ...op.get(bth), ...op.get(pD), ...op.i32mul, ...op.i32add, ...op.set(src),
          ...op.get(py), ...op.get(heads), ...op.get(pD), ...op.i32mul, ...op.i32add, ...op.set(dst),
          ...op.else,
          ...op.get(px), ...op.get(heads), ...op.get(pD), ...op.i32mul, ...op.i32add, ...op.set(src),
          ...op.get(py), ...op.get(bth), ...op.get(pD), ...op.i32mul, ...op.i32add, ...op.set(dst),
          ...op.end,
          ...op.get(pcos), ...op.get(t), ...op.get(pD), ...op.i32mul, ...op.i32add, ...op.set(cr),
          ...op.get(psin), ...op.get(t), ...op.get(pD), ...op.i32mul, ...op.i32add, ...op.set(sr),
          ...op.i32(0), ...op.set(j),
          ...whileDo([...op.get(j), ...op.get(pD), ...op.i32ltU], [
            ...op.get(dst), ...op.get(j), ...op.i32add,
            ...vLoad(src, j, true), ...op.tee(v), ...vLoad(cr, j, true), ...op.f32x4mul,
            ...op.get(v), ...op.get(v), ...op.v128swapPairs, ...vLoad(sr, j, true), ...op.f32x4mul,
            ...op.f32x4add, ...op.v128store(),
            ...inc(j, op.i32(16)),
          ]),
          ...inc(heads, op.i32(1)), ...inc(t, op.i32(1)),
        ]),
        ...inc(h, op.i32(1)),
      ]),
      ...inc(b, op.i32(1)),
    ]),
  ];
  return { params: [I32, I32, I32, I32, I32, I32, I32, I32, I32], locals: L, body };
}

/**
 * A row loop over d floats, SIMD then a scalar tail: body(vector) gets the byte offset local j of
 * the current element(s) within the row.
 */
function rowLoop(j: number, d4Bytes: number, dBytes: number, body: (vector: boolean) => number[]): number[] {
  return [
    ...op.i32(0), ...op.set(j),
    ...whileDo([...op.get(j), ...op.get(d4Bytes), ...op.i32ltU], [...body(true), ...inc(j, op.i32(16))]),
    ...whileDo([...op.get(j), ...op.get(dBytes), ...op.i32ltU], [...body(false), ...inc(j, op.i32(4))]),
  ];
}
const vLoad = (p: number, j: number, vector: boolean): number[] => [...op.get(p), ...op.get(j), ...op.i32add, ...(vector ? op.v128load() : op.f32load())];
const fOp = (vector: boolean, name: 'add' | 'sub' | 'mul' | 'div'): number[] => (vector ? [0xfd, ...uleb(vecOp[name])] : [scalarOp[name]]);
/** The four lanes of a v128 local summed in order, plus the scalar local s: ((l0 + l1) + l2) + l3 + s. */
const lanesPlus = (acc: number, s: number): number[] => [
  ...op.get(acc), ...op.f32x4extract(0), ...op.get(acc), ...op.f32x4extract(1), ...op.f32add,
  ...op.get(acc), ...op.f32x4extract(2), ...op.f32add, ...op.get(acc), ...op.f32x4extract(3), ...op.f32add,
  ...op.get(s), ...op.f32add,
];

/**
 * rmsf(x, w, y, n, r, rows, d, eps): RMSNorm forward over rows of d floats: r = 1 / sqrt(sum(x^2) / d + eps)
 * per row, n = x * r (saved for the gradient), y = n * w.
 */
function rmsForwardFunction(): Fn {
  const [px, pw, py, pn, pr, pRows, pD, pEps] = [0, 1, 2, 3, 4, 5, 6, 7];
  const L = new Locals(8);
  const [row, j, dBytes, d4Bytes] = [L.add(I32), L.add(I32), L.add(I32), L.add(I32)];
  const [acc, rv] = [L.add(V128), L.add(V128)];
  const [s, r] = [L.add(F32), L.add(F32)];
  const body = [
    ...op.get(pD), ...op.i32(4), ...op.i32mul, ...op.set(dBytes),
    ...op.get(pD), ...op.i32(-4), ...op.i32and, ...op.i32(4), ...op.i32mul, ...op.set(d4Bytes),
    ...op.i32(0), ...op.set(row),
    ...whileDo([...op.get(row), ...op.get(pRows), ...op.i32ltU], [
      ...op.v128zero, ...op.set(acc), ...op.f32zero, ...op.set(s),
      ...rowLoop(j, d4Bytes, dBytes, (vector) => vector
        ? [...op.get(acc), ...vLoad(px, j, true), ...op.tee(rv), ...op.get(rv), ...op.f32x4mul, ...op.f32x4add, ...op.set(acc)]
        : [...op.get(s), ...vLoad(px, j, false), ...op.tee(r), ...op.get(r), ...op.f32mul, ...op.f32add, ...op.set(s)]),
      // r = 1 / sqrt(sum / d + eps)
      ...op.f32one, ...lanesPlus(acc, s), ...op.get(pD), ...op.f32convertU, ...op.f32div, ...op.get(pEps), ...op.f32add, ...op.f32sqrt, ...op.f32div, ...op.set(r),
      ...op.get(pr), ...op.get(r), ...op.f32store(),
      ...op.get(r), ...op.f32x4splat, ...op.set(rv),
      ...rowLoop(j, d4Bytes, dBytes, (vector) => [
        ...op.get(pn), ...op.get(j), ...op.i32add, ...vLoad(px, j, vector), ...op.get(vector ? rv : r), ...fOp(vector, 'mul'), ...op.tee(vector ? acc : s),
        ...(vector ? op.v128store() : op.f32store()),
        ...op.get(py), ...op.get(j), ...op.i32add, ...op.get(vector ? acc : s), ...vLoad(pw, j, vector), ...fOp(vector, 'mul'),
        ...(vector ? op.v128store() : op.f32store()),
      ]),
      ...inc(px, op.get(dBytes)), ...inc(py, op.get(dBytes)), ...inc(pn, op.get(dBytes)), ...inc(pr, op.i32(4)), ...inc(row, op.i32(1)),
    ]),
  ];
  return { params: [I32, I32, I32, I32, I32, I32, I32, F32], locals: L, body };
}

/**
 * rmsb(dy, n, w, r, dx, dw, rows, d): RMSNorm's gradient as nn.ts chains it: g = dy * w per element,
 * m = sum(g * n) / d per row, dx = (g - n * m) * r; dw = the sum over rows of dy * n, in row order.
 */
function rmsBackwardFunction(): Fn {
  const [pdy, pn, pw, pr, pdx, pdw, pRows, pD] = [0, 1, 2, 3, 4, 5, 6, 7];
  const L = new Locals(8);
  const [row, j, dBytes, d4Bytes] = [L.add(I32), L.add(I32), L.add(I32), L.add(I32)];
  const [acc, mv, rv] = [L.add(V128), L.add(V128), L.add(V128)];
  const [s, m, r] = [L.add(F32), L.add(F32), L.add(F32)];
  const gw = (vector: boolean): number[] => [...vLoad(pdy, j, vector), ...vLoad(pw, j, vector), ...fOp(vector, 'mul')];
  const body = [
    ...op.get(pD), ...op.i32(4), ...op.i32mul, ...op.set(dBytes),
    ...op.get(pD), ...op.i32(-4), ...op.i32and, ...op.i32(4), ...op.i32mul, ...op.set(d4Bytes),
    // dw = 0
    ...rowLoop(j, d4Bytes, dBytes, (vector) => [...op.get(pdw), ...op.get(j), ...op.i32add, ...(vector ? [...op.v128zero, ...op.v128store()] : [...op.f32zero, ...op.f32store()])]),
    ...op.i32(0), ...op.set(row),
    ...whileDo([...op.get(row), ...op.get(pRows), ...op.i32ltU], [
      ...op.v128zero, ...op.set(acc), ...op.f32zero, ...op.set(s),
      ...rowLoop(j, d4Bytes, dBytes, (vector) => [
        ...op.get(vector ? acc : s), ...gw(vector), ...vLoad(pn, j, vector), ...fOp(vector, 'mul'), ...fOp(vector, 'add'), ...op.set(vector ? acc : s),
      ]),
      ...lanesPlus(acc, s), ...op.get(pD), ...op.f32convertU, ...op.f32div, ...op.tee(m), ...op.f32x4splat, ...op.set(mv),
      ...op.get(pr), ...op.f32load(), ...op.tee(r), ...op.f32x4splat, ...op.set(rv),
      ...rowLoop(j, d4Bytes, dBytes, (vector) => [
        ...op.get(pdx), ...op.get(j), ...op.i32add,
        ...gw(vector), ...vLoad(pn, j, vector), ...op.get(vector ? mv : m), ...fOp(vector, 'mul'), ...fOp(vector, 'sub'), ...op.get(vector ? rv : r), ...fOp(vector, 'mul'),
        ...(vector ? op.v128store() : op.f32store()),
        ...op.get(pdw), ...op.get(j), ...op.i32add,
        ...vLoad(pdw, j, vector), ...vLoad(pdy, j, vector), ...vLoad(pn, j, vector), ...fOp(vector, 'mul'), ...fOp(vector, 'add'),
        ...(vector ? op.v128store() : op.f32store()),
      ]),
      ...inc(pdy, op.get(dBytes)), ...inc(pn, op.get(dBytes)), ...inc(pdx, op.get(dBytes)), ...inc(pr, op.i32(4)), ...inc(row, op.i32(1)),
    ]),
  ];
  return { params: [I32, I32, I32, I32, I32, I32, I32, I32], locals: L, body };
}

/**
 * t0213(src, dst, A, B, C, dBytes): x [A, B, C, D] -> [A, C, B, D] (the heads' split and merge,
 * perm [0, 2, 1, 3]), rows of D floats copied as vectors (dBytes a multiple of 16), dst written in
 * order. tfjs-wasm's Transpose took ~0.3 ms for one [16, 64, 8, 16].
 */
function transpose0213Function(): Fn {
  const [ps, pd, pA, pB, pC, pD] = [0, 1, 2, 3, 4, 5];
  const L = new Locals(6);
  const [a, c, b, j, s, base, rowBytes] = [L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32)];
  const body = [
    ...op.get(pC), ...op.get(pD), ...op.i32mul, ...op.set(rowBytes),
    ...op.get(ps), ...op.set(base),
    ...op.get(pA), ...op.set(a),
    ...countDown(a, [
      ...op.i32(0), ...op.set(c),
      ...whileDo([...op.get(c), ...op.get(pC), ...op.i32ltU], [
        ...op.get(base), ...op.get(c), ...op.get(pD), ...op.i32mul, ...op.i32add, ...op.set(s),
        ...op.get(pB), ...op.set(b),
        ...countDown(b, [
          ...op.i32(0), ...op.set(j),
          ...whileDo([...op.get(j), ...op.get(pD), ...op.i32ltU], [
            ...op.get(pd), ...op.get(j), ...op.i32add, ...op.get(s), ...op.get(j), ...op.i32add, ...op.v128load(), ...op.v128store(),
            ...inc(j, op.i32(16)),
          ]),
          ...inc(pd, op.get(pD)), ...inc(s, op.get(rowBytes)),
        ]),
        ...inc(c, op.i32(1)),
      ]),
      ...op.get(base), ...op.get(pB), ...op.get(rowBytes), ...op.i32mul, ...op.i32add, ...op.set(base),
    ]),
  ];
  return { params: [I32, I32, I32, I32, I32, I32], locals: L, body };
}

/**
 * SwiGLU's product silu(g) * u as nn.ts's chain computes it from s = sigmoid(g): (g * s) * u.
 */
function swigluForwardFunction(): Fn {
  const { in: input, mul } = ex;
  return elementwiseFunction(3, 0, [], [mul(mul(input(0), input(1)), input(2))]);
}

/**
 * SwiGLU's gradient as nn.ts's chain computes it, inputs dh, g, s = sigmoid(g), u; constant 1:
 * dg = ((dh * u) * s) * (1 + g * (1 - s)), du = dh * (g * s).
 */
function swigluBackwardFunction(): Fn {
  const { in: input, c, add, sub, mul } = ex;
  const [DH, G, S, U] = [input(0), input(1), input(2), input(3)];
  return elementwiseFunction(4, 1, [], [mul(mul(mul(DH, U), S), add(c(0), mul(G, sub(c(0), S)))), mul(DH, mul(G, S))]);
}

/**
 * exp of the 4 lanes of the v128 on the stack, leaving the result there (Cephes' expf: x = n ln2 + r,
 * |r| <= ln2 / 2, a degree-7 polynomial for e^r, times 2^n built in the exponent bits; ~1 ulp).
 * Inputs below -87.3 give ~1e-38, not 0 (callers mask what must be 0); needs inputs <= 88.
 */
function expVector(L: Locals): { init: number[]; code: number[] } {
  const [x, n, r, bits] = [L.add(V128), L.add(V128), L.add(V128), L.add(V128)];
  // Constants in locals, set once before the loop: V8 rebuilds a v128.const at each use.
  const magic = 12583039; // 1.5 * 2^23 + 127: x * log2e + magic holds round(x * log2e) + 127 in its low mantissa bits
  const values = [-87.33654, Math.LOG2E, magic, 0.693359375, -2.12194440e-4, 1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1, 1];
  const locals = values.map(() => L.add(V128));
  const init = values.flatMap((v, i) => [...op.f32x4const(v), ...op.set(locals[i])]);
  const k = (v: number): number[] => op.get(locals[values.indexOf(v)]);
  const horner = values.slice(5, 11);
  const code = [
    // x = max(x, -87.34) (pmax: one instruction; inputs are never NaN here)
    ...k(-87.33654), ...op.f32x4pmax, ...op.tee(x),
    ...k(Math.LOG2E), ...op.f32x4mul, ...k(magic), ...op.f32x4add, ...op.tee(bits),
    ...k(magic), ...op.f32x4sub, ...op.set(n),
    ...op.get(x), ...op.get(n), ...k(0.693359375), ...op.f32x4mul, ...op.f32x4sub,
    ...op.get(n), ...k(-2.12194440e-4), ...op.f32x4mul, ...op.f32x4sub, ...op.set(r),
    ...k(horner[0]),
    ...horner.slice(1).flatMap((c) => [...op.get(r), ...op.f32x4mul, ...k(c), ...op.f32x4add]),
    ...op.get(r), ...op.get(r), ...op.f32x4mul, ...op.f32x4mul, ...op.get(r), ...op.f32x4add, ...k(1), ...op.f32x4add,
    // times 2^n: n + 127 moved into the exponent field
    ...op.get(bits), ...op.i32(23), ...op.i32x4shl,
    ...op.f32x4mul,
  ];
  return { init, code };
}

/** The horizontal reduction of a v128 local's 4 lanes with a scalar f32 op: ((l0 . l1) . l2) . l3. */
const lanes = (acc: number, f32op: number[]): number[] => [
  ...op.get(acc), ...op.f32x4extract(0), ...op.get(acc), ...op.f32x4extract(1), ...f32op,
  ...op.get(acc), ...op.f32x4extract(2), ...f32op, ...op.get(acc), ...op.f32x4extract(3), ...f32op,
];

/**
 * softmaxc(x, y, rows, s, t, shift): the softmax of each row of s floats (s % 4 == 0) over its first
 * limit = min(s, (row mod t) + shift + 1) entries, the rest 0: attention's causal softmax of scores
 * [G, Rep * T, S] with the queries the last T of the S keys (shift = S - T; t = 1 and shift = s - 1
 * for no mask). Masked keys are never read into the max or the sum, as -Infinity bias would give.
 */
function causalSoftmaxFunction(): Fn {
  const [px, py, pRows, pS, pT, pShift] = [0, 1, 2, 3, 4, 5];
  const L = new Locals(6);
  const [row, qi, limit, nv, cnt, p, q, end, sBytes] = [L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32), L.add(I32)];
  const [jv, limV, acc, v, mxv] = [L.add(V128), L.add(V128), L.add(V128), L.add(V128), L.add(V128)];
  const mask = [...op.get(jv), ...op.get(limV), ...op.i32x4ltS];
  const nextLane = [...op.get(jv), ...op.i32x4const([4, 4, 4, 4]), ...op.i32x4add, ...op.set(jv)];
  const overValid = (body: number[]): number[] => [
    ...op.get(nv), ...op.set(cnt), ...op.i32x4const([0, 1, 2, 3]), ...op.set(jv),
    ...countDown(cnt, [...body, ...nextLane, ...inc(p, op.i32(16)), ...inc(q, op.i32(16))]),
  ];
  const { init: expInit, code: expCode } = expVector(L);
  const body = [
    ...expInit,
    ...op.get(pS), ...op.i32(4), ...op.i32mul, ...op.set(sBytes),
    ...op.i32(0), ...op.set(row), ...op.i32(0), ...op.set(qi),
    ...whileDo([...op.get(row), ...op.get(pRows), ...op.i32ltU], [
      ...op.get(qi), ...op.get(pShift), ...op.i32add, ...op.i32(1), ...op.i32add, ...op.set(limit),
      ...op.get(pS), ...op.get(limit), ...op.get(limit), ...op.get(pS), ...op.i32gtU, ...op.select, ...op.set(limit),
      ...op.get(limit), ...op.i32x4splat, ...op.set(limV),
      ...op.get(limit), ...op.i32(3), ...op.i32add, ...op.i32(2), ...op.i32shrU, ...op.set(nv),
      // the max over the valid keys
      ...op.f32x4const(-Infinity), ...op.set(acc), ...op.get(px), ...op.set(p), ...op.get(py), ...op.set(q),
      ...overValid([...op.get(p), ...op.v128load(), ...op.f32x4const(-Infinity), ...mask, ...op.v128bitselect, ...op.get(acc), ...op.f32x4pmax, ...op.set(acc)]),
      ...lanes(acc, op.f32max), ...op.f32x4splat, ...op.set(mxv),
      // e = exp(x - max) where valid, 0 elsewhere; their sum
      ...op.v128zero, ...op.set(acc), ...op.get(px), ...op.set(p), ...op.get(py), ...op.set(q),
      ...overValid([
        ...op.get(q), ...op.get(p), ...op.v128load(), ...op.get(mxv), ...op.f32x4sub, ...expCode, ...mask, ...op.v128and, ...op.tee(v), ...op.v128store(),
        ...op.get(acc), ...op.get(v), ...op.f32x4add, ...op.set(acc),
      ]),
      ...op.f32one, ...lanes(acc, op.f32add), ...op.f32div, ...op.f32x4splat, ...op.set(acc),
      // y = e * (1 / sum) (a multiply: one more rounding, ~3x faster than dividing each), the masked tail 0
      ...op.get(py), ...op.set(q),
      ...op.get(nv), ...op.set(cnt),
      ...countDown(cnt, [...op.get(q), ...op.get(q), ...op.v128load(), ...op.get(acc), ...op.f32x4mul, ...op.v128store(), ...inc(q, op.i32(16))]),
      ...op.get(py), ...op.get(sBytes), ...op.i32add, ...op.set(end),
      ...whileDo([...op.get(q), ...op.get(end), ...op.i32ltU], [...op.get(q), ...op.v128zero, ...op.v128store(), ...inc(q, op.i32(16))]),
      ...inc(px, op.get(sBytes)), ...inc(py, op.get(sBytes)), ...inc(row, op.i32(1)),
      ...inc(qi, op.i32(1)), ...op.get(qi), ...op.get(pT), ...op.i32eq, ...op.if, ...op.i32(0), ...op.set(qi), ...op.end,
    ]),
  ];
  return { params: [I32, I32, I32, I32, I32, I32], locals: L, body };
}

/**
 * softmaxg(p, dp, ds, rows, s): the softmax's gradient per row of s floats (s % 4 == 0):
 * ds = p * (dp - sum(dp * p)).
 */
function softmaxGradFunction(): Fn {
  const [pp, pdp, pds, pRows, pS] = [0, 1, 2, 3, 4];
  const L = new Locals(5);
  const [row, j, sBytes] = [L.add(I32), L.add(I32), L.add(I32)];
  const [acc] = [L.add(V128)];
  const body = [
    ...op.get(pS), ...op.i32(4), ...op.i32mul, ...op.set(sBytes),
    ...op.i32(0), ...op.set(row),
    ...whileDo([...op.get(row), ...op.get(pRows), ...op.i32ltU], [
      ...op.v128zero, ...op.set(acc), ...op.i32(0), ...op.set(j),
      ...whileDo([...op.get(j), ...op.get(sBytes), ...op.i32ltU], [
        ...op.get(acc), ...vLoad(pdp, j, true), ...vLoad(pp, j, true), ...op.f32x4mul, ...op.f32x4add, ...op.set(acc), ...inc(j, op.i32(16)),
      ]),
      ...lanes(acc, op.f32add), ...op.f32x4splat, ...op.set(acc),
      ...op.i32(0), ...op.set(j),
      ...whileDo([...op.get(j), ...op.get(sBytes), ...op.i32ltU], [
        ...op.get(pds), ...op.get(j), ...op.i32add, ...vLoad(pp, j, true), ...vLoad(pdp, j, true), ...op.get(acc), ...op.f32x4sub, ...op.f32x4mul, ...op.v128store(),
        ...inc(j, op.i32(16)),
      ]),
      ...inc(pp, op.get(sBytes)), ...inc(pdp, op.get(sBytes)), ...inc(pds, op.get(sBytes)), ...inc(row, op.i32(1)),
    ]),
  ];
  return { params: [I32, I32, I32, I32, I32], locals: L, body };
}

/** add2/mul2(a, b, out, n): one IEEE float32 add or multiply per element (tfjs's Add and Multiply, the same bits). */
function binaryFunction(kind: 'add' | 'mul'): Fn {
  const { in: input } = ex;
  return elementwiseFunction(2, 0, [], [ex[kind](input(0), input(1))]);
}
/** adds/muls(a, out, n, c): a + c or a * c per element, c a float32 scalar. */
function scalarFunction(kind: 'add' | 'mul'): Fn {
  const { in: input, c } = ex;
  return elementwiseFunction(1, 1, [], [ex[kind](input(0), c(0))]);
}

/** sumsq(p, n) -> the sum of the squares of n floats at p, in float64, in order. */
function sumOfSquaresFunction(): Fn {
  const L = new Locals(2);
  const [s, x, end] = [L.add(F64), L.add(F64), L.add(I32)];
  const body = [
    ...op.get(0), ...op.get(1), ...op.i32(4), ...op.i32mul, ...op.i32add, ...op.set(end),
    ...op.f64zero, ...op.set(s),
    ...whileDo([...op.get(0), ...op.get(end), ...op.i32ltU], [
      ...op.get(0), ...op.f32load(), ...op.f64promote, ...op.tee(x), ...op.get(x), ...op.f64mul, ...op.get(s), ...op.f64add, ...op.set(s),
      ...inc(0, op.i32(4)),
    ]),
    ...op.get(s),
  ];
  return { params: [I32, I32], results: [F64], locals: L, body };
}

/**
 * Adam's step as src/ops/optim.ts chains it, inputs p, g, m, v; outputs p', m', v'; constants
 * beta1, 1 - beta1, beta2, 1 - beta2, epsilon, lr / c1, sqrt(c2), l2, decay. l2 (Adam's coupled
 * decay) and decay (AdamW's factor) are left out of the chain when unused, as optim.ts does.
 */
function adamFunction(l2: boolean, decay: boolean): Fn {
  const { in: input, c, v, add, sub, mul, div, sqrt } = ex;
  const [P, G, M, V] = [input(0), input(1), input(2), input(3)];
  const lets: [string, Ex][] = [
    ['g', l2 ? add(G, mul(P, c(7))) : G],
    ['m', add(mul(M, c(0)), mul(v('g'), c(1)))],
    ['v', add(mul(V, c(2)), mul(mul(v('g'), v('g')), c(3)))],
    ['d', add(div(sqrt(v('v')), c(6)), c(4))],
  ];
  return elementwiseFunction(4, 9, lets, [sub(decay ? mul(P, c(8)) : P, mul(div(v('m'), v('d')), c(5))), v('m'), v('v')]);
}

/** One function of a module: its parameter types, result types (none by default), locals and code. */
interface Fn {
  params: number[];
  results?: number[];
  locals: Locals;
  body: number[];
}

/**
 * The kernel module: gemm for one register block, importing env.memory (tfjs-wasm's: unshared, no
 * maximum; or a shared one with a maximum, for the worker).
 */
export function assemble(shape: GemmShape, sharedMaxPages?: number): Uint8Array<ArrayBuffer> {
  // gemm calls the two packing functions by their indices, 0 and 1.
  const fns: Fn[] = [packAFunction(shape.R), packBFunction(4 * shape.V)];
  const exports: [string, number][] = [];
  const exported = (exportName: string, fn: Fn): void => {
    exports.push([exportName, fns.length]);
    fns.push(fn);
  };
  exported('gemm', gemmFunction(shape, 0, 1));
  exported('rmsf', rmsForwardFunction());
  exported('rmsb', rmsBackwardFunction());
  exported('rope', ropeFunction());
  exported('t0213', transpose0213Function());
  exported('swigluf', swigluForwardFunction());
  exported('swiglub', swigluBackwardFunction());
  exported('softmaxc', causalSoftmaxFunction());
  exported('softmaxg', softmaxGradFunction());
  for (const kind of ['add', 'mul'] as const) {
    exported(`${kind}2`, binaryFunction(kind));
    exported(`${kind}s`, scalarFunction(kind));
  }
  exported('ropeh', ropeHeadsFunction());
  exported('sumsq', sumOfSquaresFunction());
  for (const [l2, decay] of [[false, false], [false, true], [true, false], [true, true]]) {
    exported(`adam${Number(l2)}${Number(decay)}`, adamFunction(l2, decay));
  }
  const type = (f: Fn): number[] => [0x60, ...vec(f.params.map((t) => [t])), ...vec((f.results ?? []).map((t) => [t]))];
  const code = (f: Fn): number[] => {
    const body = [...f.locals.encode(), ...f.body, ...op.end];
    return [...uleb(body.length), ...body];
  };
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(fns.map(type))),
    ...section(2, vec([[...name('env'), ...name('memory'), 0x02, ...(sharedMaxPages === undefined ? [0x00, ...uleb(1)] : [0x03, ...uleb(1), ...uleb(sharedMaxPages)])]])),
    ...section(3, vec(fns.map((_, f) => uleb(f)))),
    ...section(7, vec(exports.map(([n, f]) => [...name(n), 0x00, ...uleb(f)]))),
    ...section(10, vec(fns.map(code))),
  ];
  return Uint8Array.from(bytes);
}

// ---- binding to the wasm backend

type GemmFn = (a: number, b: number, c: number, scratch: number, batch: number, m: number, k: number, n: number,
  aRow: number, aK: number, aBatch: number, bK: number, bCol: number, bBatch: number, kc: number, alpha: number) => void;

/** The byte strides gemm takes for a job's operands: A [.., M, K] (or [.., K, M] transposed), B [.., K, N] (or [.., N, K]). */
function strides(job: { m: number; k: number; n: number; transposeA: boolean; transposeB: boolean }): { aRow: number; aK: number; bK: number; bCol: number } {
  const { m, k, n, transposeA, transposeB } = job;
  return { aRow: transposeA ? 4 : 4 * k, aK: transposeA ? 4 * m : 4, bK: transposeB ? 4 : 4 * n, bCol: transposeB ? 4 * k : 4 };
}

/** The parts of tfjs-wasm's backend this module reads (checked at run time, not trusted by type). */
interface WasmBackendView {
  memory: WebAssembly.Memory;
  /** Bytes on the wasm heap (tfjs-wasm's malloc/free). */
  malloc(bytes: number): number;
  free(ptr: number): void;
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
  const malloc: unknown = typeof wasm === 'object' && wasm !== null ? Reflect.get(wasm, '_malloc') : undefined;
  const free: unknown = typeof wasm === 'object' && wasm !== null ? Reflect.get(wasm, '_free') : undefined;
  if (!(memory instanceof WebAssembly.Memory) || typeof map !== 'object' || map === null || typeof makeOutput !== 'function') return undefined;
  if (typeof malloc !== 'function' || typeof free !== 'function') return undefined;
  const get: unknown = Reflect.get(map, 'get');
  if (typeof get !== 'function') return undefined;
  return {
    memory,
    malloc: (bytes) => {
      const ptr: unknown = Reflect.apply(malloc, wasm, [bytes]);
      if (typeof ptr !== 'number' || ptr === 0) throw new Error(`shapetype kernels: could not allocate ${bytes} bytes on the wasm heap`);
      return ptr >>> 0;
    },
    free: (ptr) => {
      Reflect.apply(free, wasm, [ptr]);
    },
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
let state: { backend: unknown; ok: boolean; fma?: boolean; threads?: boolean; shape?: GemmShape } | undefined;

/**
 * The register blocks to try, best first: R rows x 4V columns of accumulators (R * V + V + 1 v128
 * values live in the inner loop; V8 has 15 SIMD registers on x64, so larger blocks spill).
 * SHAPETYPE_GEMM=R,V picks one (benchmarks).
 */
function gemmShapes(fma: boolean): GemmShape[] {
  const asked = process.env.SHAPETYPE_GEMM?.split(',').map(Number);
  if (asked && asked.length === 2 && asked.every((x) => Number.isInteger(x) && x >= 1 && x <= 8)) return [{ R: asked[0], V: asked[1], fma }, { R: 4, V: 2, fma: false }];
  // 2 x 16 measured fastest over the default step's products (bench/gemm.ts: 41 GFLOP/s against 39
  // for 4 x 8 and 37 for 3 x 12; 4 x 12, 6 x 8 and 3 x 16 spill and run at ~18).
  return fma ? [{ R: 2, V: 4, fma: true }, { R: 4, V: 2, fma: false }] : [{ R: 4, V: 2, fma: false }];
}

/**
 * Assembles the module against the wasm backend's memory and registers the kernels, once per
 * backend instance (called only while wasm is the active, hence initialised, backend).
 */
/** Registers a wasm kernel, replacing the one registered under its name before (tfjs's own, or ours from an earlier start). */
function replaceWasmKernel(config: Parameters<typeof tf.registerKernel>[0]): void {
  if (tf.getKernel(config.kernelName, config.backendName) !== undefined) tf.unregisterKernel(config.kernelName, config.backendName);
  tf.registerKernel(config);
}

function ready(): boolean {
  const backend: unknown = tf.findBackend('wasm');
  if (state !== undefined && state.backend === backend) return state.ok;
  state = { backend, ok: false };
  if (process.env.SHAPETYPE_NO_KERNELS === '1') return false;
  const view = viewOf(backend);
  if (!view) return false;
  let gemm: unknown;
  let chosen: GemmShape | undefined;
  let kernelExports: Record<string, unknown> = {};
  for (const shape of gemmShapes(relaxedSimd())) {
    try {
      kernelExports = new WebAssembly.Instance(new WebAssembly.Module(assemble(shape).buffer), { env: { memory: view.memory } }).exports;
      gemm = kernelExports.gemm;
      chosen = shape;
      break;
    } catch {
      // No SIMD (or no WebAssembly.Memory to share): the next variant, or tf.matMul.
    }
  }
  if (typeof gemm !== 'function' || chosen === undefined) return false;
  const shape = chosen;
  const call: GemmFn = (...args) => {
    Reflect.apply(gemm, undefined, args);
  };
  // One scratch area on the wasm heap (packed operands), grown when a product needs more.
  let scratch = { ptr: 0, bytes: 0 };
  const scratchFor = (k: number, n: number): number => {
    const bytes = gemmScratchBytes(shape, k, n);
    if (bytes > scratch.bytes) {
      if (scratch.ptr !== 0) view.free(scratch.ptr);
      const grown = Math.max(bytes, 2 * scratch.bytes);
      scratch = { ptr: view.malloc(grown), bytes: grown };
    }
    return scratch.ptr;
  };
  const pool = ThreadPool.create(shape, view, call);
  activePool = pool;
  replaceWasmKernel({
    kernelName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { a, b } = inputs;
      if (a === undefined || b === undefined) throw new Error(`${kernelName}: needs inputs a and b`);
      const { transposeA, transposeB, alpha, batch, m, k, n, aBatch, bBatch } = bmmAttrs(attrs);
      const out = view.makeOutput([batch, m, n], 'float32');
      const ps = scratchFor(k, n);
      const pa = view.offsetOf(a.dataId);
      const pb = view.offsetOf(b.dataId);
      const pc = view.offsetOf(out.dataId);
      const job: BmmJob = { pa, pb, pc, batch, m, k, n, transposeA, transposeB, aBatch, bBatch, alpha };
      if (pool && secondThread && pool.run(job, ps)) threadedProducts += 1;
      else {
        const { aRow, aK, bK, bCol } = strides(job);
        call(pa, pb, pc, ps, batch, m, k, n, aRow, aK, aBatch ? 4 * m * k : 0, bK, bCol, bBatch ? 4 * k * n : 0, kBlock(shape, k, n), alpha);
      }
      return out;
    },
  });
  registerRowKernels(view);
  registerFusedKernels(view, kernelExports);
  registerXentKernels(view);
  activeView = view;
  const sumsq = kernelExports.sumsq;
  kernelSumsq = typeof sumsq === 'function' ? (at, n) => {
    const r: unknown = Reflect.apply(sumsq, undefined, [at, n]);
    return typeof r === 'number' ? r : NaN;
  } : undefined;
  shareIdentity(backend);
  shareTranspose(backend, view, kernelExports.t0213);
  shareBinary(backend, view, kernelExports);
  state.ok = true;
  state.fma = shape.fma;
  state.shape = shape;
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
  replaceWasmKernel({
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
  replaceWasmKernel({
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

// ---- fused kernels
//
// tfjs runs an optimizer step, a norm or an activation as a chain of small kernels, each a pass over
// memory plus ~20-50 us of dispatch; these do the chain in one pass of the elementwise functions
// above (one IEEE float32 operation per step of the chain, in its order: the same bits). A plain JS
// loop (Math.fround after each operation) gave the same bits but ran 2x slower than the tfjs chain;
// the SIMD function runs Adam over the default model's 820k parameters in ~2 ms against ~19 ms.

const adamName = 'ShapetypeAdam';

/** Constants of one Adam step, as the chain of tfjs ops in src/ops/optim.ts uses them. */
export interface AdamConstants {
  beta1: number;
  beta2: number;
  epsilon: number;
  /** learningRate / (1 - beta1^t) */
  stepSize: number;
  /** sqrt(1 - beta2^t) */
  rootC2: number;
  /** Coupled L2 decay added to the gradient (Adam's weightDecay), 0 for none. */
  l2: number;
  /** The factor p is multiplied by before the step (AdamW: 1 - lr * wd), 1 for none. */
  decay: number;
}

function registerFusedKernels(view: WasmBackendView, exports: Record<string, unknown>): void {
  const [softmaxc, softmaxg] = [exports.softmaxc, exports.softmaxg];
  replaceWasmKernel({
    kernelName: softmaxName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { x } = inputs;
      if (x === undefined || typeof softmaxc !== 'function') throw new Error(`${softmaxName}: needs input x and the kernel module`);
      const s = x.shape[x.shape.length - 1];
      const out = view.makeOutput(x.shape, 'float32');
      Reflect.apply(softmaxc, undefined, [view.offsetOf(x.dataId), view.offsetOf(out.dataId), sizeOf(x.shape) / s, s, numAttr(attrs, 't'), numAttr(attrs, 'shift')]);
      return out;
    },
  });
  replaceWasmKernel({
    kernelName: softmaxGradName,
    backendName: 'wasm',
    kernelFunc: ({ inputs }) => {
      const { p, dp } = inputs;
      if (p === undefined || dp === undefined || typeof softmaxg !== 'function') throw new Error(`${softmaxGradName}: needs inputs p, dp and the kernel module`);
      const s = p.shape[p.shape.length - 1];
      const out = view.makeOutput(p.shape, 'float32');
      Reflect.apply(softmaxg, undefined, [view.offsetOf(p.dataId), view.offsetOf(dp.dataId), view.offsetOf(out.dataId), sizeOf(p.shape) / s, s]);
      return out;
    },
  });
  const rope = exports.rope;
  const [swigluf, swiglub] = [exports.swigluf, exports.swiglub];
  replaceWasmKernel({
    kernelName: swigluName,
    backendName: 'wasm',
    kernelFunc: ({ inputs }) => {
      const { g, s, u } = inputs;
      if (g === undefined || s === undefined || u === undefined || typeof swigluf !== 'function') throw new Error(`${swigluName}: needs inputs g, s, u and the kernel module`);
      const out = view.makeOutput(g.shape, 'float32');
      Reflect.apply(swigluf, undefined, [...[g, s, u].map((t) => view.offsetOf(t.dataId)), view.offsetOf(out.dataId), sizeOf(g.shape)]);
      return out;
    },
  });
  replaceWasmKernel({
    kernelName: swigluGradName,
    backendName: 'wasm',
    kernelFunc: ({ inputs }) => {
      const { dh, g, s, u } = inputs;
      if (dh === undefined || g === undefined || s === undefined || u === undefined || typeof swiglub !== 'function') throw new Error(`${swigluGradName}: needs inputs dh, g, s, u and the kernel module`);
      const outs = [view.makeOutput(g.shape, 'float32'), view.makeOutput(g.shape, 'float32')];
      Reflect.apply(swiglub, undefined, [...[dh, g, s, u, ...outs].map((t) => view.offsetOf(t.dataId)), sizeOf(g.shape), 1]);
      return outs;
    },
  });
  const [rmsf, rmsb] = [exports.rmsf, exports.rmsb];
  replaceWasmKernel({
    kernelName: rmsName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { x, w } = inputs;
      if (x === undefined || w === undefined || typeof rmsf !== 'function') throw new Error(`${rmsName}: needs inputs x and w and the kernel module`);
      const [rows, d] = x.shape;
      const outs = [view.makeOutput([rows, d], 'float32'), view.makeOutput([rows, d], 'float32'), view.makeOutput([rows, 1], 'float32')];
      const [py, pn, pr] = outs.map((t) => view.offsetOf(t.dataId));
      Reflect.apply(rmsf, undefined, [view.offsetOf(x.dataId), view.offsetOf(w.dataId), py, pn, pr, rows, d, numAttr(attrs, 'eps')]);
      return outs;
    },
  });
  replaceWasmKernel({
    kernelName: rmsGradName,
    backendName: 'wasm',
    kernelFunc: ({ inputs }) => {
      const { dy, n, w, r } = inputs;
      if (dy === undefined || n === undefined || w === undefined || r === undefined || typeof rmsb !== 'function') throw new Error(`${rmsGradName}: needs inputs dy, n, w, r and the kernel module`);
      const [rows, d] = dy.shape;
      const outs = [view.makeOutput([rows, d], 'float32'), view.makeOutput([d], 'float32')];
      const [pdx, pdw] = outs.map((t) => view.offsetOf(t.dataId));
      Reflect.apply(rmsb, undefined, [view.offsetOf(dy.dataId), view.offsetOf(n.dataId), view.offsetOf(w.dataId), view.offsetOf(r.dataId), pdx, pdw, rows, d]);
      return outs;
    },
  });
  replaceWasmKernel({
    kernelName: ropeName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { x } = inputs;
      if (x === undefined || typeof rope !== 'function') throw new Error(`${ropeName}: needs input x and the kernel module`);
      const { at, floats } = ropeTableOnHeap(view, numAttr(attrs, 'table'));
      const n = x.shape.reduce((a, b) => a * b, 1);
      const out = view.makeOutput(x.shape, 'float32');
      Reflect.apply(rope, undefined, [view.offsetOf(x.dataId), at, at + 4 * floats, view.offsetOf(out.dataId), n, floats]);
      return out;
    },
  });
  const ropeh = exports.ropeh;
  replaceWasmKernel({
    kernelName: ropeHeadsName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { x } = inputs;
      if (x === undefined || x.shape.length !== 4 || typeof ropeh !== 'function') throw new Error(`${ropeHeadsName}: needs a rank-4 input x and the kernel module`);
      const { at, floats } = ropeTableOnHeap(view, numAttr(attrs, 'table'));
      const toHeads = numAttr(attrs, 'toHeads') === 1;
      // toHeads: x [B, T, H, Dh] -> [B, H, T, Dh]; else x [B, H, T, Dh] -> [B, T, H, Dh].
      const [b, second, third, dh] = x.shape;
      const [t, h] = toHeads ? [second, third] : [third, second];
      const out = view.makeOutput(toHeads ? [b, h, t, dh] : [b, t, h, dh], 'float32');
      Reflect.apply(ropeh, undefined, [view.offsetOf(x.dataId), at, at + 4 * floats, view.offsetOf(out.dataId), b, t, h, 4 * dh, toHeads ? 1 : 0]);
      return out;
    },
  });
  replaceWasmKernel({
    kernelName: adamName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { p, g, m, v } = inputs;
      if (p === undefined || g === undefined || m === undefined || v === undefined) throw new Error(`${adamName}: needs inputs p, g, m and v`);
      const n = p.shape.reduce((a, b) => a * b, 1);
      const outs = [view.makeOutput(p.shape, 'float32'), view.makeOutput(p.shape, 'float32'), view.makeOutput(p.shape, 'float32')];
      const [P, G, M, V] = [p, g, m, v].map((t) => view.offsetOf(t.dataId));
      const [PO, MO, VO] = outs.map((t) => view.offsetOf(t.dataId));
      const withL2 = numAttr(attrs, 'l2') !== 0;
      const withDecay = numAttr(attrs, 'decay') !== 1;
      const fn = exports[`adam${Number(withL2)}${Number(withDecay)}`];
      if (typeof fn !== 'function') throw new Error(`${adamName}: the kernel module lacks its function`);
      const consts = ['beta1', 'beta2', 'epsilon', 'stepSize', 'rootC2', 'l2', 'decay'].map((key) => numAttr(attrs, key));
      const [beta1, beta2, epsilon, stepSize, rootC2, l2, decay] = consts;
      // 1 - beta as optim.ts's tf.mul(x, 1 - beta) gets it: computed in float64, then a float32 scalar.
      Reflect.apply(fn, undefined, [P, G, M, V, PO, MO, VO, n, beta1, 1 - beta1, beta2, 1 - beta2, epsilon, stepSize, rootC2, l2, decay]);
      return outs;
    },
  });
}

const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

const xentName = 'ShapetypeSoftmaxXent';
const xentGradName = 'ShapetypeSoftmaxXentGrad';

/**
 * Softmax cross-entropy of logits [rows, C] (float32) at int32 labels [rows] (checked in range by the
 * caller) in one pass: [loss, p] with loss the mean over rows ([]) or each row's ([rows]) and p the
 * softmax (saved for the gradient). Each row's log-sum-exp in float64 (more exact than the chain of
 * float32 kernels it replaces: equal to rounding). Undefined where the kernel does not apply.
 */
export function softmaxCrossEntropyRaw(x: tf.Tensor, labels: tf.Tensor, mean: boolean): [tf.Tensor, tf.Tensor] | undefined {
  if (!softmaxCrossEntropyApplies(x, labels)) return undefined;
  const [loss, p] = tf.engine().runKernel(xentName, { x, labels }, { mean: mean ? 1 : 0 }) as tf.Tensor[];
  return [loss, p];
}

/** Whether softmaxCrossEntropyRaw runs for logits x [rows, C] and labels [rows]. */
export function softmaxCrossEntropyApplies(x: tf.Tensor, labels: tf.Tensor): boolean {
  return fusedOn && x.rank === 2 && labels.rank === 1 && x.dtype === 'float32' && labels.dtype === 'int32' && x.shape[0] === labels.shape[0] && x.size > 0 && kernelsActive();
}

/** The gradient of softmaxCrossEntropyRaw: (p - onehot(labels)) * dy (dy [] over rows for the mean, or [rows]). */
export function softmaxCrossEntropyGradRaw(p: tf.Tensor, labels: tf.Tensor, dy: tf.Tensor, mean: boolean): tf.Tensor | undefined {
  if (!softmaxCrossEntropyApplies(p, labels) || dy.dtype !== 'float32' || dy.size !== (mean ? 1 : labels.size)) return undefined;
  return tf.engine().runKernel(xentGradName, { p, labels, dy }, { mean: mean ? 1 : 0 }) as tf.Tensor;
}

/** The cross-entropy kernels: loops over the wasm heap in float64 (one row of C at a time; ~1k rows of 65 a step). */
function registerXentKernels(view: WasmBackendView): void {
  replaceWasmKernel({
    kernelName: xentName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { x, labels } = inputs;
      if (x === undefined || labels === undefined) throw new Error(`${xentName}: needs inputs x and labels`);
      const [rows, c] = x.shape;
      const mean = numAttr(attrs, 'mean') === 1;
      const loss = view.makeOutput(mean ? [] : [rows], 'float32');
      const p = view.makeOutput([rows, c], 'float32');
      // Views after the outputs are made: allocating may grow (and so replace) the heap's buffer.
      const heap = view.memory.buffer;
      const xs = new Float32Array(heap, view.offsetOf(x.dataId), rows * c);
      const ids = new Int32Array(heap, view.offsetOf(labels.dataId), rows);
      const ps = new Float32Array(heap, view.offsetOf(p.dataId), rows * c);
      const ls = new Float32Array(heap, view.offsetOf(loss.dataId), mean ? 1 : rows);
      const e = new Float64Array(c);
      let total = 0;
      for (let r = 0, at = 0; r < rows; r++, at += c) {
        let mx = -Infinity;
        for (let j = 0; j < c; j++) mx = Math.max(mx, xs[at + j]);
        let sum = 0;
        for (let j = 0; j < c; j++) sum += (e[j] = Math.exp(xs[at + j] - mx));
        for (let j = 0; j < c; j++) ps[at + j] = e[j] / sum;
        const row = mx + Math.log(sum) - xs[at + ids[r]];
        if (mean) total += row;
        else ls[r] = row;
      }
      if (mean) ls[0] = total / rows;
      return [loss, p];
    },
  });
  replaceWasmKernel({
    kernelName: xentGradName,
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { p, labels, dy } = inputs;
      if (p === undefined || labels === undefined || dy === undefined) throw new Error(`${xentGradName}: needs inputs p, labels and dy`);
      const [rows, c] = p.shape;
      const mean = numAttr(attrs, 'mean') === 1;
      const dx = view.makeOutput([rows, c], 'float32');
      const heap = view.memory.buffer;
      const ps = new Float32Array(heap, view.offsetOf(p.dataId), rows * c);
      const ids = new Int32Array(heap, view.offsetOf(labels.dataId), rows);
      const gs = new Float32Array(heap, view.offsetOf(dy.dataId), mean ? 1 : rows);
      const out = new Float32Array(heap, view.offsetOf(dx.dataId), rows * c);
      for (let r = 0, at = 0; r < rows; r++, at += c) {
        const g = mean ? gs[0] / rows : gs[r];
        for (let j = 0; j < c; j++) out[at + j] = ps[at + j] * g;
        out[at + ids[r]] = (ps[at + ids[r]] - 1) * g;
      }
      return dx;
    },
  });
}

const softmaxName = 'ShapetypeCausalSoftmax';
const softmaxGradName = 'ShapetypeSoftmaxGrad';

/**
 * The softmax over the last dim of x [..., rows, s] (s % 4 == 0), row r seeing only its first
 * min(s, (r mod t) + shift + 1) entries, the others 0: attention's scores with the causal mask of
 * T = t queries that are the last of s keys (shift = s - t), or none (t = 1, shift = s - 1). One pass
 * with a polynomial exp (~1 ulp; the sums in another order than tfjs's Softmax: equal to rounding).
 * Undefined where the kernel does not apply.
 */
export function causalSoftmaxRaw(x: tf.Tensor, t: number, shift: number): tf.Tensor | undefined {
  const s = x.shape[x.rank - 1];
  if (!fusedOn || x.dtype !== 'float32' || x.rank < 2 || s % 4 !== 0 || x.size === 0 || !(t >= 1) || !(shift >= 0) || !kernelsActive()) return undefined;
  return tf.engine().runKernel(softmaxName, { x }, { t, shift }) as tf.Tensor;
}

/** The softmax's gradient p * (dp - sum(dp * p)) over the last dim (a multiple of 4) in one pass; undefined where the kernel does not apply. */
export function softmaxGradRaw(p: tf.Tensor, dp: tf.Tensor): tf.Tensor | undefined {
  const s = p.shape[p.rank - 1];
  if (!fusedOn || p.dtype !== 'float32' || dp.dtype !== 'float32' || p.shape.join() !== dp.shape.join() || s % 4 !== 0 || p.size === 0 || !kernelsActive()) return undefined;
  return tf.engine().runKernel(softmaxGradName, { p, dp }) as tf.Tensor;
}

const swigluName = 'ShapetypeSwiglu';
const swigluGradName = 'ShapetypeSwigluGrad';

/**
 * SwiGLU's product (g * s) * u, s = sigmoid(g), in one pass (the bits of nn.ts's chain); undefined
 * where the kernel does not apply.
 */
export function swigluForwardRaw(g: tf.Tensor, s: tf.Tensor, u: tf.Tensor): tf.Tensor | undefined {
  if (!fusedOn || ![g, s, u].every((t) => t.dtype === 'float32' && t.shape.join() === g.shape.join()) || g.size === 0 || !kernelsActive()) return undefined;
  return tf.engine().runKernel(swigluName, { g, s, u }) as tf.Tensor;
}

/** SwiGLU's gradient [dg, du] from dh and g, s = sigmoid(g), u in one pass (the bits of nn.ts's chain); undefined where the kernel does not apply. */
export function swigluBackwardRaw(dh: tf.Tensor, g: tf.Tensor, s: tf.Tensor, u: tf.Tensor): [tf.Tensor, tf.Tensor] | undefined {
  if (!fusedOn || ![dh, g, s, u].every((t) => t.dtype === 'float32' && t.shape.join() === g.shape.join()) || g.size === 0 || !kernelsActive()) return undefined;
  const [dg, du] = tf.engine().runKernel(swigluGradName, { dh, g, s, u }) as tf.Tensor[];
  return [dg, du];
}

const rmsName = 'ShapetypeRmsNorm';
const rmsGradName = 'ShapetypeRmsNormGrad';

/**
 * RMSNorm of x [rows, d] with weight [d] in one pass: [y, n, r] with r = 1 / sqrt(mean(x^2) + eps)
 * [rows, 1], n = x * r, y = n * w (nn.ts's chain; the row sums run in another order, so equal to
 * rounding). Undefined where the kernel does not apply.
 */
export function rmsNormForwardRaw(x: tf.Tensor, w: tf.Tensor, eps: number): [tf.Tensor, tf.Tensor, tf.Tensor] | undefined {
  if (!fusedOn || x.rank !== 2 || w.rank !== 1 || x.dtype !== 'float32' || w.dtype !== 'float32' || x.shape[1] !== w.shape[0] || x.size === 0 || !kernelsActive()) return undefined;
  const [y, n, r] = tf.engine().runKernel(rmsName, { x, w }, { eps }) as tf.Tensor[];
  return [y, n, r];
}

/**
 * RMSNorm's gradient in one pass from dy [rows, d] and what the forward pass saved (n, w, r):
 * [dx, dw], dx = (g - n * mean(g * n)) * r with g = dy * w, dw = the column sums of dy * n (in row
 * order: the same bits as the chain's product with a row of ones).
 */
export function rmsNormBackwardRaw(dy: tf.Tensor, n: tf.Tensor, w: tf.Tensor, r: tf.Tensor): [tf.Tensor, tf.Tensor] | undefined {
  if (!fusedOn || dy.rank !== 2 || dy.shape.join() !== n.shape.join() || dy.dtype !== 'float32' || !kernelsActive()) return undefined;
  const [dx, dw] = tf.engine().runKernel(rmsGradName, { dy, n, w, r }) as tf.Tensor[];
  return [dx, dw];
}

const ropeName = 'ShapetypeRope';
/** RoPE tables by id (a few: nn.ts caches the same few), with where they sit on the wasm heap once copied. */
const ropeTables = new Map<number, { cos: Float32Array; sin: Float32Array; at?: number; backend?: WasmBackendView }>();
const ropeIds = new WeakMap<Float32Array, number>();
let nextRopeId = 1;

const ropeHeadsName = 'ShapetypeRopeHeads';

/** A RoPE table's place on the wasm heap: copied there once per table (and backend), freed when evicted. */
function ropeTableOnHeap(view: WasmBackendView, id: number): { at: number; floats: number } {
  const tables = ropeTables.get(id);
  if (tables === undefined) throw new Error(`${ropeName}: unknown tables`);
  if (tables.at === undefined || tables.backend !== view) {
    const at = view.malloc(8 * tables.cos.length);
    new Float32Array(view.memory.buffer, at, tables.cos.length).set(tables.cos);
    new Float32Array(view.memory.buffer, at + 4 * tables.cos.length, tables.cos.length).set(tables.sin);
    Object.assign(tables, { at, backend: view });
  }
  return { at: tables.at ?? 0, floats: tables.cos.length };
}

/** The id of RoPE tables (cos, sinSigned), registered on first use; a few kept, the oldest evicted. */
function ropeTableId(cos: Float32Array, sinSigned: Float32Array): number {
  let id = ropeIds.get(sinSigned);
  if (id === undefined) {
    id = nextRopeId++;
    ropeIds.set(sinSigned, id);
    ropeTables.set(id, { cos, sin: sinSigned });
    if (ropeTables.size > 32) {
      const [oldest, entry] = ropeTables.entries().next().value ?? [];
      if (oldest !== undefined) ropeTables.delete(oldest);
      if (entry?.at !== undefined) entry.backend?.free(entry.at);
    }
  }
  return id;
}

/**
 * rotateRaw with the heads' transpose [0, 2, 1, 3] in the same pass: toHeads, x [B, T, H, Dh] ->
 * rotate(x^T) [B, H, T, Dh] (the projections' split); else x [B, H, T, Dh] -> rotate(x)^T
 * [B, T, H, Dh] (with the negated table: the gradient). Tables [T, Dh]; the bits of the transpose
 * then rotateRaw. Undefined where the kernel does not apply (Dh % 4 != 0, another backend).
 */
export function rotateHeadsRaw(x: tf.Tensor, cos: Float32Array, sinSigned: Float32Array, toHeads: boolean): tf.Tensor | undefined {
  if (!rotateHeadsApplies(x, cos, sinSigned, toHeads)) return undefined;
  return tf.engine().runKernel(ropeHeadsName, { x }, { table: ropeTableId(cos, sinSigned), toHeads: toHeads ? 1 : 0 }) as tf.Tensor;
}

/** Whether rotateHeadsRaw runs for these operands. */
export function rotateHeadsApplies(x: tf.Tensor, cos: Float32Array, sinSigned: Float32Array, toHeads: boolean): boolean {
  const xs: number[] = x.shape;
  return fusedOn && x.dtype === 'float32' && x.rank === 4 && xs[3] % 4 === 0 && x.size > 0 && cos.length === sinSigned.length && cos.length === xs[toHeads ? 1 : 2] * xs[3] && kernelsActive();
}

/**
 * x * cos + swap(x) * sinSigned over x [..., T, Dh] (swap: each pair (a, b) -> (b, a)), cos and
 * sinSigned [T, Dh]: RoPE (or, with sinSigned negated, its gradient) in one pass, the same bits as
 * nn.ts's chain. Undefined where the kernel does not apply (another backend, Dh % 4 != 0).
 */
export function rotateRaw(x: tf.Tensor, cos: Float32Array, sinSigned: Float32Array): tf.Tensor | undefined {
  const xs: number[] = x.shape;
  const dh = xs[xs.length - 1];
  if (!fusedOn || x.dtype !== 'float32' || x.rank < 2 || dh % 4 !== 0 || cos.length !== sinSigned.length || cos.length !== xs[xs.length - 2] * dh || !kernelsActive()) return undefined;
  return tf.engine().runKernel(ropeName, { x }, { table: ropeTableId(cos, sinSigned) }) as tf.Tensor;
}

/**
 * One Adam step of a float32 parameter in one kernel: [p', m', v'] from p, its gradient g and the
 * moments m, v; the same bits as the chain of tfjs ops in src/ops/optim.ts. Undefined where the
 * kernel does not apply (another backend).
 */
export function adamStepRaw(p: tf.Tensor, g: tf.Tensor, m: tf.Tensor, v: tf.Tensor, c: AdamConstants): [tf.Tensor, tf.Tensor, tf.Tensor] | undefined {
  if (!fusedOn || ![p, g, m, v].every((t) => t.dtype === 'float32' && t.shape.join() === p.shape.join()) || !kernelsActive()) return undefined;
  const attrs = { ...c };
  const [pn, mn, vn] = tf.engine().runKernel(adamName, { p, g, m, v }, attrs) as tf.Tensor[];
  return [pn, mn, vn];
}

/**
 * The sum of squares of float32 tensors on the wasm heap, read in place (one pass each in the kernel
 * module, in float64, in order); undefined where any is elsewhere. For global-norm clipping, which took a Square and a
 * Sum kernel and a read-back per tensor.
 */
export function sumOfSquaresRaw(tensors: tf.Tensor[]): number | undefined {
  if (!fusedOn || !kernelsActive() || activeView === undefined) return undefined;
  const view = activeView;
  const wasm = tf.findBackend('wasm');
  const spans: [number, number][] = [];
  for (const t of tensors) {
    if (t.dtype !== 'float32' || tf.engine().state.tensorInfo.get(t.dataId)?.backend !== wasm) return undefined;
    spans.push([view.offsetOf(t.dataId) / 4, t.size]);
  }
  const sumsq = kernelSumsq;
  if (sumsq === undefined) return undefined;
  let total = 0;
  for (const [at, n] of spans) total += sumsq(4 * at, n);
  return total;
}
let activeView: WasmBackendView | undefined;
let kernelSumsq: ((at: number, n: number) => number) | undefined;

let fusedOn = true;
/** Turns the fused elementwise kernels on or off (tests compare them with the chains they replace); returns the previous setting. Internal. */
export function useFusedKernels(on: boolean): boolean {
  const was = fusedOn;
  fusedOn = on;
  return was;
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
  replaceWasmKernel({ ...original, kernelFunc });
}
const sharedTag = Symbol('shapetype shared identity');

/** The elementwise add and multiply of the current backend's kernel module. */
let fastBinary: { backend: unknown; view: WasmBackendView; fns: Record<string, unknown> } | undefined;
const binaryTag = Symbol('shapetype fast binary');

/**
 * Sends wasm's Add and Multiply of two float32 tensors of one shape, or of a tensor and a float32
 * scalar, to the kernel module's SIMD loops (one IEEE operation per element: the same bits); every
 * other form (broadcasts, int32) keeps tfjs's kernel. tfjs-wasm's took ~0.2-0.4 ms in a step for
 * one [16, 64, 128] (residual adds, gradient sums, the clip's scaling).
 */
function shareBinary(backend: unknown, view: WasmBackendView, fns: Record<string, unknown>): void {
  fastBinary = { backend, view, fns };
  for (const [name, kind] of [['Add', 'add'], ['Multiply', 'mul']] as const) {
    const original = tf.getKernel(name, 'wasm');
    if (original === undefined || Reflect.get(original.kernelFunc, binaryTag) === true) continue;
    const generic = original.kernelFunc;
    const kernelFunc: tf.KernelFunc = (args) => {
      const { a, b } = args.inputs;
      const fast = fastBinary;
      if (a === undefined || b === undefined || fast === undefined || args.backend !== fast.backend || !fusedOn || a.dtype !== 'float32' || b.dtype !== 'float32') return generic(args);
      const [na, nb] = [sizeOf(a.shape), sizeOf(b.shape)];
      const same = a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]);
      const { view: v } = fast;
      if (same && na > 0) {
        const fn = fast.fns[`${kind}2`];
        if (typeof fn !== 'function') return generic(args);
        const out = v.makeOutput([...a.shape], 'float32');
        Reflect.apply(fn, undefined, [v.offsetOf(a.dataId), v.offsetOf(b.dataId), v.offsetOf(out.dataId), na]);
        return out;
      }
      // tensor (op) scalar, either side (both ops commute, bit for bit), the scalar of rank 0
      const scalarB = b.shape.length === 0 && na > 0;
      const scalarA = a.shape.length === 0 && nb > 0;
      if (!scalarA && !scalarB) return generic(args);
      const fn = fast.fns[`${kind}s`];
      if (typeof fn !== 'function') return generic(args);
      const [x, c] = scalarB ? [a, b] : [b, a];
      const out = v.makeOutput([...x.shape], 'float32');
      const value = new Float32Array(v.memory.buffer, v.offsetOf(c.dataId), 1)[0];
      Reflect.apply(fn, undefined, [v.offsetOf(x.dataId), v.offsetOf(out.dataId), sizeOf(x.shape), value]);
      return out;
    };
    Reflect.set(kernelFunc, binaryTag, true);
    replaceWasmKernel({ ...original, kernelFunc });
  }
}

/** The heads' transpose of the current backend's kernel module (a new backend instance replaces it). */
let fastTranspose: { backend: unknown; view: WasmBackendView; fn: unknown } | undefined;
const transposeTag = Symbol('shapetype fast transpose');

/**
 * Sends wasm's Transpose of float32 x [A, B, C, D] by perm [0, 2, 1, 3] with D % 4 == 0 (the
 * attention heads' split and merge, 32 a default step, and their gradients) to the kernel module's
 * vector copy; every other transpose keeps tfjs's kernel. A copy: the same bits.
 */
function shareTranspose(backend: unknown, view: WasmBackendView, fn: unknown): void {
  fastTranspose = { backend, view, fn };
  const original = tf.getKernel('Transpose', 'wasm');
  if (original === undefined || Reflect.get(original.kernelFunc, transposeTag) === true) return;
  const generic = original.kernelFunc;
  const kernelFunc: tf.KernelFunc = (args) => {
    const x = args.inputs.x;
    const perm: unknown = args.attrs?.perm;
    const fast = fastTranspose;
    if (x === undefined || fast === undefined || args.backend !== fast.backend || typeof fast.fn !== 'function' || !fusedOn || x.dtype !== 'float32' || x.shape.length !== 4 || x.shape[3] % 4 !== 0 || sizeOf(x.shape) === 0) return generic(args);
    if (!Array.isArray(perm) || perm.join() !== '0,2,1,3') return generic(args);
    const [a, b, c, d] = x.shape;
    const out = fast.view.makeOutput([a, c, b, d], 'float32');
    Reflect.apply(fast.fn, undefined, [fast.view.offsetOf(x.dataId), fast.view.offsetOf(out.dataId), a, b, c, 4 * d]);
    return out;
  };
  Reflect.set(kernelFunc, transposeTag, true);
  replaceWasmKernel({ ...original, kernelFunc });
}

/** One batched product, as the kernel receives it (byte offsets into tfjs-wasm's heap). */
interface BmmJob {
  pa: number; pb: number; pc: number; batch: number; m: number; k: number; n: number;
  transposeA: boolean; transposeB: boolean; aBatch: boolean; bBatch: boolean; alpha: number;
}

/**
 * The worker: runs the kernel on a shared memory for each job the main thread posts. Control words
 * (Int32): [0] the number of the last job posted, [1..15] its arguments, [16] alpha (as float32),
 * [17] 0 when it ran, 1 when it threw, [18] the number of the last job done, [19] 1 = stop,
 * [20] a stall in ms between marking a job done and notifying (tests: what a descheduled thread does).
 * Each side waits on a job number, never on a flag that flips back: a wake-up from a late
 * Atomics.notify (the other side descheduled between its store and its notify, common on a busy
 * machine) then finds the number unchanged and waits again. The first design waited on one word that
 * went 0 -> 1 -> 0, and such a stale wake-up let the main thread read C before the worker had written
 * it, or the worker run a job twice: one wrong gradient in ~1,000 under load.
 */
const workerSource = `
const { workerData } = require('node:worker_threads');
const { module, memory, control } = workerData;
const gemm = new WebAssembly.Instance(module, { env: { memory } }).exports.gemm;
const c = new Int32Array(control);
const f = new Float32Array(control);
let seen = 0;
for (;;) {
  let posted;
  while ((posted = Atomics.load(c, 0)) === seen) Atomics.wait(c, 0, seen);
  if (Atomics.load(c, 19) === 1) break;
  seen = posted;
  try { gemm(c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13], c[14], c[15], f[16]); c[17] = 0; } catch (e) { c[17] = 1; }
  Atomics.store(c, 18, seen);
  const stall = Atomics.load(c, 20);
  if (stall > 0) { const t = Date.now(); while (Date.now() - t < stall); }
  Atomics.notify(c, 18);
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
  private readonly control = new SharedArrayBuffer(96);
  private readonly c = new Int32Array(this.control);
  private readonly f = new Float32Array(this.control);
  private readonly memory: WebAssembly.Memory;
  private alive = true;
  /** The number of the last job posted (the worker starts having seen job 0). */
  private job = 0;

  static create(shape: GemmShape, view: WasmBackendView, call: GemmFn): ThreadPool | undefined {
    const wanted = process.env.SHAPETYPE_THREADS;
    if (wanted === '0' || (wanted !== '1' && availableParallelism() < 2)) return undefined;
    try {
      return new ThreadPool(shape, view, call);
    } catch {
      return undefined;
    }
  }

  private constructor(private readonly shape: GemmShape, private readonly view: WasmBackendView, private readonly call: GemmFn) {
    const module = new WebAssembly.Module(assemble(shape, ThreadPool.maxPages).buffer);
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

  /**
   * Runs the job on both threads (the main thread's part with scratch at `scratch`); false (nothing
   * done) when it is too small or the worker is gone.
   */
  run(job: BmmJob, scratch: number): boolean {
    const { batch, m, k, n, transposeA, aBatch, bBatch, alpha } = job;
    if (!this.alive || 2 * batch * m * k * n < ThreadPool.minFlops) return false;
    const { aRow, aK, bK, bCol } = strides(job);
    const kc = kBlock(this.shape, k, n);
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
    const sAt = align4(cAt + cCount);
    const bytes = 4 * sAt + gemmScratchBytes(this.shape, k, n);
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
      aStart, 4 * bAt, 4 * cAt, 4 * sAt, wb, wm, k, n, aRow, aK,
      byBatch && aBatch ? 4 * aSize : 0, bK, bCol, byBatch && bBatch ? 4 * bSize : 0, kc,
    ];
    for (let i = 0; i < args.length; i++) this.c[i + 1] = args[i];
    this.f[16] = alpha;
    const number = (this.job = this.job === 0x7fffffff ? 1 : this.job + 1);
    Atomics.store(this.c, 0, number);
    Atomics.notify(this.c, 0);
    // The main thread's part, in place: the first batch - wb entries, or the first m - wm rows.
    const mb = byBatch ? batch - wb : 1;
    const mm = byBatch ? m : m - wm;
    this.call(job.pa, job.pb, job.pc, scratch, mb, mm, k, n, aRow, aK, aBatch ? 4 * aSize : 0, bK, bCol, bBatch ? 4 * bSize : 0, kc, alpha);
    if (!this.finished(number, 10_000) || this.c[17] !== 0) {
      // A stalled or failed worker: never use it again, and do its part here.
      this.stop();
      const pa = job.pa + 4 * (aFrom - job.pa / 4) + (!byBatch && transposeA ? 4 * (m - wm) : 0);
      const pb = job.pb + 4 * (bFrom - job.pb / 4);
      const pc = job.pc + 4 * (mb * mm * n);
      this.call(pa, pb, pc, scratch, wb, wm, k, n, aRow, aK, byBatch && aBatch ? 4 * aSize : 0, bK, bCol, byBatch && bBatch ? 4 * bSize : 0, kc, alpha);
      return true;
    }
    // Its rows of C follow the main thread's: batch entries mb.., or rows mm.. of the one entry.
    const out = new Float32Array(this.view.memory.buffer);
    out.set(new Float32Array(this.memory.buffer, 4 * cAt, cCount), job.pc / 4 + mb * mm * n);
    return true;
  }

  /** Makes the worker stall `ms` between marking each job done and notifying (tests). */
  stallForTesting(ms: number): void {
    Atomics.store(this.c, 20, ms);
  }

  /** Waits until the worker has done job `number` (true), or `ms` have passed (false). */
  private finished(number: number, ms: number): boolean {
    const deadline = performance.now() + ms;
    for (;;) {
      const done = Atomics.load(this.c, 18);
      if (done === number) return true;
      const left = deadline - performance.now();
      if (left <= 0) return false;
      Atomics.wait(this.c, 18, done, left);
    }
  }

  /** Never uses the worker again and tells it to exit (it may still be busy: its memory is its own). */
  private stop(): void {
    this.alive = false;
    Atomics.store(this.c, 19, 1);
    Atomics.store(this.c, 0, this.job === 0x7fffffff ? 1 : this.job + 1);
    Atomics.notify(this.c, 0);
  }
}
function align4(floats: number): number {
  return Math.ceil(floats / 4) * 4;
}

function bmmAttrs(attrs: tf.NamedAttrMap | undefined): {
  transposeA: boolean; transposeB: boolean; alpha: number; batch: number; m: number; k: number; n: number; aBatch: boolean; bBatch: boolean;
} {
  const num = (key: string): number => {
    const v: unknown = attrs?.[key];
    if (typeof v !== 'number') throw new Error(`${kernelName}: attribute ${key} missing`);
    return v;
  };
  return {
    transposeA: attrs?.transposeA === true, transposeB: attrs?.transposeB === true, alpha: num('alpha'), batch: num('batch'), m: num('m'), k: num('k'), n: num('n'),
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

/** One product as the kernel saw it (bench/profile.ts). */
export interface ProductShape { batch: number; m: number; k: number; n: number; transposeA: boolean; transposeB: boolean; aBatch: boolean; bBatch: boolean }
let recorded: ProductShape[] | undefined;
/** Appends every product the kernel runs to `into` (undefined: stop). Benchmarks only. */
export function recordProducts(into: ProductShape[] | undefined): void {
  recorded = into;
}

/** Whether the SIMD kernel runs on the current backend (wasm, module built). */
export function kernelsActive(): boolean {
  return tf.getBackend() === 'wasm' && ready();
}

/**
 * alpha * op(a) @ op(b) over rank-3 operands, op(x) = x or x's last two dims swapped: a [batch|1, M, K]
 * (or [batch|1, K, M] with transposeA), b [batch|1, K, N] (or [batch|1, N, K] with transposeB) ->
 * [batch, M, N]; a batch of 1 broadcasts. No gradient (callers wrap it in customGrad). On wasm it
 * runs the SIMD kernel (transposed operands read in place), else tf.matMul (with transposes made
 * explicit, the form other backends run fastest too).
 */
export function batchMatMulRaw(a: tf.Tensor, b: tf.Tensor, transposeA = false, alpha = 1, transposeB = false): tf.Tensor {
  if (a.rank !== 3 || b.rank !== 3) throw new Error(`batchMatMulRaw: needs rank-3 operands, got [${a.shape}] and [${b.shape}]`);
  const sa: number[] = a.shape;
  const sb: number[] = b.shape;
  const [ab, a1, a2] = [sa[0], sa[1], sa[2]];
  const [bb, b1, b2] = [sb[0], sb[1], sb[2]];
  const m = transposeA ? a2 : a1;
  const ka = transposeA ? a1 : a2;
  const k = transposeB ? b2 : b1;
  const n = transposeB ? b1 : b2;
  if (ka !== k) throw new Error(`batchMatMulRaw: inner dims differ, [${a.shape}] and [${b.shape}] (transposeA ${transposeA}, transposeB ${transposeB})`);
  if (ab !== bb && ab !== 1 && bb !== 1) throw new Error(`batchMatMulRaw: batch dims differ, ${ab} and ${bb}`);
  const batch = Math.max(ab, bb);
  if (a.dtype === 'float32' && b.dtype === 'float32' && n >= 1 && k >= 1 && m >= 1 && kernelsActive()) {
    const attrs = { transposeA, transposeB, alpha, batch, m, k, n, aBatch: ab !== 1, bBatch: bb !== 1 };
    recorded?.push({ ...attrs });
    return tf.engine().runKernel(kernelName, { a, b }, attrs) as tf.Tensor;
  }
  return tf.tidy(() => {
    const expand = (t: tf.Tensor): tf.Tensor => (t.shape[0] === batch ? t : tf.broadcastTo(t, [batch, ...t.shape.slice(1)]));
    const y = tf.matMul(expand(transposeA ? tf.transpose(a, [0, 2, 1]) : a), expand(transposeB ? tf.transpose(b, [0, 2, 1]) : b));
    return alpha === 1 ? y : tf.mul(y, alpha);
  });
}
