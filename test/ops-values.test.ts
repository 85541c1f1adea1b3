// Values of every op against plain tfjs computing the same thing (never against shapetype's own
// output), plus the shape and dtype each result's type promises.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { closeValues } from './helpers.js';

type SOf<T> = T extends st.Tensor<infer S, st.DType, st.Device, st.Kind> ? S : never;
type DOf<T> = T extends st.Tensor<st.Shape, infer D, st.Device, st.Kind> ? D : never;

/** The run-time shape and dtype are what the static type says (the arguments are typed by T). */
function meta<T extends st.AnyTensor>(t: T, shape: SOf<T>, dtype: DOf<T>): void {
  expect(t.shape).toEqual(shape);
  expect(t.dtype).toBe(dtype);
  expect(t.raw.shape).toEqual(shape);
}

/** Same shape, same dtype, values within tol (relative above magnitude 1, absolute below). */
function close(actual: st.AnyTensor, expected: tf.Tensor, tol = 1e-5): void {
  expect(actual.shape, 'shape').toEqual(expected.shape);
  expect(actual.dtype, 'dtype').toBe(expected.dtype);
  closeValues(actual.dataSync(), expected.dataSync(), tol);
}

const x34 = st.randomNormal([3, 4], 0, 1, 'float32', 11);
const y34 = st.randomNormal([3, 4], 0, 1, 'float32', 12);
const x234 = st.randomNormal([2, 3, 4], 0, 2, 'float32', 13);
const pos34 = st.add(st.abs(x34), 0.25);
const i34 = st.tensor([[3, -7, 0, 5], [-2, 9, 4, -1], [8, 6, -5, 2]], [3, 4], 'int32');

beforeAll(() => {
  expect(st.getDefaultBackend()).toBe('wasm');
  expect(tf.getBackend()).toBe('wasm');
});

describe('creation ops', () => {
  it('tensor: nested values infer shape and dtype; flat values take a shape', () => {
    const a = st.tensor([[1, 2, 3], [4, 5, 6]]);
    meta(a, [2, 3], 'float32');
    close(a, tf.tensor([[1, 2, 3], [4, 5, 6]]));
    const b = st.tensor([1, 2, 3, 4, 5, 6], [3, 2], 'int32');
    meta(b, [3, 2], 'int32');
    close(b, tf.tensor([1, 2, 3, 4, 5, 6], [3, 2], 'int32'));
    const c = st.tensor([[true, false], [false, true]]);
    meta(c, [2, 2], 'bool');
    close(c, tf.tensor([[true, false], [false, true]]));
    const d = st.tensor(new Float32Array([0.5, 1.5, -2]));
    meta(d, [3], 'float32');
    close(d, tf.tensor1d([0.5, 1.5, -2]));
    expect(st.tensor([[1, 2], [3, 4]]).arraySync()).toEqual([[1, 2], [3, 4]]);
  });

  it('scalar, zeros, ones, fill', () => {
    const s = st.scalar(2.5);
    meta(s, [], 'float32');
    expect(s.item()).toBe(2.5);
    const si = st.scalar(7, 'int32');
    meta(si, [], 'int32');
    close(si, tf.scalar(7, 'int32'));
    const sb = st.scalar(true);
    meta(sb, [], 'bool');
    expect(sb.item()).toBe(true);
    const z = st.zeros([2, 3]);
    meta(z, [2, 3], 'float32');
    close(z, tf.zeros([2, 3]));
    const zi = st.zeros([4], 'int32');
    meta(zi, [4], 'int32');
    close(zi, tf.zeros([4], 'int32'));
    const o = st.ones([3, 1, 2]);
    meta(o, [3, 1, 2], 'float32');
    close(o, tf.ones([3, 1, 2]));
    const f = st.fill([2, 2], -3.5);
    meta(f, [2, 2], 'float32');
    close(f, tf.fill([2, 2], -3.5));
    const fi = st.fill([3], 4, 'int32');
    meta(fi, [3], 'int32');
    close(fi, tf.fill([3], 4, 'int32'));
  });

  it('seeded random ops equal tfjs with the same seed, and differ across seeds', () => {
    const n = st.randomNormal([4, 5], 1, 2, 'float32', 42);
    meta(n, [4, 5], 'float32');
    close(n, tf.randomNormal([4, 5], 1, 2, 'float32', 42), 0);
    const u = st.randomUniform([6], -1, 3, 'float32', 7);
    meta(u, [6], 'float32');
    close(u, tf.randomUniform([6], -1, 3, 'float32', 7), 0);
    const t = st.truncatedNormal([3, 3], 0, 0.5, 'float32', 9);
    meta(t, [3, 3], 'float32');
    close(t, tf.truncatedNormal([3, 3], 0, 0.5, 'float32', 9), 0);
    expect(Array.from(st.randomNormal([8], 0, 1, 'float32', 1).dataSync()))
      .not.toEqual(Array.from(st.randomNormal([8], 0, 1, 'float32', 2).dataSync()));
  });

  it('range: float and int32, with a step; the length is in the type', () => {
    const r = st.range(0, 5);
    meta(r, [5], 'float32');
    close(r, tf.range(0, 5));
    const ri = st.range(2, 11, 3, 'int32');
    meta(ri, [3], 'int32');
    close(ri, tf.range(2, 11, 3, 'int32'));
    const rf = st.range(0, 1, 0.25);
    expect(rf.shape).toEqual([4]);
    close(rf, tf.range(0, 1, 0.25));
    const down = st.range(5, 0, -2);
    expect(down.shape).toEqual([3]);
    close(down, tf.range(5, 0, -2));
    // @ts-expect-error a literal step 0 is refused at compile time, with the same sentence
    expect(() => st.range(0, 3, 0)).toThrow('range: step must not be 0');
  });

  it('causalMask is the lower triangle (j <= i)', () => {
    const m = st.causalMask(5);
    meta(m, [5, 5], 'bool');
    close(m, tf.cast(tf.linalg.bandPart(tf.ones([5, 5]), -1, 0), 'bool'));
  });

  it('causalMaskFor: the last T of S positions (j <= i + S - T); T = S is causalMask', () => {
    const m = st.causalMaskFor(2, 5);
    meta(m, [2, 5], 'bool');
    expect(m.arraySync()).toEqual([[true, true, true, true, false], [true, true, true, true, true]]);
    close(m, tf.cast(tf.slice(tf.linalg.bandPart(tf.ones([5, 5]), -1, 0), [3, 0], [2, 5]), 'bool'));
    close(st.causalMaskFor(4, 4), st.causalMask(4).raw);
    const one = st.causalMaskFor(1, 3);
    expect(one.arraySync()).toEqual([[true, true, true]]);
    // @ts-expect-error literal arguments: the compiler rejects the call with the same sentence
    expect(() => st.causalMaskFor(3, 2)).toThrow('causalMaskFor: needs 0 <= queries <= keys (integers), got 3 queries and 2 keys');
  });

  it('dimMul and dimDiv compute dims (and reject what is not a dim)', () => {
    expect(st.dimMul(4, 16)).toBe(64);
    expect(st.dimDiv(64, 4)).toBe(16);
    // @ts-expect-error literal arguments: the compiler rejects the call with the same sentence
    expect(() => st.dimDiv(10, 4)).toThrow('dimDiv: 10 is not divisible by 4');
    // @ts-expect-error literal arguments: the compiler rejects the call with the same sentence
    expect(() => st.dimDiv(10, 4, 'heads')).toThrow('heads: 10 is not divisible by 4');
    expect(() => st.dimMul(-1, 4)).toThrow('dimMul: dims must be non-negative integers, got -1 and 4');
  });
});

