// Differential test of the type-level shape rules against tfjs at run time.
//
// A seeded generator makes several hundred calls over small random shapes (broadcasting binary ops,
// matMul, reshape, transpose, expandDims, squeeze, concat, stack, split, slice, reductions, gather,
// oneHot, where), valid and invalid alike. Plain tfjs runs each call on zero tensors of those shapes
// (cpu backend) and gives the truth: the result shape, or an exception. The cases are then written
// as one TypeScript file in which each valid call's result type must be EXACTLY tfjs's shape, and
// each call tfjs rejects carries `// @ts-expect-error`, so the types must reject it too. The file
// is compiled once by the project's tsc, and every diagnostic is traced back to its case.
//
// The run-time mirrors in src/shapes/rules.ts (what shapetype checks when shapes are dynamic) are
// held to the same truth.
//
// Only comparable cases are generated. Left out on purpose, because tfjs accepts them while its own
// result is meaningless or shapetype rejects them by design:
// - duplicate reduction axes (tfjs 4.22 returns [] for sum(zeros([2, 3]), [0, -2]));
// - transpose perms that repeat an axis (tfjs returns a shape instead of throwing);
// - concat of a single tensor along an out-of-range axis (tfjs returns the tensor unchecked);
// - split sizes with -1 (a gap in shapetype's types; see the note next to its generator).
// A tfjs result with a negative dim (slice begin past the end with size -1) counts as a rejection.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as rules from '../src/shapes/rules.js';
import { seededRandom as mulberry32 } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src', 'index.js').split(path.sep).join('/');
const tscBin = fs.realpathSync(path.join(root, 'node_modules', '.bin', 'tsc'));

// ---- Seeded randomness

const SEED = 0x5eed_2026;
const rand = mulberry32(SEED);
/** An integer in [lo, hi]. */
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)];
const chance = (p: number): boolean => rand() < p;
const shapeOf = (rank: number, maxDim = 5): number[] => Array.from({ length: rank }, () => int(1, maxDim));
const shuffle = <T>(xs: readonly T[]): T[] => {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};
/** An axis written in a random sign: i or i - rank. */
const signed = (axis: number, rank: number): number => (chance(0.4) ? axis - rank : axis);
const product = (s: readonly number[]): number => s.reduce((p, d) => p * d, 1);

// ---- Cases

type Result = number[] | number[][];
type Outcome = { ok: true; shape: Result } | { ok: false; error: string };

interface Case {
  id: number;
  op: string;
  /** The call as TypeScript source, e.g. `st.add(st.zeros([2, 3]), st.zeros([3]))`. */
  call: string;
  /** `tensor`: compare the result's shape; `tuple`: compare the shapes of a tuple of tensors (split). */
  kind: 'tensor' | 'tuple';
  /** Plain tfjs on zero tensors. */
  tfjs: () => Result;
  /** shapetype's run-time rule for the same call. */
  rule: () => Result;
}

const lit = (xs: readonly number[]): string => `[${xs.join(', ')}]`;
const Z = (s: readonly number[], dtype?: 'int32' | 'bool'): string => `st.zeros(${lit(s)}${dtype ? `, '${dtype}'` : ''})`;
const z = (s: readonly number[], dtype: 'float32' | 'int32' | 'bool' = 'float32'): tf.Tensor => tf.zeros([...s], dtype);
const argList = (args: readonly (string | undefined)[]): string => {
  const out = [...args];
  while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return out.map((a) => a ?? 'undefined').join(', ');
};
const jsArg = (x: number | readonly number[] | undefined): string | undefined =>
  x === undefined ? undefined : typeof x === 'number' ? String(x) : lit(x);

const cases: Case[] = [];
const add = (c: Omit<Case, 'id'>): void => {
  cases.push({ id: cases.length + 1, ...c });
};

