// Dims the compiler cannot see (typed `number`) that are wrong at run time throw ShapeError with
// the sentence tsc prints for the same mistake with literal dims; backend selection errors.
import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { expectShapeError } from './helpers.js';

/** Sizes the compiler knows only as `number`. */
function dyn(n: number): number {
  return n;
}
/** A float tensor of the given run-time shape whose type has only `number` dims. */
function dynamic2(a: number, b: number): st.Tensor<[number, number]> {
  return st.reshape(st.randomNormal([a * b], 0, 1, 'float32', a * 31 + b), [a, b]);
}
function dynamic1(a: number): st.Tensor<[number]> {
  return st.reshape(st.randomNormal([a], 0, 1, 'float32', a), [a]);
}


// Each sentence is typed with the compiler's own rule for literal dims, so (when tsc checks this
// file) it must be exactly what the compiler prints; the tests check the run time prints it too.
const matMulSentence: st.MatMul<[3, 4], [3, 4]> =
  'matMul: inner dimensions differ (4 vs 3) in [3, 4] @ [3, 4]; did you mean matMul(a, b, false, true) or matMul(a, transpose(b))?';
const matMulTransposedSentence: st.MatMul<[3, 4], [4, 5], false, true> =
  'matMul: inner dimensions differ (4 vs 5) in [3, 4] @ [4, 5]; did you mean matMul(a, b) without transposeB?';
const matMulPlainSentence: st.MatMul<[2, 3, 4], [5, 6]> = 'matMul: inner dimensions differ (4 vs 5) in [2, 3, 4] @ [5, 6]';
const broadcastSentence: st.Broadcast<[2, 3], [4], 'add'> = 'add: shapes [2, 3] and [4] do not broadcast (3 vs 4)';
const broadcastMulSentence: st.Broadcast<[2, 3, 4], [3, 2], 'mul'> = 'mul: shapes [2, 3, 4] and [3, 2] do not broadcast (4 vs 2)';
const reshapeSentence: st.Reshape<[512], [8, 60]> = 'reshape: 512 elements cannot become [8, 60] (480)';
const reshapeInferSentence: st.Reshape<[512], [7, -1]> = 'reshape: 512 elements cannot become [7, -1] (512 is not divisible by 7)';
// A known count into a new shape with a run-time dim: the compiler's sentence names the known dims; the run time, which
// has every dim, refuses the same call with the count's.
const reshapeKnownFactorSentence: st.Reshape<[4, 8, 65], [number, 64]> =
  'reshape: 2080 elements cannot become [?, 64]: 2080 is not a multiple of 64, the product of its known dims';
const concatSentence: st.Concat<[[2, 3], [2, 4]], 0> =
  'concat: shapes [2, 3] and [2, 4] differ at axis 1 (3 vs 4); only the concat axis may differ';