describe('unary ops', () => {
  const floatCases: [string, (x: st.Tensor<[3, 4]>) => st.Tensor<[3, 4]>, (x: tf.Tensor) => tf.Tensor, 'any' | 'positive'][] = [
    ['exp', st.exp, tf.exp, 'any'],
    ['log', st.log, tf.log, 'positive'],
    ['sqrt', st.sqrt, tf.sqrt, 'positive'],
    ['rsqrt', st.rsqrt, tf.rsqrt, 'positive'],
    ['sigmoid', st.sigmoid, tf.sigmoid, 'any'],
    ['tanh', st.tanh, tf.tanh, 'any'],
    ['sin', st.sin, tf.sin, 'any'],
    ['cos', st.cos, tf.cos, 'any'],
    ['neg', st.neg, tf.neg, 'any'],
    ['abs', st.abs, tf.abs, 'any'],
    ['square', st.square, tf.square, 'any'],
    ['relu', st.relu, tf.relu, 'any'],
    ['silu', st.silu, (x) => tf.mul(x, tf.sigmoid(x)), 'any'],
    [
      'gelu', st.gelu,
      (x) => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.tanh(tf.mul(Math.sqrt(2 / Math.PI), tf.add(x, tf.mul(0.044715, tf.pow(x, 3))))))),
      'any',
    ],
  ];
  it.each(floatCases)('%s matches tfjs', (_name, stFn, tfFn, domain) => {
    const x = domain === 'positive' ? pos34 : x34;
    const y = stFn(x);
    meta(y, [3, 4], 'float32');
    close(y, tfFn(x.raw));
  });

  it('gelu is the tanh approximation (checked elementwise in float64)', () => {
    const xs = x34.dataSync();
    const expected = Array.from(xs, (v) => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3))));
    closeValues(st.gelu(x34).dataSync(), expected, 1e-5);
  });

  it('neg, abs, square, relu keep int32', () => {
    for (const [stFn, tfFn] of [[st.neg, tf.neg], [st.abs, tf.abs], [st.square, tf.square], [st.relu, tf.relu]] as const) {
      const y = stFn(i34);
      meta(y, [3, 4], 'int32');
      close(y, tfFn(i34.raw), 0);
    }
  });
});