// Broadcasting binary ops. b is derived from a so that most pairs broadcast and some do not.
function genBinary(n: number): void {
  const ops = { add: tf.add, mul: tf.mul, sub: tf.sub } as const;
  for (let i = 0; i < n; i++) {
    const op = pick(['add', 'mul', 'sub'] as const);
    const a = shapeOf(int(0, 4), 4).map((d) => (chance(0.2) ? 1 : d));
    let b: number[];
    switch (int(0, 5)) {
      case 0: b = a.slice(int(0, a.length)); break; // a suffix
      case 1: b = a.map((d) => (chance(0.4) ? 1 : d)); break; // some dims 1
      case 2: b = [...shapeOf(int(1, 2), 3), ...a]; break; // a is b's suffix
      case 3: b = shapeOf(int(0, 4), 4); break; // anything
      case 4: b = a.map((d, j) => (j === int(0, a.length - 1) ? d + 1 : d)); break; // one dim off
      default: b = [...a];
    }
    const [x, y] = chance(0.5) ? [a, b] : [b, a];
    add({
      op,
      call: `st.${op}(${Z(x)}, ${Z(y)})`,
      kind: 'tensor',
      tfjs: () => ops[op](z(x), z(y)).shape,
      rule: () => rules.broadcastShapes(op, x, y),
    });
  }
}

// matMul with transposeA/B, batch dims of several ranks (broadcasting), some inner mismatches.
function genMatMul(n: number): void {
  for (let i = 0; i < n; i++) {
    const [m, k, nn] = [int(1, 5), int(1, 5), int(1, 5)];
    const ta = chance(0.3);
    const tb = chance(0.3);
    const batchA = shapeOf(int(0, 2), 3);
    let batchB: number[];
    switch (int(0, 4)) {
      case 0: batchB = [...batchA]; break;
      case 1: batchB = batchA.slice(int(0, batchA.length)); break;
      case 2: batchB = batchA.map((d) => (chance(0.5) ? 1 : d)); break;
      case 3: batchB = shapeOf(int(0, 2), 3); break;
      default: batchB = [...shapeOf(1, 3), ...batchA];
    }
    const kb = chance(0.2) ? k + int(1, 2) : k;
    let a = [...batchA, ...(ta ? [k, m] : [m, k])];
    const b = [...batchB, ...(tb ? [nn, kb] : [kb, nn])];
    if (chance(0.05)) a = [k]; // a vector: rank < 2
    const flags = ta || tb ? `, ${ta}, ${tb}` : chance(0.2) ? ', false, false' : '';
    add({
      op: 'matMul',
      call: `st.matMul(${Z(a)}, ${Z(b)}${flags})`,
      kind: 'tensor',
      tfjs: () => tf.matMul(z(a), z(b), ta, tb).shape,
      rule: () => rules.matMulShape(a, b, ta, tb),
    });
  }
}

/** A random factorisation of p into `rank` dims (the last takes the rest). */
function factorise(p: number, rank: number): number[] {
  const out: number[] = [];
  let rest = p;
  for (let i = 0; i < rank - 1; i++) {
    const divisors = Array.from({ length: rest }, (_, j) => j + 1).filter((d) => rest % d === 0);
    const d = pick(divisors);
    out.push(d);
    rest /= d;
  }
  out.push(rest);
  return shuffle(out);
}

// reshape, with and without -1; invalid counts, indivisible -1, two -1s, negative dims.
function genReshape(n: number): void {
  for (let i = 0; i < n; i++) {
    const s = shapeOf(int(0, 4), 6);
    const p = product(s);
    let t = factorise(p, int(1, 4));
    if (chance(0.4)) t[int(0, t.length - 1)] = -1;
    const r = rand();
    if (r < 0.15) {
      const j = t.findIndex((d) => d !== -1);
      if (j >= 0) t[j] += 1; // wrong count, or indivisible with -1
      else t = [p + 1];
    } else if (r < 0.2) {
      t = [-1, ...t.map((d) => (d === -1 ? 1 : d)), -1];
    } else if (r < 0.25) {
      t = [...t, -2];
    }
    add({
      op: 'reshape',
      call: `st.reshape(${Z(s)}, ${lit(t)})`,
      kind: 'tensor',
      tfjs: () => tf.reshape(z(s), t).shape,
      rule: () => rules.reshapeShape(s, t),
    });
  }
}