const concatRankSentence: st.Concat<[[2, 3], [2, 3, 1]], 0> = 'concat: ranks differ: [2, 3] and [2, 3, 1]';
const splitSentence: st.Split<[2, 5], 2, 1> = 'split: dim 5 at axis 1 of [2, 5] cannot split into 2 equal parts';
const splitSizesSentence: st.SplitFits<[2, 5], [2, 2], 1> = 'split: sizes [2, 2] add up to 4, but axis 1 of [2, 5] is 5';
const splitNegativeSentence: st.Split<[2, 5], [-2, 4], 1> = 'split: size -2 in [-2, 4] is negative; only -1 (inferred) is allowed';
const splitFirstSentence: st.SplitFits<[2, 5], [6, -1], 1> = 'split: sizes [6, -1] add up to 6 without the -1, more than axis 1 of [2, 5] (5)';
const splitInferredSentence: st.SplitFits<[2, 5], [-1, 6], 1> = 'split: sizes [-1, 6] add up to 6 without the -1, more than axis 1 of [2, 5] (5)';
const raggedSentence: st.ValuesCheck<[[1, 2], [3]], [2, 2]> = 'tensor: ragged values: 3 values, but rows like the first make [2, 2] (4)';
const sliceSentence: st.SliceFits<[3, 4], [0, 2], [3, 3]> = 'slice: begin 2 + size 3 exceeds dim 4 at axis 1 of [3, 4]';
const slicePastSentence: st.SliceFits<[3, 4], [5]> = 'slice: begin 5 at axis 0 is past the end of [3, 4]';
const sliceSizesSentence: st.SliceFits<[3, 4], [0, 0], [-1, 2, 1]> = 'slice: 3 sizes for the 2 axes of [3, 4]';
const transposeRankSentence: st.Transpose<[2, 3, 4], [1, 0]> = 'transpose: perm [1, 0] has 2 axes but [2, 3, 4] has rank 3';
const transposeRepeatSentence: st.Transpose<[2, 3, 4], [0, 0, 1]> = 'transpose: perm [0, 0, 1] repeats axis 0';
const transposeRangeSentence: st.Transpose<[2, 3], [0, 2]> = 'transpose: axis 2 of perm [0, 2] is out of range for [2, 3]';
const squeezeSentence: st.Squeeze<[2, 3], [1]> = 'squeeze: axis 1 of [2, 3] has size 3, not 1';
const gatherSentence: st.Gather<[3, 4], [2], 2> = 'gather: axis 2 is out of range for [3, 4]';
const sumAxisSentence: st.Reduce<'sum', [2, 3], 2> = 'sum: axis 2 is out of range for [2, 3]';
const expandSentence: st.ExpandDims<[2, 3], 3> = 'expandDims: axis 3 is out of range for [2, 3]';
const zerosSentence: st.ShapeCheck<'zeros', [-1, 3]> = 'zeros: dim -1 of [-1, 3] is not a size (a non-negative integer)';
const onesSentence: st.ShapeCheck<'ones', [2.5]> = 'ones: dim 2.5 of [2.5] is not a size (a non-negative integer)';