describe('binary ops', () => {
  const ops: [string, typeof st.add, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor][] = [
    ['add', st.add, tf.add], ['sub', st.sub, tf.sub], ['mul', st.mul, tf.mul], ['div', st.div, tf.div],
    ['maximum', st.maximum, tf.maximum], ['minimum', st.minimum, tf.minimum],
    ['squaredDifference', st.squaredDifference, tf.squaredDifference],
  ];
  const b4 = st.randomNormal([4], 0, 1, 'float32', 21);
  const b31 = st.randomNormal([3, 1], 0, 1, 'float32', 22);
  const b214 = st.randomNormal([2, 1, 4], 0, 1, 'float32', 23);

  it.each(ops)('%s: same shapes, broadcasting and JS-number operands match tfjs', (_name, stFn, tfFn) => {
    const same = stFn(x34, y34);
    meta(same, [3, 4], 'float32');
    close(same, tfFn(x34.raw, y34.raw));
    const last = stFn(x234, b4);
    meta(last, [2, 3, 4], 'float32');
    close(last, tfFn(x234.raw, b4.raw));
    const both = stFn(b31, b214);
    meta(both, [2, 3, 4], 'float32');
    close(both, tfFn(b31.raw, b214.raw));
    const num = stFn(x34, 1.5);
    meta(num, [3, 4], 'float32');
    close(num, tfFn(x34.raw, tf.scalar(1.5)));
    const first = stFn(1.5, x34);
    meta(first, [3, 4], 'float32');
    close(first, tfFn(tf.scalar(1.5), x34.raw));
  });

  it('pow with a tensor exponent, a broadcast exponent and a number', () => {
    const p = st.pow(pos34, y34);
    meta(p, [3, 4], 'float32');
    close(p, tf.pow(pos34.raw, y34.raw));
    close(st.pow(pos34, b4), tf.pow(pos34.raw, b4.raw));
    close(st.pow(x34, 3), tf.pow(x34.raw, tf.scalar(3)));
  });

  it('int32 arithmetic stays int32; int32 division floors', () => {
    const j = st.tensor([[2, 3, -4, 1]], [1, 4], 'int32');
    const intOps: [typeof st.add, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor][] = [
      [st.add, tf.add], [st.sub, tf.sub], [st.mul, tf.mul], [st.maximum, tf.maximum], [st.minimum, tf.minimum],
    ];
    for (const [stFn, tfFn] of intOps) {
      const r = stFn(i34, j);
      meta(r, [3, 4], 'int32');
      close(r, tfFn(i34.raw, j.raw), 0);
    }
    const q = st.div(i34, 2);
    meta(q, [3, 4], 'int32');
    close(q, tf.floorDiv(i34.raw, tf.scalar(2, 'int32')), 0);
    expect(Array.from(q.dataSync())).toEqual(Array.from(i34.dataSync(), (v) => Math.floor(v / 2)));
    const m = st.mul(i34, 3);
    meta(m, [3, 4], 'int32');
    expect(Array.from(m.dataSync())).toEqual(Array.from(i34.dataSync(), (v) => v * 3));
  });

  const cmps: [string, typeof st.equal, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor][] = [
    ['equal', st.equal, tf.equal], ['notEqual', st.notEqual, tf.notEqual], ['less', st.less, tf.less],
    ['lessEqual', st.lessEqual, tf.lessEqual], ['greater', st.greater, tf.greater], ['greaterEqual', st.greaterEqual, tf.greaterEqual],
  ];
  it.each(cmps)('%s gives bool, broadcasts, takes numbers', (_name, stFn, tfFn) => {
    const a = st.tensor([[1, 2, 3], [3, 2, 1]]);
    const b = st.tensor([2, 2, 2]);
    const r = stFn(a, b);
    meta(r, [2, 3], 'bool');
    close(r, tfFn(a.raw, b.raw), 0);
    const n = stFn(a, 2);
    meta(n, [2, 3], 'bool');
    close(n, tfFn(a.raw, tf.scalar(2)), 0);
    const ints = stFn(i34, st.tensor([0], [1], 'int32'));
    meta(ints, [3, 4], 'bool');
    close(ints, tfFn(i34.raw, tf.scalar(0, 'int32')), 0);
    // Different values give a different answer, so a constant result would fail.
    expect(new Set(Array.from(n.dataSync())).size).toBe(2);
  });

  it('logicalAnd, logicalOr (broadcasting) and logicalNot', () => {
    const p = st.tensor([[true, false], [true, true]]);
    const q = st.tensor([false, true]);
    const and = st.logicalAnd(p, q);
    meta(and, [2, 2], 'bool');
    close(and, tf.logicalAnd(p.raw, q.raw), 0);
    const or = st.logicalOr(p, q);
    meta(or, [2, 2], 'bool');
    close(or, tf.logicalOr(p.raw, q.raw), 0);
    const not = st.logicalNot(p);
    meta(not, [2, 2], 'bool');
    close(not, tf.logicalNot(p.raw), 0);
    expect(Array.from(and.dataSync())).toEqual([0, 0, 0, 1]);
    expect(Array.from(or.dataSync())).toEqual([1, 1, 1, 1]);
  });
});

