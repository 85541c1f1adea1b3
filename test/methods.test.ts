// Chained methods give what their functions give (values, shapes, dtypes, devices, gradients),
// throw the functions' sentences at run time, and console.log shows a tensor's type and values.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { closeValues } from './helpers.js';

/** Same shape, dtype, device and values. */
function same(a: st.AnyTensor, b: st.AnyTensor): void {
  expect(a.shape).toEqual(b.shape);
  expect(a.dtype).toBe(b.dtype);
  expect(a.device).toBe(b.device);
  closeValues(a.dataSync(), b.dataSync(), 0);
}

describe.each(['default', 'cpu'] as const)('methods equal their functions on the %s device', (device) => {
  const x = st.randomNormal([2, 3, 4], 0, 1, 'float32', 1).to(device);
  const m = st.randomNormal([3, 4], 0, 1, 'float32', 2).to(device);
  const w = st.randomNormal([4, 5], 0, 1, 'float32', 3).to(device);
  const pos = st.add(st.abs(m), 0.5);
  const xi = st.tensor([[3, -7, 0], [5, 2, 9]], [2, 3], 'int32', device);
  const ids = st.tensor([2, 0, 2], [3], 'int32', device);

  it('arithmetic, comparisons, unary', () => {
    same(x.add(m), st.add(x, m));
    same(x.sub(st.ones([4], 'float32', device)), st.sub(x, st.ones([4], 'float32', device)));
    same(x.mul(2.5), st.mul(x, 2.5));
    same(m.div(pos), st.div(m, pos));
    same(pos.pow(m), st.pow(pos, m));
    same(x.maximum(0), st.maximum(x, 0));
    same(x.minimum(m), st.minimum(x, m));
    same(x.squaredDifference(m), st.squaredDifference(x, m));
    same(xi.div(2), st.div(xi, 2));
    same(x.greater(m), st.greater(x, m));
    same(xi.equal(0), st.equal(xi, 0));
    same(x.lessEqual(0), st.lessEqual(x, 0));
    same(m.neg(), st.neg(m));
    same(m.abs(), st.abs(m));
    same(m.square(), st.square(m));
    same(m.relu(), st.relu(m));
    same(m.exp(), st.exp(m));
    same(m.sigmoid(), st.sigmoid(m));
    same(m.tanh(), st.tanh(m));
    same(m.sin(), st.sin(m));
    same(m.cos(), st.cos(m));
    same(m.silu(), st.silu(m));
    same(m.gelu(), st.gelu(m));
    same(pos.log(), st.log(pos));
    same(pos.sqrt(), st.sqrt(pos));
    same(pos.rsqrt(), st.rsqrt(pos));
    same(xi.neg(), st.neg(xi));
    same(x.cast('int32'), st.cast(x, 'int32'));
    same(x.clipByValue(-0.5, 0.5), st.clipByValue(x, -0.5, 0.5));
  });

  it('reductions, products, shape ops, softmax', () => {
    same(x.sum(), st.sum(x));
    same(x.sum(-1), st.sum(x, -1));
    same(x.mean(-1, true), st.mean(x, -1, true));
    same(x.max([0, 2]), st.max(x, [0, 2]));
    same(x.min(1), st.min(x, 1));
    same(pos.prod(0), st.prod(pos, 0));
    same(x.logSumExp(-1), st.logSumExp(x, -1));
    same(x.argMax(-1), st.argMax(x, -1));
    same(x.argMin(1), st.argMin(x, 1));
    same(x.cumsum(1, true), st.cumsum(x, 1, true));
    same(x.matMul(w), st.matMul(x, w));
    same(m.matMul(m, false, true), st.matMul(m, m, false, true));
    same(x.reshape([6, -1]), st.reshape(x, [6, -1]));
    same(x.transpose(), st.transpose(x));
    same(x.transpose([1, 0, 2]), st.transpose(x, [1, 0, 2]));
    same(x.expandDims(1), st.expandDims(x, 1));
    same(x.expandDims(1).squeeze([1]), x);
    same(x.slice([0, 1], [2, 2]), st.slice(x, [0, 1], [2, 2]));
    same(m.gather(ids), st.gather(m, ids));
    same(m.gather(ids, 1), st.gather(m, ids, 1));
    same(m.tile([2, 1]), st.tile(m, [2, 1]));
    same(m.pad([[1, 0], [0, 2]], 3), st.pad(m, [[1, 0], [0, 2]], 3));
    same(st.zeros([2, 6], 'float32', device).splitLastDim(2, 3), st.splitLastDim(st.zeros([2, 6], 'float32', device), 2, 3));
    same(x.softmax(), st.softmax(x));
    same(x.logSoftmax(1), st.logSoftmax(x, 1));
    // A chain equals the nested calls.
    same(x.matMul(w).relu().sum(-1).mul(0.5), st.mul(st.sum(st.relu(st.matMul(x, w)), -1), 0.5));
  });

  it('list ops, where, oneHot, logical ops, unstack, topk, dropout, head merge, repeats', () => {
    const mask = st.greater(x, 0);
    same(x.concat(x, -1), st.concat([x, x], -1));
    same(x.concat([m.expandDims(0), x], 0), st.concat([x, st.expandDims(m, 0), x], 0));
    same(x.stack(x), st.stack([x, x]));
    same(x.stack([x, x], -1), st.stack([x, x, x], -1));
    const [h1, h2] = x.split(2, -1);
    const [f1, f2] = st.split(x, 2, -1);
    same(h1, f1);
    same(h2, f2);
    same(x.split([1, 2], 1)[1], st.split(x, [1, 2], 1)[1]);
    same(x.where(mask, 0), st.where(mask, x, 0));
    same(x.where(st.greater(m, 0), m), st.where(st.greater(m, 0), x, m));
    same(ids.oneHot(4), st.oneHot(ids, 4));
    same(ids.oneHot(4, 2, -1, 'float32'), st.oneHot(ids, 4, 2, -1, 'float32'));
    same(mask.logicalAnd(st.less(x, 1)).logicalOr(mask).logicalNot(), st.logicalNot(st.logicalOr(st.logicalAnd(mask, st.less(x, 1)), mask)));
    x.unstack(1).forEach((t, i) => same(t, st.unstack(x, 1)[i]));
    same(x.topk(2).values, st.topk(x, 2).values);
    same(x.topk(2).indices, st.topk(x, 2).indices);
    same(x.dropout(0.5, 7), st.dropout(x, 0.5, 7));
    same(st.zeros([2, 3, 4], 'float32', device).add(x).mergeLastDims(), st.mergeLastDims(x));
    same(x.repeatInterleave(2, 1), st.repeatInterleave(x, 2, 1));
    same(x.expandDims(-1), st.expandDims(x, -1));
  });

  it('gradients flow through methods as through functions', () => {
    const byMethods = st.grads((a: st.Tensor<[3, 4], 'float32', typeof device>, b: st.Tensor<[4, 5], 'float32', typeof device>) =>
      a.matMul(b).tanh().square().mean().reshape([]), [m, w] as const);
    const byFunctions = st.grads((a: st.Tensor<[3, 4], 'float32', typeof device>, b: st.Tensor<[4, 5], 'float32', typeof device>) =>
      st.reshape(st.mean(st.square(st.tanh(st.matMul(a, b)))), []), [m, w] as const);
    byMethods.forEach((g, i) => same(g, byFunctions[i]));
  });
});