// transpose: random perms, no perm, and perms of the wrong length, out of range or negative.
// (A perm that repeats an axis is left out: tfjs 4.22 returns a shape for it instead of throwing.)
function genTranspose(n: number): void {
  for (let i = 0; i < n; i++) {
    const s = shapeOf(int(0, 4), 5);
    const r = s.length;
    let perm: number[] | undefined = shuffle(s.map((_, j) => j));
    const u = rand();
    if (u < 0.15) perm = undefined;
    else if (u < 0.25) perm = chance(0.5) && r > 0 ? perm.slice(1) : [...perm, r];
    else if (u < 0.3 && r > 0) perm[int(0, r - 1)] = r; // out of range
    else if (u < 0.35 && r > 0) perm[perm.indexOf(r - 1)] = -1; // negative
    const p = perm;
    add({
      op: 'transpose',
      call: `st.transpose(${argList([Z(s), jsArg(p)])})`,
      kind: 'tensor',
      tfjs: () => tf.transpose(z(s), p).shape,
      rule: () => rules.transposeShape(s, p),
    });
  }
}

function genExpandDims(n: number): void {
  for (let i = 0; i < n; i++) {
    const s = shapeOf(int(0, 3), 5);
    const axis = chance(0.1) ? undefined : int(-s.length - 2, s.length + 1);
    add({
      op: 'expandDims',
      call: `st.expandDims(${argList([Z(s), jsArg(axis)])})`,
      kind: 'tensor',
      tfjs: () => tf.expandDims(z(s), axis).shape,
      rule: () => rules.expandDimsShape(s, axis ?? 0),
    });
  }
}

// squeeze: all ones, chosen axes of size 1, and axes that are not 1 or out of range.
function genSqueeze(n: number): void {
  for (let i = 0; i < n; i++) {
    const s = Array.from({ length: int(1, 4) }, () => pick([1, 1, 2, 3]));
    const r = s.length;
    let axes: number[] | undefined;
    const u = rand();
    if (u < 0.2) axes = undefined;
    else {
      const ones = s.map((d, j) => (d === 1 ? j : -1)).filter((j) => j >= 0);
      axes = shuffle(ones).slice(0, int(ones.length > 0 ? 1 : 0, ones.length));
      if (u > 0.75) {
        const others = s.map((d, j) => (d !== 1 ? j : -1)).filter((j) => j >= 0);
        axes.push(others.length > 0 && chance(0.6) ? pick(others) : r); // not 1, or out of range
      }
      if (axes.length === 0) axes = undefined;
      else axes = axes.map((a) => (a < r ? signed(a, r) : a));
    }
    const ax = axes;
    add({
      op: 'squeeze',
      call: `st.squeeze(${argList([Z(s), jsArg(ax)])})`,
      kind: 'tensor',
      tfjs: () => tf.squeeze(z(s), ax).shape,
      rule: () => rules.squeezeShape(s, ax),
    });
  }
}

// concat of 1-3 tensors; some differ off the axis, have another rank, or the axis is out of range.
function genConcat(n: number): void {
  for (let i = 0; i < n; i++) {
    const base = shapeOf(int(1, 3), 4);
    const r = base.length;
    const count = int(1, 3);
    // A single tensor is returned as is by tfjs, whatever the axis: only in-range axes for it.
    const axis = chance(0.1) && count > 1 ? pick([r, -r - 1]) : int(-r, r - 1);
    const ax = ((axis % r) + r) % r;
    const shapes = Array.from({ length: count }, () => base.map((d, j) => (j === ax ? int(1, 4) : d)));
    const u = rand();
    if (u < 0.15 && count > 1 && r > 1) {
      const j = (ax + int(1, r - 1)) % r;
      shapes[count - 1][j] += 1;
    } else if (u < 0.22 && count > 1) {
      shapes[count - 1].push(2);
    }
    const useAxis = axis === 0 && chance(0.3) ? undefined : axis;
    add({
      op: 'concat',
      call: `st.concat(${argList([`[${shapes.map((s) => Z(s)).join(', ')}]`, jsArg(useAxis)])})`,
      kind: 'tensor',
      tfjs: () => tf.concat(shapes.map((s) => z(s)), useAxis ?? 0).shape,
      rule: () => rules.concatShape(shapes, useAxis ?? 0),
    });
  }
}