describe('dynamic dims that are wrong at run time throw ShapeError with the compiler sentence', () => {
  it('matMul inner dimensions', () => {
    const a = dynamic2(dyn(3), dyn(4));
    const b = dynamic2(dyn(3), dyn(4));
    expectShapeError(() => st.matMul(a, b), matMulSentence);
    const c = dynamic2(dyn(4), dyn(5));
    expectShapeError(() => st.matMul(a, c, false, true), matMulTransposedSentence);
    const x3 = st.reshape(st.zeros([24]), [dyn(2), dyn(3), dyn(4)]);
    const d = dynamic2(dyn(5), dyn(6));
    expectShapeError(() => st.matMul(x3, d), matMulPlainSentence);
    // The fix the sentence suggests works.
    expect(st.matMul(a, b, false, true).shape).toEqual([3, 3]);
  });

  it('broadcasting', () => {
    const x = dynamic2(dyn(2), dyn(3));
    const y = dynamic1(dyn(4));
    expectShapeError(() => st.add(x, y), broadcastSentence);
    const x3 = st.reshape(st.zeros([24]), [dyn(2), dyn(3), dyn(4)]);
    const z = dynamic2(dyn(3), dyn(2));
    expectShapeError(() => st.mul(x3, z), broadcastMulSentence);
    expectShapeError(() => st.greater(x, y), 'greater: shapes [2, 3] and [4] do not broadcast (3 vs 4)');
    expectShapeError(() => st.where(st.greater(x, 0), x, y), 'where: shapes [2, 3] and [4] do not broadcast (3 vs 4)');
  });

  it('reshape', () => {
    const x = dynamic1(dyn(512));
    expectShapeError(() => st.reshape(x, [8, 60]), reshapeSentence);
    expectShapeError(() => st.reshape(x, [7, -1]), reshapeInferSentence);
    const rows = dyn(8);
    const cols = dyn(60);
    expectShapeError(() => st.reshape(x, [rows, cols]), reshapeSentence);
    expect(reshapeKnownFactorSentence).toContain('not a multiple of 64');
    const logits = st.reshape(st.zeros([4 * 8 * 65]), [dyn(4), dyn(8), dyn(65)]);
    expectShapeError(() => st.reshape(logits, [dyn(4 * 8), 64]), 'reshape: 2080 elements cannot become [32, 64] (2048)');
  });

  it('splitLastDim', () => {
    // The sentence tsc prints for splitLastDim(zeros([1, 16, 4096]), 32, 64) (type-corpus/03-products).
    const h = st.reshape(st.zeros([16 * 4096]), [1, dyn(16), dyn(4096)]);
    expectShapeError(() => st.splitLastDim(h, dyn(32), dyn(64)), 'splitLastDim: last dim 4096 of [1, 16, 4096] is not 32 * 64');
    h.dispose();
  });
  it('concat', () => {
    const a = dynamic2(dyn(2), dyn(3));
    const b = dynamic2(dyn(2), dyn(4));
    expectShapeError(() => st.concat([a, b]), concatSentence);
    expect(st.concat([a, b], 1).shape).toEqual([2, 7]);
    const c = st.reshape(st.zeros([6]), [dyn(2), dyn(3), dyn(1)]);
    expectShapeError(() => st.concat([a, c] as unknown as [typeof a, typeof a]), concatRankSentence);
  });

  it('stack', () => {
    const a = dynamic2(dyn(2), dyn(3));
    const b = dynamic2(dyn(3), dyn(2));
    expectShapeError(() => st.stack([a, b]), 'stack: shapes [2, 3] and [3, 2] differ');
  });

  it('split', () => {
    const x = dynamic2(dyn(2), dyn(5));
    expectShapeError(() => st.split(x, 2, 1), splitSentence);
    expectShapeError(() => st.split(x, [2, 2], 1), splitSizesSentence);
    expectShapeError(() => st.split(x, [dyn(-2), 4], 1), splitNegativeSentence);
    expectShapeError(() => st.split(x, [dyn(-1), dyn(6)], 1), splitInferredSentence);
    // One -1 is inferred from the rest, as in tfjs.
    const [p, q] = st.split(x, [dyn(-1), dyn(2)], 1);
    expect([p.shape, q.shape]).toEqual([[2, 3], [2, 2]]);
    // The generic sizes forms (sizes that are the caller's type parameters) are checked here, with the same sentences.
    const takeFirst = <R extends number, C extends number, P extends number>(t: st.Tensor<[R, C]>, n: P) => st.split(t, [n, -1], 1);
    expectShapeError(() => takeFirst(x, dyn(6)), splitFirstSentence);
    expect(takeFirst(x, dyn(2)).map((t) => t.shape)).toEqual([[2, 2], [2, 3]]);
    const bySizes = <R extends number, C extends number, P extends number>(t: st.Tensor<[R, C]>, a: P, b: P) => st.split(t, [a, b], 1);
    expectShapeError(() => bySizes(x, dyn(2), dyn(2)), splitSizesSentence);
  });

  it('slice', () => {
    const x = dynamic2(dyn(3), dyn(4));
    expectShapeError(() => st.slice(x, [0, 2], [3, 3]), sliceSentence);
    expectShapeError(() => st.slice(x, [5]), slicePastSentence);
    // A size list of run-time length (tfjs would give a tensor of its longer rank).
    const sizes: number[] = [-1, 2, 1];
    expectShapeError(() => st.slice(x, [0, 0], sizes), sliceSizesSentence);
    // The generic crop form (a size that is the caller's type parameter) is checked here, with the same sentence.
    const crop = <R extends number, C extends number, W extends number>(t: st.Tensor<[R, C]>, w: W): st.Tensor<[R, W]> => st.slice(t, [0, 2], [-1, w]);
    expectShapeError(() => crop(x, dyn(3)), sliceSentence);
    expect(crop(x, dyn(2)).shape).toEqual([3, 2]);
  });

  it('transpose', () => {
    const x = st.reshape(st.zeros([24]), [dyn(2), dyn(3), dyn(4)]);
    const short: number[] = [1, 0];
    expectShapeError(() => st.transpose(x, short), transposeRankSentence);
    const repeated: number[] = [0, 0, 1];
    expectShapeError(() => st.transpose(x, repeated), transposeRepeatSentence);
    const y = dynamic2(dyn(2), dyn(3));
    const outOfRange: number[] = [0, 2];
    expectShapeError(() => st.transpose(y, outOfRange), transposeRangeSentence);
  });

  it('squeeze, expandDims and reduction axes', () => {
    const x = dynamic2(dyn(2), dyn(3));
    expectShapeError(() => st.squeeze(x, [1]), squeezeSentence);
    expectShapeError(() => st.expandDims(x, dyn(3)), expandSentence);
    expectShapeError(() => st.sum(x, dyn(2)), sumAxisSentence);
    expectShapeError(() => st.argMax(x, dyn(-3)), 'argMax: axis -3 is out of range for [2, 3]');
    expectShapeError(() => st.softmax(x, dyn(2)), 'softmax: axis 2 is out of range for [2, 3]');
  });

  it('gather axis', () => {
    const x = dynamic2(dyn(3), dyn(4));
    const idx = st.tensor([0, 1], [2], 'int32');
    expectShapeError(() => st.gather(x, idx, dyn(2)), gatherSentence);
  });

  it('labels shape in the loss', () => {
    const logits = dynamic2(dyn(4), dyn(5));
    const labels = st.reshape(st.tensor([0, 1, 2], [3], 'int32'), [dyn(3)]);
    expectShapeError(() => st.sparseSoftmaxCrossEntropy(logits, labels),
      "sparseSoftmaxCrossEntropy: labels [3] must have the logits' shape without the class dim, [4]");
  });

  it('int32 logits (the labels and logits swapped) in the loss', () => {
    const ids = st.zeros([2, 3], 'int32');
    // @ts-expect-error sparseSoftmaxCrossEntropy: logits must be float32, got int32 (the compiler's sentence)
    expect(() => st.sparseSoftmaxCrossEntropy(ids, st.zeros([2], 'int32'))).toThrow('sparseSoftmaxCrossEntropy: logits must be float32, got int32');
  });

  it('linear', () => {
    const x = dynamic2(dyn(3), dyn(4));
    const w = dynamic2(dyn(5), dyn(2));
    expectShapeError(() => st.linear(x, w), "linear: input's last dim 4 does not match the weight [5, 2] (expects 5)");
    const w2 = dynamic2(dyn(4), dyn(2));
    const bias = dynamic1(dyn(3));
    expectShapeError(() => st.linear(x, w2, bias), "linear: bias [3] does not match the weight's output dim 2");
  });

  it('creation with bad dims', () => {
    expectShapeError(() => st.zeros([dyn(-1), 3]), zerosSentence);
    expectShapeError(() => st.ones([dyn(2.5)]), onesSentence);
    expectShapeError(() => st.fill([2, dyn(-3)], 1), 'fill: dim -3 of [2, -3] is not a size (a non-negative integer)');
    expectShapeError(() => st.randomNormal([dyn(1.5)], 0, 1, 'float32', 1), 'randomNormal: dim 1.5 of [1.5] is not a size (a non-negative integer)');
    expectShapeError(() => st.tensor([1, 2], [dyn(-2)]), 'tensor: dim -2 of [-2] is not a size (a non-negative integer)');
  });

  it('repeatInterleave axis, and assigning a variable a value of another shape', () => {
    const x = dynamic2(dyn(2), dyn(3));
    expectShapeError(() => st.repeatInterleave(x, 2, dyn(2)), 'repeatInterleave: axis 2 is out of range for [2, 3]');
    const v = st.variable(dynamic2(dyn(2), dyn(3)));
    expectShapeError(() => v.assign(dynamic2(dyn(3), dyn(2))), "Variable.assign: the value must have the variable's shape, dtype and device ([2, 3] float32 on default), got [3, 2] float32 on default");
    v.dispose();
  });

  it('tensor() with the wrong number of values', () => {
    expectShapeError(() => st.tensor([1, 2, 3, 4, 5], [dyn(2), dyn(3)]), 'tensor: 5 values cannot fill shape [2, 3] (6)');
    expectShapeError(() => st.tensor(new Float32Array(7), [dyn(2), dyn(4)]), 'tensor: 7 values cannot fill shape [2, 4] (8)');
    // A ragged nested literal: the shape is read from the first row, as the compiler reads it.
    const ragged: number[][] = [[1, 2], [3]];
    expectShapeError(() => st.tensor(ragged), raggedSentence);
  });

  it('right dims at run time pass, with the dims the run time computed', () => {
    const a = dynamic2(dyn(3), dyn(4));
    const b = dynamic2(dyn(4), dyn(5));
    const c = st.matMul(a, b);
    expect(c.shape).toEqual([3, 5]);
    expect(st.reshape(c, [dyn(5), -1]).shape).toEqual([5, 3]);
  });
});