describe('where, cast, clipByValue', () => {
  it('where broadcasts condition and both branches together', () => {
    const cond = st.greater(st.randomNormal([3, 1], 0, 1, 'float32', 31), 0);
    const a = st.randomNormal([1, 4], 0, 1, 'float32', 32);
    const b = st.randomNormal([4], 0, 1, 'float32', 33);
    const r = st.where(cond, a, b);
    meta(r, [3, 4], 'float32');
    const shape = [3, 4];
    close(r, tf.where(tf.broadcastTo(cond.raw, shape), tf.broadcastTo(a.raw, shape), tf.broadcastTo(b.raw, shape)), 0);
    // And elementwise by hand.
    const c = cond.dataSync();
    const av = a.dataSync();
    const bv = b.dataSync();
    const expected: number[] = [];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 4; j++) expected.push(c[i] ? av[j] : bv[j]);
    closeValues(r.dataSync(), expected, 0);
    const same = st.where(st.greater(x34, 0), x34, y34);
    close(same, tf.where(tf.greater(x34.raw, 0), x34.raw, y34.raw), 0);
  });

  it('where with the fill first (torch.where(mask, -inf, x)): the number where the condition holds, broadcast', () => {
    const cond = st.greater(st.randomNormal([3, 1], 0, 1, 'float32', 34), 0);
    const b = st.randomNormal([3, 4], 0, 1, 'float32', 35);
    const r = st.where(cond, -7.5, b);
    meta(r, [3, 4], 'float32');
    const c = cond.dataSync();
    const bv = b.dataSync();
    const expected: number[] = [];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 4; j++) expected.push(c[i] ? -7.5 : bv[i * 4 + j]);
    closeValues(r.dataSync(), expected, 0);
    const ints = st.where(st.tensor([true, false], [2], 'bool'), 3, st.tensor(Int32Array.from([1, 2]), [2], 'int32'));
    meta(ints, [2], 'int32');
    expect(Array.from(ints.dataSync())).toEqual([3, 2]);
    const tensorFill = st.where(cond, st.scalar(-7.5), b);
    closeValues(tensorFill.dataSync(), expected, 0);
    const half = 0.5 as number;
    // A fraction against an int32 tensor, and two numbers: refused (at compile time for literals), here at run time.
    expect(() => st.where(st.tensor([true, false], [2], 'bool'), half, st.tensor(Int32Array.from([1, 2]), [2], 'int32'))).toThrow('where: 0.5 is not an integer, but the tensor is int32');
    const six = 6 as number;
    // @ts-expect-error where: a or b must be a tensor, got two numbers
    expect(() => st.where(st.tensor([true, false], [2], 'bool'), 5, six)).toThrow('where: a or b must be a tensor, got two numbers');
  });

  it('cast between float32, int32 and bool', () => {
    const f = st.tensor([-1.7, -0.2, 0, 0.6, 2.9]);
    const i = st.cast(f, 'int32');
    meta(i, [5], 'int32');
    close(i, tf.cast(f.raw, 'int32'), 0);
    const b = st.cast(f, 'bool');
    meta(b, [5], 'bool');
    close(b, tf.cast(f.raw, 'bool'), 0);
    const back = st.cast(b, 'float32');
    meta(back, [5], 'float32');
    close(back, tf.cast(tf.cast(f.raw, 'bool'), 'float32'), 0);
  });

  it('clipByValue on float32 and int32; min > max throws', () => {
    const c = st.clipByValue(x34, -0.5, 0.5);
    meta(c, [3, 4], 'float32');
    close(c, tf.clipByValue(x34.raw, -0.5, 0.5), 0);
    const ci = st.clipByValue(i34, -2, 4);
    meta(ci, [3, 4], 'int32');
    // Written out: tfjs-wasm's own clip of an int32 tensor returns float32 bit patterns as the int32 values.
    close(ci, tf.tensor([[3, -2, 0, 4], [-2, 4, 4, -1], [4, 4, -2, 2]], [3, 4], 'int32'), 0);
    // @ts-expect-error literal bounds the wrong way round are refused at compile time, with the same sentence
    expect(() => st.clipByValue(x34, 1, 0)).toThrow('clipByValue: min 1 is greater than max 0');
  });
});

describe('matMul and linear', () => {
  const a = st.randomNormal([3, 4], 0, 1, 'float32', 41);
  const b = st.randomNormal([4, 5], 0, 1, 'float32', 42);
  const aT = st.randomNormal([4, 3], 0, 1, 'float32', 43);
  const bT = st.randomNormal([5, 4], 0, 1, 'float32', 44);

  it('rank 2 with every transpose combination', () => {
    const r = st.matMul(a, b);
    meta(r, [3, 5], 'float32');
    close(r, tf.matMul(a.raw, b.raw));
    const ta = st.matMul(aT, b, true);
    meta(ta, [3, 5], 'float32');
    close(ta, tf.matMul(aT.raw, b.raw, true, false));
    const tb = st.matMul(a, bT, false, true);
    meta(tb, [3, 5], 'float32');
    close(tb, tf.matMul(a.raw, bT.raw, false, true));
    const tab = st.matMul(aT, bT, true, true);
    meta(tab, [3, 5], 'float32');
    close(tab, tf.matMul(aT.raw, bT.raw, true, true));
  });

  it('batched rank 3 @ rank 3, with transposes', () => {
    const x = st.randomNormal([2, 3, 4], 0, 1, 'float32', 45);
    const y = st.randomNormal([2, 4, 5], 0, 1, 'float32', 46);
    const r = st.matMul(x, y);
    meta(r, [2, 3, 5], 'float32');
    close(r, tf.matMul(x.raw, y.raw));
    const yT = st.randomNormal([2, 5, 4], 0, 1, 'float32', 47);
    const rt = st.matMul(x, yT, false, true);
    meta(rt, [2, 3, 5], 'float32');
    close(rt, tf.matMul(x.raw, yT.raw, false, true));
    const xT = st.randomNormal([2, 4, 3], 0, 1, 'float32', 48);
    const rtt = st.matMul(xT, yT, true, true);
    meta(rtt, [2, 3, 5], 'float32');
    close(rtt, tf.matMul(xT.raw, yT.raw, true, true));
  });

  it('rank 3 @ rank 2 (the flattened fast path), with transposes', () => {
    const x = st.randomNormal([2, 3, 4], 0, 1, 'float32', 49);
    const r = st.matMul(x, b);
    meta(r, [2, 3, 5], 'float32');
    close(r, tf.matMul(x.raw, tf.broadcastTo(b.raw, [2, 4, 5])));
    const rtb = st.matMul(x, bT, false, true);
    meta(rtb, [2, 3, 5], 'float32');
    close(rtb, tf.matMul(x.raw, tf.broadcastTo(bT.raw, [2, 5, 4]), false, true));
    const xT = st.randomNormal([2, 4, 3], 0, 1, 'float32', 50);
    const rta = st.matMul(xT, b, true);
    meta(rta, [2, 3, 5], 'float32');
    close(rta, tf.matMul(xT.raw, tf.broadcastTo(b.raw, [2, 4, 5]), true, false));
    const x4 = st.randomNormal([2, 2, 3, 4], 0, 1, 'float32', 51);
    const r4 = st.matMul(x4, b);
    meta(r4, [2, 2, 3, 5], 'float32');
    close(r4, tf.matMul(x4.raw, tf.broadcastTo(b.raw, [2, 2, 4, 5])));
  });

  it('batch dims broadcast: [1, 3, 4] @ [2, 4, 5] and [3, 4] @ [2, 4, 5]', () => {
    const x1 = st.randomNormal([1, 3, 4], 0, 1, 'float32', 52);
    const y = st.randomNormal([2, 4, 5], 0, 1, 'float32', 53);
    const r = st.matMul(x1, y);
    meta(r, [2, 3, 5], 'float32');
    close(r, tf.matMul(tf.broadcastTo(x1.raw, [2, 3, 4]), y.raw));
    const r2 = st.matMul(a, y);
    meta(r2, [2, 3, 5], 'float32');
    close(r2, tf.matMul(tf.broadcastTo(a.raw, [2, 3, 4]), y.raw));
  });

  it('linear with and without bias, rank 2 and rank 3 inputs', () => {
    const w = st.randomNormal([4, 6], 0, 1, 'float32', 54);
    const bias = st.randomNormal([6], 0, 1, 'float32', 55);
    const r = st.linear(a, w);
    meta(r, [3, 6], 'float32');
    close(r, tf.matMul(a.raw, w.raw));
    const rb = st.linear(a, w, bias);
    meta(rb, [3, 6], 'float32');
    close(rb, tf.add(tf.matMul(a.raw, w.raw), bias.raw));
    const x = st.randomNormal([2, 3, 4], 0, 1, 'float32', 56);
    const r3 = st.linear(x, w, bias);
    meta(r3, [2, 3, 6], 'float32');
    close(r3, tf.add(tf.matMul(x.raw, tf.broadcastTo(w.raw, [2, 4, 6])), bias.raw));
    const r3n = st.linear(x, w);
    meta(r3n, [2, 3, 6], 'float32');
    close(r3n, tf.matMul(x.raw, tf.broadcastTo(w.raw, [2, 4, 6])));
  });
});