function genStack(n: number): void {
  for (let i = 0; i < n; i++) {
    const base = shapeOf(int(0, 3), 4);
    const r = base.length;
    const count = int(1, 3);
    const shapes = Array.from({ length: count }, () => [...base]);
    if (chance(0.2) && count > 1) {
      if (r > 0 && chance(0.7)) shapes[1][int(0, r - 1)] += 1;
      else shapes[1].push(1);
    }
    const axis = chance(0.1) ? undefined : int(-r - 2, r + 1);
    add({
      op: 'stack',
      call: `st.stack(${argList([`[${shapes.map((s) => Z(s)).join(', ')}]`, jsArg(axis)])})`,
      kind: 'tensor',
      tfjs: () => tf.stack(shapes.map((s) => z(s)), axis ?? 0).shape,
      rule: () => rules.stackShape(shapes, axis ?? 0),
    });
  }
}

// split into N equal parts or given sizes. (Sizes with -1, which tfjs infers, are left out:
// shapetype's types take explicit sizes only.)
function genSplit(n: number): void {
  for (let i = 0; i < n; i++) {
    const s = shapeOf(int(1, 3), 6);
    const r = s.length;
    const axis = chance(0.1) ? r : int(-r, r - 1);
    const d = s[((axis % r) + r) % r] ?? 1;
    let spec: number | number[];
    if (chance(0.5)) {
      const divisors = Array.from({ length: d }, (_, j) => j + 1).filter((x) => d % x === 0);
      const others = Array.from({ length: d + 1 }, (_, j) => j + 1).filter((x) => d % x !== 0); // always holds d + 1
      spec = chance(0.8) ? pick(divisors) : pick(others);
    } else {
      const parts: number[] = [];
      let rest = d;
      while (rest > 0 && parts.length < 3) {
        const x = parts.length === 2 ? rest : int(1, rest);
        parts.push(x);
        rest -= x;
      }
      if (rest > 0) parts.push(rest);
      if (chance(0.2)) parts[parts.length - 1] += 1;
      spec = parts;
    }
    const sp = spec;
    const useAxis = axis === 0 && chance(0.3) ? undefined : axis;
    add({
      op: 'split',
      call: `st.split(${argList([Z(s), jsArg(sp), jsArg(useAxis)])})`,
      kind: 'tuple',
      tfjs: () => tf.split(z(s), sp, useAxis ?? 0).map((t) => t.shape),
      rule: () => rules.splitShapes(s, sp, useAxis ?? 0),
    });
  }
}

// slice: begin per axis (a list or a number), size per axis (-1, a number, or missing), some
// out of bounds, negative, or longer than the rank. (Sizes longer than the rank are left out: tfjs
// throws for them, but shapetype's types ignore the extra sizes.)
function genSlice(n: number): void {
  for (let i = 0; i < n; i++) {
    const s = shapeOf(int(1, 3), 6);
    const r = s.length;
    const len = int(1, r);
    const begin = s.slice(0, len).map((d) => int(0, d));
    // Sizes may outnumber the begins: tfjs begins those axes at 0.
    const size: number[] | undefined = chance(0.2)
      ? undefined
      : Array.from({ length: chance(0.3) ? r : int(1, len) }, (_, j) => (chance(0.3) ? -1 : int(0, s[j] - (begin[j] ?? 0))));
    const u = rand();
    if (u < 0.08) begin[int(0, len - 1)] = -1; // negative begin
    else if (u < 0.14) begin.push(0); // more axes than the rank (or one more, fine when len < r)
    else if (u < 0.22 && size !== undefined) { const j = int(0, size.length - 1); size[j] = s[j] - (begin[j] ?? 0) + 1; } // past the end
    else if (u < 0.26 && size !== undefined) size[int(0, size.length - 1)] = -2;
    else if (u < 0.32) { begin[0] = s[0] + 1; if (size) size[0] = -1; } // begin past the end, to the end
    const numberForm = begin.length === 1 && chance(0.5);
    const b: number | number[] = numberForm ? begin[0] : begin;
    const zs: number | number[] | undefined = numberForm && size?.length === 1 && chance(0.5) ? size[0] : size;
    add({
      op: 'slice',
      call: `st.slice(${argList([Z(s), jsArg(b), jsArg(zs)])})`,
      kind: 'tensor',
      tfjs: () => tf.slice(z(s), b, zs).shape,
      rule: () => rules.sliceShape(s, b, zs),
    });
  }
}