describe('backend selection errors', () => {
  afterAll(async () => {
    await st.setBackend('wasm');
    expect(st.getDefaultBackend()).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
  });

  it("setBackend('tensorflow') rejects naming @tensorflow/tfjs-node (not installed), and changes nothing", async () => {
    await expect(st.setBackend('tensorflow')).rejects.toThrow(/@tensorflow\/tfjs-node/);
    await expect(st.setBackend('tensorflow')).rejects.toThrow(
      "backend 'tensorflow' needs @tensorflow/tfjs-node or @tensorflow/tfjs-node-gpu, and neither is installed",
    );
    expect(st.getDefaultBackend()).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(st.zeros([2]).backend).toBe('wasm');
  });

  it("setBackend('nope') rejects naming the valid choices", async () => {
    // @ts-expect-error: only known backend names compile; a JavaScript caller gets the run-time check.
    await expect(st.setBackend('nope')).rejects.toThrow("unknown backend 'nope'; choose one of: wasm, cpu, tensorflow, webgl, webgpu");
    expect(() => st.backendName('nope')).toThrow("unknown backend 'nope'; choose one of: wasm, cpu, tensorflow, webgl, webgpu");
    expect(st.backendName('cpu')).toBe('cpu');
    expect(st.getDefaultBackend()).toBe('wasm');
  });

  it('SHAPETYPE_BACKEND is read when no name is given', async () => {
    const saved = process.env.SHAPETYPE_BACKEND;
    try {
      process.env.SHAPETYPE_BACKEND = 'nope';
      await expect(st.setBackend()).rejects.toThrow("unknown backend 'nope'; choose one of: wasm, cpu, tensorflow, webgl, webgpu");
      process.env.SHAPETYPE_BACKEND = 'cpu';
      expect(await st.setBackend()).toBe('cpu');
      expect(st.getDefaultBackend()).toBe('cpu');
      expect(st.zeros([2]).backend).toBe('cpu');
    } finally {
      if (saved === undefined) delete process.env.SHAPETYPE_BACKEND;
      else process.env.SHAPETYPE_BACKEND = saved;
      await st.setBackend('wasm');
    }
    expect(st.getDefaultBackend()).toBe('wasm');
  });
});