describe('shape ops', () => {
  const x = st.randomNormal([2, 3, 4], 0, 1, 'float32', 61);

  it('reshape, with an inferred -1', () => {
    const r = st.reshape(x, [6, 4]);
    meta(r, [6, 4], 'float32');
    close(r, tf.reshape(x.raw, [6, 4]), 0);
    const r2 = st.reshape(x, [4, -1]);
    meta(r2, [4, 6], 'float32');
    close(r2, tf.reshape(x.raw, [4, 6]), 0);
    const ri = st.reshape(i34, [12]);
    meta(ri, [12], 'int32');
    close(ri, tf.reshape(i34.raw, [12]), 0);
  });

  it('transpose: reversed and by perm', () => {
    const r = st.transpose(x);
    meta(r, [4, 3, 2], 'float32');
    close(r, tf.transpose(x.raw), 0);
    const p = st.transpose(x, [1, 2, 0]);
    meta(p, [3, 4, 2], 'float32');
    close(p, tf.transpose(x.raw, [1, 2, 0]), 0);
  });

  it('expandDims and squeeze', () => {
    const e0 = st.expandDims(x);
    meta(e0, [1, 2, 3, 4], 'float32');
    close(e0, tf.expandDims(x.raw, 0), 0);
    const e2 = st.expandDims(x, 2);
    meta(e2, [2, 3, 1, 4], 'float32');
    close(e2, tf.expandDims(x.raw, 2), 0);
    const eLast = st.expandDims(x, -1);
    meta(eLast, [2, 3, 4, 1], 'float32');
    close(eLast, tf.expandDims(x.raw, -1), 0);
    const ones = st.randomNormal([1, 3, 1, 2], 0, 1, 'float32', 62);
    const s = st.squeeze(ones);
    meta(s, [3, 2], 'float32');
    close(s, tf.squeeze(ones.raw), 0);
    const s2 = st.squeeze(ones, [2]);
    meta(s2, [1, 3, 2], 'float32');
    close(s2, tf.squeeze(ones.raw, [2]), 0);
    const sNeg = st.squeeze(ones, [-4]);
    meta(sNeg, [3, 1, 2], 'float32');
    close(sNeg, tf.squeeze(ones.raw, [0]), 0);
  });

  it('concat along several axes, and stack', () => {
    const y = st.randomNormal([2, 5, 4], 0, 1, 'float32', 63);
    const c1 = st.concat([x, y], 1);
    meta(c1, [2, 8, 4], 'float32');
    close(c1, tf.concat([x.raw, y.raw], 1), 0);
    const z = st.randomNormal([1, 3, 4], 0, 1, 'float32', 64);
    const c0 = st.concat([x, z, x]);
    meta(c0, [5, 3, 4], 'float32');
    close(c0, tf.concat([x.raw, z.raw, x.raw], 0), 0);
    const w = st.randomNormal([2, 3, 2], 0, 1, 'float32', 65);
    const cl = st.concat([x, w], -1);
    meta(cl, [2, 3, 6], 'float32');
    close(cl, tf.concat([x.raw, w.raw], -1), 0);
    const s0 = st.stack([x34, y34]);
    meta(s0, [2, 3, 4], 'float32');
    close(s0, tf.stack([x34.raw, y34.raw], 0), 0);
    const s1 = st.stack([x34, y34, x34], 1);
    meta(s1, [3, 3, 4], 'float32');
    close(s1, tf.stack([x34.raw, y34.raw, x34.raw], 1), 0);
    const sl = st.stack([x34, y34], -1);
    meta(sl, [3, 4, 2], 'float32');
    close(sl, tf.stack([x34.raw, y34.raw], -1), 0);
  });

  it('split into equal parts and by sizes', () => {
    const [p, q] = st.split(x, 2, 2);
    meta(p, [2, 3, 2], 'float32');
    meta(q, [2, 3, 2], 'float32');
    const [tp, tq] = tf.split(x.raw, 2, 2);
    close(p, tp, 0);
    close(q, tq, 0);
    const [a, b, c] = st.split(x, [1, 2, 1], -1);
    meta(a, [2, 3, 1], 'float32');
    meta(b, [2, 3, 2], 'float32');
    meta(c, [2, 3, 1], 'float32');
    const [ta, tb, tc] = tf.split(x.raw, [1, 2, 1], 2);
    close(a, ta, 0);
    close(b, tb, 0);
    close(c, tc, 0);
    const [r0, r1] = st.split(x, 2);
    meta(r0, [1, 3, 4], 'float32');
    close(r1, tf.split(x.raw, 2, 0)[1], 0);
  });

  it('slice with begin only, begin and size, and -1 sizes', () => {
    const s = st.slice(x, [1]);
    meta(s, [1, 3, 4], 'float32');
    close(s, tf.slice(x.raw, [1]), 0);
    const s2 = st.slice(x, [0, 1, 1], [2, 2, 3]);
    meta(s2, [2, 2, 3], 'float32');
    close(s2, tf.slice(x.raw, [0, 1, 1], [2, 2, 3]), 0);
    const s3 = st.slice(x, [1, 1, 0], [-1, 1, -1]);
    meta(s3, [1, 1, 4], 'float32');
    close(s3, tf.slice(x.raw, [1, 1, 0], [-1, 1, -1]), 0);
    const s4 = st.slice(x, 1, 1);
    meta(s4, [1, 3, 4], 'float32');
    close(s4, tf.slice(x.raw, 1, 1), 0);
  });

  it('gather along axis 0 and axis 1, float32 and int32 tables, 1-D and 2-D indices', () => {
    const table = st.randomNormal([5, 3], 0, 1, 'float32', 66);
    const idx = st.tensor([4, 0, 4, 2], [4], 'int32');
    const g0 = st.gather(table, idx);
    meta(g0, [4, 3], 'float32');
    close(g0, tf.gather(table.raw, idx.raw, 0), 0);
    const idx2 = st.tensor([[1, 0], [2, 2]], [2, 2], 'int32');
    const g1 = st.gather(table, idx2, 1);
    meta(g1, [5, 2, 2], 'float32');
    close(g1, tf.gather(table.raw, idx2.raw, 1), 0);
    const g02 = st.gather(table, idx2);
    meta(g02, [2, 2, 3], 'float32');
    close(g02, tf.gather(table.raw, idx2.raw, 0), 0);
    const gx = st.gather(x, st.tensor([3, 1], [2], 'int32'), 2);
    meta(gx, [2, 3, 2], 'float32');
    close(gx, tf.gather(x.raw, tf.tensor1d([3, 1], 'int32'), 2), 0);
    const gm = st.gather(x, idx2, 1);
    meta(gm, [2, 2, 2, 4], 'float32');
    close(gm, tf.gather(x.raw, idx2.raw, 1), 0);
    const gi = st.gather(i34, st.tensor([2, 0], [2], 'int32'), 1);
    meta(gi, [3, 2], 'int32');
    close(gi, tf.gather(i34.raw, tf.tensor1d([2, 0], 'int32'), 1), 0);
  });

  it('oneHot in int32 and float32 (values right despite the tfjs-wasm float32 bug)', () => {
    const idx = st.tensor([[0, 3], [2, 1], [3, 3]], [3, 2], 'int32');
    const expectedHot = (on: number, off: number): number[] =>
      Array.from(idx.dataSync()).flatMap((k) => Array.from({ length: 4 }, (_, j) => (j === k ? on : off)));
    const hi = st.oneHot(idx, 4);
    meta(hi, [3, 2, 4], 'int32');
    close(hi, tf.oneHot(idx.raw, 4), 0);
    expect(Array.from(hi.dataSync())).toEqual(expectedHot(1, 0));
    const hf = st.oneHot(idx, 4, 1, 0, 'float32');
    meta(hf, [3, 2, 4], 'float32');
    expect(Array.from(hf.dataSync())).toEqual(expectedHot(1, 0));
    close(hf, tf.tensor(expectedHot(1, 0), [3, 2, 4], 'float32'), 0);
    const hv = st.oneHot(idx, 4, 5, -1, 'float32');
    meta(hv, [3, 2, 4], 'float32');
    expect(Array.from(hv.dataSync())).toEqual(expectedHot(5, -1));
    const hs = st.oneHot(idx, 4, 0.9, 0.1 / 3, 'float32');
    closeValues(hs.dataSync(), expectedHot(0.9, 0.1 / 3), 1e-6);
    const hiv = st.oneHot(idx, 4, 7, 2, 'int32');
    meta(hiv, [3, 2, 4], 'int32');
    expect(Array.from(hiv.dataSync())).toEqual(expectedHot(7, 2));
  });

  it('repeatInterleave repeats each slice in place, along any axis, float32 and int32', () => {
    const r0 = st.repeatInterleave(x, 2, 0);
    meta(r0, [4, 3, 4], 'float32');
    close(r0, tf.reshape(tf.tile(tf.expandDims(x.raw, 1), [1, 2, 1, 1]), [4, 3, 4]), 0);
    const r1 = st.repeatInterleave(x, 3, 1);
    meta(r1, [2, 9, 4], 'float32');
    close(r1, tf.reshape(tf.tile(tf.expandDims(x.raw, 2), [1, 1, 3, 1]), [2, 9, 4]), 0);
    const rl = st.repeatInterleave(x, 2, -1);
    meta(rl, [2, 3, 8], 'float32');
    close(rl, tf.reshape(tf.tile(tf.expandDims(x.raw, 3), [1, 1, 1, 2]), [2, 3, 8]), 0);
    const ri = st.repeatInterleave(st.tensor([[1, 2], [3, 4]], [2, 2], 'int32'), 2, 1);
    meta(ri, [2, 4], 'int32');
    expect(ri.arraySync()).toEqual([[1, 1, 2, 2], [3, 3, 4, 4]]);
    const once = st.repeatInterleave(x, 1, 1);
    close(once, x.raw, 0);
    expect(() => st.repeatInterleave(x, 0, 1)).toThrow('repeatInterleave: repeats must be a positive integer, got 0');
  });

  it('splitLastDim and mergeLastDims', () => {
    const h = st.splitLastDim(x, 2, 2);
    meta(h, [2, 3, 2, 2], 'float32');
    close(h, tf.reshape(x.raw, [2, 3, 2, 2]), 0);
    const m = st.mergeLastDims(h);
    meta(m, [2, 3, 4], 'float32');
    close(m, x.raw, 0);
  });
});