describe('methods at run time', () => {
  /** Tensors whose types know nothing of their shapes: the run-time checks are all that is left. */
  const dynamic = (shape: number[]): st.Tensor<number[]> => st.zeros(shape);

  it('throw the functions\' sentences for shapes the compiler cannot see', () => {
    const sentence = (fn: () => unknown): string => {
      try {
        fn();
      } catch (e) {
        return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      }
      return 'no error';
    };
    const a = dynamic([2, 3]);
    const b = dynamic([3, 2]);
    expect(sentence(() => a.add(b))).toBe(sentence(() => st.add(a, b)));
    expect(sentence(() => a.add(b))).toBe('ShapeError: add: shapes [2, 3] and [3, 2] do not broadcast (3 vs 2)');
    expect(sentence(() => a.matMul(a))).toBe(sentence(() => st.matMul(a, a)));
    expect(sentence(() => a.reshape([5]))).toBe('ShapeError: reshape: 6 elements cannot become [5] (5)');
    expect(sentence(() => a.sum(2))).toBe('ShapeError: sum: axis 2 is out of range for [2, 3]');
    expect(sentence(() => a.tile([2]))).toBe('ShapeError: tile: reps [2] has 1 entries but [2, 3] has rank 2');
    expect(sentence(() => a.concat(b, 1))).toBe(sentence(() => st.concat([a, b], 1)));
    expect(sentence(() => a.concat(b, 1))).toMatch(/^ShapeError: concat: shapes \[2, 3\] and \[3, 2\] differ at axis 0/);
    expect(sentence(() => a.stack([a, b]))).toBe(sentence(() => st.stack([a, a, b])));
    expect(sentence(() => a.split(4, 1))).toBe(sentence(() => st.split(a, 4, 1)));
    expect(sentence(() => a.where(st.zeros([3, 2], 'bool'), 0))).toBe(sentence(() => st.where(st.zeros([3, 2], 'bool'), a, 0)));
    expect(sentence(() => a.where(st.zeros([3, 2], 'bool'), 0))).toMatch(/^ShapeError: where: shapes/);
  });

  it('are on variables too, and are not enumerable own or prototype keys', () => {
    const v = st.variable(st.ones([2, 2]));
    same(v.add(v), st.add(v, v));
    expect(Object.keys(v)).not.toContain('add');
    expect(Object.keys(Object.getPrototypeOf(Object.getPrototypeOf(v)))).not.toContain('add');
    v.dispose();
  });

  it('console.log shows the type and the values', () => {
    expect(inspect(st.tensor([[1, 2, 3], [4, 5, 6]]))).toBe('Tensor<[2, 3], float32, default> [[1, 2, 3], [4, 5, 6]]');
    expect(inspect(st.scalar(7, 'int32'))).toBe('Tensor<[], int32, default> 7');
    expect(inspect(st.tensor([[true, false]]))).toBe('Tensor<[1, 2], bool, default> [[true, false]]');
    expect(inspect({ t: st.tensor([1, 2], [2], 'float32', 'cpu') })).toBe('{ t: Tensor<[2], float32, cpu> [1, 2] }');
    const big = inspect(st.zeros([40, 40]));
    expect(big.startsWith('Tensor<[40, 40], float32, default>\n[[0, 0, 0, ..., 0, 0, 0],')).toBe(true);
    expect(big.split('\n').length).toBeLessThan(45);
    const gone = st.zeros([2]);
    gone.dispose();
    expect(inspect(gone)).toBe('Tensor<[2], float32, default> (disposed)');
  });
});