// Reductions over one axis, a list of distinct axes, or all; with keepDims; some axes out of range.
// (Duplicate axes are left out: tfjs 4.22 reduces [2, 3] over [0, -2] to [].)
function genReduce(n: number): void {
  const ops = { sum: tf.sum, mean: tf.mean, max: tf.max, min: tf.min, prod: tf.prod, logSumExp: tf.logSumExp } as const;
  for (let i = 0; i < n; i++) {
    const op = pick(['sum', 'mean', 'max', 'min', 'prod', 'logSumExp', 'argMax', 'argMin'] as const);
    const s = shapeOf(int(0, 4), 4);
    const r = s.length;
    if (op === 'argMax' || op === 'argMin') {
      // The axis omitted on a scalar too: the default 0 is out of range for [] (refused by both).
      const axis = chance(0.15) ? undefined : chance(0.15) ? pick([r, -r - 1]) : r > 0 ? signed(int(0, r - 1), r) : 0;
      const f = op === 'argMax' ? tf.argMax : tf.argMin;
      add({
        op,
        call: `st.${op}(${argList([Z(s), jsArg(axis)])})`,
        kind: 'tensor',
        tfjs: () => f(z(s), axis ?? 0).shape,
        rule: () => rules.reduceShape(op, s, axis ?? 0),
      });
      continue;
    }
    let axis: number | number[] | undefined;
    const u = rand();
    if (u < 0.17) axis = undefined;
    else if (u < 0.2) axis = []; // no axes: the same shape
    else if (u < 0.45) axis = r > 0 && chance(0.85) ? signed(int(0, r - 1), r) : pick([r, -r - 1]);
    else {
      axis = shuffle(s.map((_, j) => j)).slice(0, int(r > 0 ? 1 : 0, r)).map((a) => signed(a, r));
      if (chance(0.15)) axis.push(chance(0.5) ? r : -r - 1);
    }
    const keep = chance(0.4) ? true : chance(0.2) ? false : undefined;
    const ax = axis;
    const f = ops[op];
    add({
      op,
      call: `st.${op}(${argList([Z(s), jsArg(ax) ?? (keep !== undefined ? 'undefined' : undefined), keep === undefined ? undefined : String(keep)])})`,
      kind: 'tensor',
      tfjs: () => f(z(s), ax, keep ?? false).shape,
      rule: () => rules.reduceShape(op, s, ax, keep ?? false),
    });
  }
}

function genGather(n: number): void {
  for (let i = 0; i < n; i++) {
    const s = shapeOf(int(1, 3), 5);
    const r = s.length;
    const idx = shapeOf(int(0, 2), 4);
    const axis = chance(0.25) ? undefined : chance(0.1) ? pick([r, -r - 1]) : signed(int(0, r - 1), r);
    add({
      op: 'gather',
      call: `st.gather(${argList([Z(s), Z(idx, 'int32'), jsArg(axis)])})`,
      kind: 'tensor',
      tfjs: () => tf.gather(z(s), z(idx, 'int32'), axis ?? 0).shape,
      rule: () => rules.gatherShape(s, idx, axis ?? 0),
    });
  }
}

// oneHot, depth 1 included (tfjs throws for it; shapetype's types refuse it).
function genOneHot(n: number): void {
  for (let i = 0; i < n; i++) {
    const idx = shapeOf(int(0, 3), 4);
    const depth = int(1, 6);
    add({
      op: 'oneHot',
      call: `st.oneHot(${Z(idx, 'int32')}, ${depth})`,
      kind: 'tensor',
      tfjs: () => tf.oneHot(z(idx, 'int32'), depth).shape,
      rule: () => {
        if (depth < 2) throw new Error(`oneHot: depth must be an integer >= 2, got ${depth}`);
        return [...idx, depth];
      },
    });
  }
}