describe('reductions', () => {
  const x = st.randomNormal([2, 3, 4], 0, 1, 'float32', 71);
  const ops: [string, typeof st.sum, (x: tf.Tensor, axis?: number | number[], keepDims?: boolean) => tf.Tensor][] = [
    ['sum', st.sum, tf.sum], ['max', st.max, tf.max], ['min', st.min, tf.min], ['prod', st.prod, tf.prod],
    ['mean', st.mean, tf.mean], ['logSumExp', st.logSumExp, tf.logSumExp],
  ];
  it.each(ops)('%s over all, one axis, a negative axis, several axes, with keepDims', (_name, stFn, tfFn) => {
    const all = stFn(x);
    meta(all, [], 'float32');
    close(all, tfFn(x.raw));
    const a1 = stFn(x, 1);
    meta(a1, [2, 4], 'float32');
    close(a1, tfFn(x.raw, 1));
    const neg = stFn(x, -1);
    meta(neg, [2, 3], 'float32');
    close(neg, tfFn(x.raw, 2));
    const many = stFn(x, [0, 2]);
    meta(many, [3], 'float32');
    close(many, tfFn(x.raw, [0, 2]));
    const kept = stFn(x, [0, -1], true);
    meta(kept, [1, 3, 1], 'float32');
    close(kept, tfFn(x.raw, [0, 2], true));
    const keptOne = stFn(x, 1, true);
    meta(keptOne, [2, 1, 4], 'float32');
    close(keptOne, tfFn(x.raw, 1, true));
  });

  it('logSumExp is log(sum(exp)) (checked in float64)', () => {
    const v = x.dataSync();
    const expected = [0, 1, 2, 3, 4, 5].map((r) => Math.log([0, 1, 2, 3].reduce((s, j) => s + Math.exp(v[r * 4 + j]), 0)));
    closeValues(st.logSumExp(x, -1).dataSync(), expected, 1e-5);
  });

  it('int32 sum, max, min, prod stay int32', () => {
    const results = [st.sum(i34, 1), st.max(i34, 1), st.min(i34, 1), st.prod(i34, 1)];
    const expected = [tf.sum(i34.raw, 1), tf.max(i34.raw, 1), tf.min(i34.raw, 1), tf.prod(i34.raw, 1)];
    results.forEach((r, k) => {
      meta(r, [3], 'int32');
      close(r, expected[k], 0);
    });
  });

  it('argMax and argMin: default axis 0, axis 1 and -1; int32 results', () => {
    const ops: [typeof st.argMax, (x: tf.Tensor, axis: number) => tf.Tensor][] = [[st.argMax, tf.argMax], [st.argMin, tf.argMin]];
    for (const [stFn, tfFn] of ops) {
      const d = stFn(x);
      meta(d, [3, 4], 'int32');
      close(d, tfFn(x.raw, 0), 0);
      const a1 = stFn(x, 1);
      meta(a1, [2, 4], 'int32');
      close(a1, tfFn(x.raw, 1), 0);
      const last = stFn(x, -1);
      meta(last, [2, 3], 'int32');
      close(last, tfFn(x.raw, 2), 0);
      const ints = stFn(i34, 1);
      meta(ints, [3], 'int32');
      close(ints, tfFn(i34.raw, 1), 0);
    }
  });
});