describe('withShape: dims the compiler does not know become typed dims, checked at run time', () => {
  it('passes the same tensor through when the shape holds, and refuses it when not', () => {
    const n = [2, 16, 8].length - 1; // numbers the compiler cannot know (2, 8)
    const m = n * 4;
    const x = st.reshape(st.randomNormal([2, 16, 8], 0, 1, 'float32', 5), [n, -1, m]);
    const typed: st.Tensor<[2, 16, 8]> = st.withShape(x, [2, 16, 8]);
    expect(typed.shape).toEqual([2, 16, 8]);
    expect(typed.raw).toBe(x.raw);
    expect(() => st.withShape(x, [2, 8, 16])).toThrow(new st.ShapeError('withShape: [2, 16, 8] cannot be [2, 8, 16]'));
    const anyRank: number[] = [2, 16, 8];
    expect(() => st.withShape(st.reshape(x, anyRank), [256])).toThrow('withShape: [2, 16, 8] cannot be [256]');
    st.dispose([x]);
  });
});

describe('labels outside the classes', () => {
  it('sparseSoftmaxCrossEntropy refuses a label it would otherwise count as zero loss', () => {
    const logits = st.randomNormal([3, 4], 0, 1, 'float32', 2);
    expect(() => st.sparseSoftmaxCrossEntropy(logits, st.tensor([0, 4, 1], [3], 'int32')))
      .toThrow('sparseSoftmaxCrossEntropy: label 4 at flat index 1 is outside the 4 classes [0, 4)');
    expect(() => st.sparseSoftmaxCrossEntropy(logits, st.tensor([0, -1, 1], [3], 'int32'))).toThrow('label -1 at flat index 1');
    expect(st.sparseSoftmaxCrossEntropy(logits, st.tensor([0, 3, 1], [3], 'int32')).item()).toBeGreaterThan(0);
  });
});