// where: condition, a and b broadcast together (tfjs 4.22's where broadcasts all three).
function genWhere(n: number): void {
  for (let i = 0; i < n; i++) {
    const t = shapeOf(int(0, 3), 4);
    const variant = (): number[] => {
      const u = rand();
      if (u < 0.3) return [...t];
      if (u < 0.5) return t.slice(int(0, t.length));
      if (u < 0.7) return t.map((d) => (chance(0.5) ? 1 : d));
      if (u < 0.85) return t.map((d, j) => (j === t.length - 1 ? d + 1 : d));
      return shapeOf(int(0, 3), 4);
    };
    const [c, a, b] = [variant(), variant(), variant()];
    const bNumber = chance(0.15);
    add({
      op: 'where',
      call: `st.where(${Z(c, 'bool')}, ${Z(a)}, ${bNumber ? '-1e9' : Z(b)})`,
      kind: 'tensor',
      tfjs: () => tf.where(z(c, 'bool'), z(a), bNumber ? tf.scalar(-1e9) : z(b)).shape,
      rule: () => rules.broadcastShapes('where', rules.broadcastShapes('where', c, a), bNumber ? [] : b),
    });
  }
}

genBinary(90);
genMatMul(60);
genReshape(40);
genTranspose(30);
genExpandDims(25);
genSqueeze(25);
genConcat(30);
genStack(25);
genSplit(30);
genSlice(45);
genReduce(60);
genGather(25);
genOneHot(15);
genWhere(30);

// ---- Evaluation

/** Runs fn, freeing its tensors; an exception or a negative dim in the result is a rejection. */
function outcome(fn: () => Result): Outcome {
  try {
    let shape: Result = [];
    tf.tidy(() => {
      shape = fn();
    });
    const flat = (shape as (number | number[])[]).flat();
    if (flat.some((d) => d < 0)) return { ok: false, error: `negative dim in ${JSON.stringify(shape)}` };
    return { ok: true, shape };
  } catch (e) {
    return { ok: false, error: (e as Error).message.split('\n')[0] };
  }
}
const show = (o: Outcome): string => (o.ok ? JSON.stringify(o.shape).replace(/,/g, ', ') : `throws (${o.error})`);

interface Diag {
  line: number;
  text: string;
}
function parseTscOutput(out: string, file: string, cwd: string): { mine: Diag[]; other: string[] } {
  const mine: Diag[] = [];
  const other: string[] = [];
  let last: Diag | undefined;
  for (const line of out.split(/\r?\n/)) {
    const m = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
    if (m) {
      if (path.resolve(cwd, m[1]) === file) {
        last = { line: Number(m[2]), text: `${m[4]}: ${m[5]}` };
        mine.push(last);
      } else {
        last = undefined;
        other.push(line);
      }
    } else if (/^error /.test(line)) other.push(line);
    else if (/^\s+\S/.test(line) && last) last.text += ' ' + line.trim();
  }
  return { mine, other };
}

let previousBackend: string | undefined;
beforeAll(async () => {
  previousBackend = tf.getBackend() ?? undefined;
  await tf.setBackend('cpu');
  // The cpu backend greets Node users with advice to install tfjs-node.
  const cpu: unknown = tf.findBackend('cpu');
  if (cpu !== null && typeof cpu === 'object' && 'firstUse' in cpu) Object.assign(cpu, { firstUse: false });
});
afterAll(async () => {
  if (previousBackend && previousBackend !== 'cpu') await tf.setBackend(previousBackend);
});