describe('softmax, logSoftmax, cross-entropy', () => {
  const x = st.randomNormal([2, 3, 4], 0, 2, 'float32', 81);

  it('softmax and logSoftmax along the last axis match tfjs', () => {
    const p = st.softmax(x);
    meta(p, [2, 3, 4], 'float32');
    close(p, tf.softmax(x.raw));
    const lp = st.logSoftmax(x);
    meta(lp, [2, 3, 4], 'float32');
    close(lp, tf.logSoftmax(x.raw));
    close(st.softmax(x, -1), tf.softmax(x.raw, -1));
    close(st.logSoftmax(x, 2), tf.logSoftmax(x.raw, -1));
  });

  it('softmax and logSoftmax along a non-last axis normalise that axis', () => {
    for (const axis of [0, 1, -2] as const) {
      const p = st.softmax(x, axis);
      meta(p, [2, 3, 4], 'float32');
      close(p, tf.div(tf.exp(x.raw), tf.sum(tf.exp(x.raw), axis, true)));
      const lp = st.logSoftmax(x, axis);
      meta(lp, [2, 3, 4], 'float32');
      close(lp, tf.sub(x.raw, tf.logSumExp(x.raw, axis, true)));
    }
    // Columns of softmax along axis 1 add up to 1.
    closeValues(st.sum(st.softmax(x, 1), 1).dataSync(), new Array(8).fill(1), 1e-6);
  });

  it('sparseSoftmaxCrossEntropy (mean and none) equals tf.losses.softmaxCrossEntropy on one-hot labels', () => {
    const logits = st.randomNormal([4, 5], 0, 2, 'float32', 82);
    const labels = st.tensor([0, 4, 2, 2], [4], 'int32');
    const hot = tf.cast(tf.oneHot(labels.raw, 5), 'float32');
    const mean = st.sparseSoftmaxCrossEntropy(logits, labels);
    meta(mean, [], 'float32');
    close(mean, tf.losses.softmaxCrossEntropy(hot, logits.raw));
    const none = st.sparseSoftmaxCrossEntropy(logits, labels, 'none');
    meta(none, [4], 'float32');
    close(none, tf.losses.softmaxCrossEntropy(hot, logits.raw, undefined, undefined, tf.Reduction.NONE));
    // And in float64 by hand: logSumExp(row) - row[label].
    const v = logits.dataSync();
    const lab = labels.dataSync();
    const byHand = [0, 1, 2, 3].map((r) => {
      const row = Array.from(v.slice(r * 5, r * 5 + 5));
      return Math.log(row.reduce((s, z) => s + Math.exp(z), 0)) - row[lab[r]];
    });
    closeValues(none.dataSync(), byHand, 1e-5);
    closeValues([mean.item()], [byHand.reduce((s, z) => s + z, 0) / 4], 1e-5);
  });

  it('sparseSoftmaxCrossEntropy over [B, T, C] logits', () => {
    const logits = st.randomNormal([2, 3, 6], 0, 1, 'float32', 83);
    const labels = st.tensor([[5, 0, 1], [2, 2, 3]], [2, 3], 'int32');
    const perPos = tf.sub(tf.logSumExp(logits.raw, -1), tf.sum(tf.mul(logits.raw, tf.cast(tf.oneHot(labels.raw, 6), 'float32')), -1));
    const none = st.sparseSoftmaxCrossEntropy(logits, labels, 'none');
    meta(none, [2, 3], 'float32');
    close(none, perPos);
    const mean = st.sparseSoftmaxCrossEntropy(logits, labels, 'mean');
    meta(mean, [], 'float32');
    close(mean, tf.mean(perPos));
  });
});