describe('regroup: a product of three factors, retyped from one grouping to another, checked at run time', () => {
  it('passes the same tensor through when the size is the product, and refuses it when not', () => {
    const x = st.tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 12]);
    const y = st.regroup(x, [2, 3, 2]);
    expect(y.shape).toEqual([1, 12]);
    expect(y.raw).toBe(x.raw);
    const three = [2, 3, 3].length; // a number the compiler cannot know (3)
    expect(() => st.regroup(x, [2, 3, three])).toThrow(new st.ShapeError('regroup: last dim 12 is not 2 x 3 x 3 = 18 (x [1, 12])'));
    const wider = st.zeros([2, three * 6]);
    // An untyped caller (JavaScript) can pass any like; the compiler refuses this one.
    const looseRegroup = st.regroup as unknown as (x: st.AnyTensor, factors: readonly [number, number, number], like: st.AnyTensor) => st.AnyTensor;
    expect(() => looseRegroup(x, [2, 3, 2], wider)).toThrow(new st.ShapeError('regroup: last dim 18 is not 2 x 3 x 2 = 12 (like [2, 18])'));
    st.dispose([x, wider]);
  });

  it('is the run-time twin of Attention.forward\'s width sentence (a width known only at run time)', () => {
    const attention = new st.Attention(2, 2, 32, new st.SeedSequence(0), 'default');
    const rope = new st.RotaryEmbedding(32, 10000, 'default');
    const width = [96].length * 96; // 96, a number the compiler cannot know
    const x = st.zeros([1, 4, width]);
    expect(() => attention.forward(x, rope)).toThrow(new st.ShapeError('Attention.forward: last dim 96 is not 2 x 2 x 32 = 128 (x [1, 4, 96])'));
    st.dispose([x]);
    attention.dispose();
    rope.dispose();
  });
});

describe('swiglu: gate and up of other shapes', () => {
  it('is the run-time twin of the compile-time sentence (widths known only at run time)', () => {
    const gate = dynamic2(2, 6);
    const up = dynamic2(2, 4);
    expectShapeError(() => st.swiglu(gate, up), 'swiglu: gate and up must have one shape: gate [2, 6], up [2, 4]');
    st.dispose([gate, up]);
  });
});