describe('differential: type-level shapes vs tfjs at run time', () => {
  it(`generates at least 400 cases, valid and invalid, for every op family (seed ${SEED.toString(16)})`, () => {
    const counts = new Map<string, { valid: number; invalid: number }>();
    for (const c of cases) {
      const o = outcome(c.tfjs);
      const entry = counts.get(c.op) ?? { valid: 0, invalid: 0 };
      entry[o.ok ? 'valid' : 'invalid']++;
      counts.set(c.op, entry);
    }
    console.log(`${cases.length} cases: ${[...counts].map(([op, c]) => `${op} ${c.valid}+${c.invalid}`).join(', ')} (valid+rejected by tfjs)`);
    expect(cases.length).toBeGreaterThanOrEqual(400);
    for (const op of ['add', 'mul', 'sub', 'matMul', 'reshape', 'transpose', 'expandDims', 'squeeze', 'concat', 'stack', 'split', 'slice', 'sum', 'gather', 'oneHot', 'where']) {
      expect(counts.get(op)?.valid ?? 0, `valid ${op} cases`).toBeGreaterThan(0);
    }
    const invalid = [...counts.values()].reduce((n, c) => n + c.invalid, 0);
    expect(invalid, 'invalid cases').toBeGreaterThanOrEqual(40);
  });

  it('every result type is exactly the shape tfjs returns, and every call tfjs rejects does not compile', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shapetype-differential-'));
    try {
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: {
          strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: true, noEmit: true,
          types: ['node'], typeRoots: [path.join(root, 'node_modules', '@types')],
        },
        files: ['cases.ts'],
      }));
      const lines = [
        `import * as st from '${entry}';`,
        'type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;',
        'type Shapes<T> = { [K in keyof T]: T[K] extends st.Tensor<infer S, st.DType, st.Device, st.Kind> ? S : never };',
        'export {};',
      ];
      const lineCase = new Map<number, Case>();
      const truth = new Map<number, Outcome>();
      for (const c of cases) {
        const o = outcome(c.tfjs);
        truth.set(c.id, o);
        if (o.ok) {
          const shapeType = c.kind === 'tuple'
            ? `Eq<Shapes<typeof r${c.id}>, ${JSON.stringify(o.shape).replace(/,/g, ', ')}>`
            : `Eq<typeof r${c.id}['shape'], ${JSON.stringify(o.shape).replace(/,/g, ', ')}>`;
          lines.push(`const r${c.id} = ${c.call}; const c${c.id}: ${shapeType} = true;`);
          lineCase.set(lines.length, c);
        } else {
          lines.push(`// @ts-expect-error case ${c.id}: tfjs throws`);
          lineCase.set(lines.length, c);
          lines.push(`${c.call};`);
          lineCase.set(lines.length, c);
        }
      }
      const file = path.join(dir, 'cases.ts');
      fs.writeFileSync(file, lines.join('\n') + '\n');

      const run = spawnSync(process.execPath, [tscBin, '-p', dir, '--pretty', 'false'], { cwd: root, encoding: 'utf8' });
      const { mine, other } = parseTscOutput(`${run.stdout}${run.stderr}`, file, root);
      expect(other, 'errors outside the generated file').toEqual([]);

      const failures = new Map<number, string[]>();
      const stray: string[] = [];
      for (const d of mine) {
        const c = lineCase.get(d.line);
        if (!c) {
          stray.push(`line ${d.line}: ${d.text}`);
          continue;
        }
        failures.set(c.id, [...(failures.get(c.id) ?? []), d.text]);
      }
      const report = [...failures].map(([id, texts]) => {
        const c = cases[id - 1];
        const o = truth.get(id);
        const verdict = o?.ok ? 'the type disagrees with tfjs' : 'the type accepts a call tfjs rejects';
        return `case ${id} (${c.op}): ${verdict}\n  ${c.call}\n  tfjs: ${o ? show(o) : '?'}\n  tsc: ${texts.join('\n       ').slice(0, 600)}`;
      });
      if (report.length > 0 || stray.length > 0) console.log(`${report.join('\n\n')}\n${stray.join('\n')}\n(generated file kept at ${file})`);
      expect(stray, 'diagnostics outside any case').toEqual([]);
      expect(report, `${report.length} of ${cases.length} cases disagree`).toEqual([]);
      // Kept when something failed, for a look at the generated file.
      fs.rmSync(dir, { recursive: true, force: true });
    } finally {
      if (fs.existsSync(dir) && !fs.existsSync(path.join(dir, 'cases.ts'))) fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the run-time rules (src/shapes/rules.ts) agree with tfjs on every case', () => {
    const report: string[] = [];
    for (const c of cases) {
      const want = outcome(c.tfjs);
      const got = outcome(c.rule);
      const agree = want.ok && got.ok ? JSON.stringify(want.shape) === JSON.stringify(got.shape) : want.ok === got.ok;
      if (!agree) report.push(`case ${c.id} (${c.op}): ${c.call}\n  tfjs: ${show(want)}\n  rule: ${show(got)}`);
    }
    if (report.length > 0) console.log(report.join('\n'));
    expect(report, `${report.length} of ${cases.length} cases disagree`).toEqual([]);
  });
});