describe('dropout', () => {
  it('rate 0 is the identity (a fresh tensor)', () => {
    const y = st.dropout(x34, 0);
    meta(y, [3, 4], 'float32');
    close(y, x34.raw, 0);
    expect(y.raw).not.toBe(x34.raw);
  });

  it('rate 0.5 with a seed: about half zeroed, the rest doubled, reproducible', () => {
    const x = st.add(st.randomUniform([100, 100], 0, 1, 'float32', 91), 0.5);
    const y = st.dropout(x, 0.5, 123);
    meta(y, [100, 100], 'float32');
    const xs = x.dataSync();
    const ys = y.dataSync();
    let zeros = 0;
    let worst = 0;
    for (let i = 0; i < ys.length; i++) {
      if (ys[i] === 0) zeros++;
      else worst = Math.max(worst, Math.abs(ys[i] - 2 * xs[i]) / (2 * xs[i]));
    }
    expect(zeros / ys.length).toBeGreaterThan(0.47);
    expect(zeros / ys.length).toBeLessThan(0.53);
    expect(worst).toBeLessThan(1e-6);
    close(st.dropout(x, 0.5, 123), tf.dropout(x.raw, 0.5, undefined, 123), 0);
    expect(Array.from(st.dropout(x, 0.5, 123).dataSync())).toEqual(Array.from(ys));
    expect(Array.from(st.dropout(x, 0.5, 124).dataSync())).not.toEqual(Array.from(ys));
  });

  it('a rate outside [0, 1) throws', () => {
    // @ts-expect-error a literal rate outside [0, 1) is refused at compile time, with the same sentence
    expect(() => st.dropout(x34, 1)).toThrow('dropout: rate must be in [0, 1), got 1');
    // @ts-expect-error (as above)
    expect(() => st.dropout(x34, -0.1)).toThrow('dropout: rate must be in [0, 1), got -0.1');
  });
});

describe('reading values', () => {
  it('data, array, item agree with tfjs', async () => {
    expect(Array.from(await x34.data())).toEqual(Array.from(await x34.raw.data()));
    expect(await x34.array()).toEqual(await x34.raw.array());
    expect(st.sum(x34).item()).toBeCloseTo(tf.sum(x34.raw).dataSync()[0], 5);
    // @ts-expect-error item() of a known [3, 4] is refused at compile time, with the same sentence
    expect(() => x34.item()).toThrow('item: needs a tensor of one element, got shape [3, 4]');
    const dynamic: st.Tensor<[number, number]> = x34;
    expect(() => dynamic.item()).toThrow('item: needs a tensor of one element, got shape [3, 4]');
    // Bool tensors read back as booleans, as their type says (tfjs itself gives 1 and 0).
    const mask = st.tensor([[true, false], [false, true]]);
    expect(mask.arraySync()).toEqual([[true, false], [false, true]]);
    expect(await mask.array()).toEqual([[true, false], [false, true]]);
    expect(st.scalar(false).arraySync()).toBe(false);
    expect(Array.from(mask.dataSync())).toEqual([1, 0, 0, 1]);
  });
});
