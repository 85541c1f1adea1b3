// Devices: .to() really moves data between tfjs backends, ops follow their tensors' device,
// gradients flow back through a move, and tensors of two devices in one op fail at run time.
import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';

/** The backend that holds a tensor's memory, by tfjs's own bookkeeping. */
function holder(t: st.AnyTensor): tf.KernelBackend | undefined {
  return tf.engine().state.tensorInfo.get(t.raw.dataId)?.backend;
}
const wasm = (): tf.KernelBackend => tf.findBackend('wasm') as tf.KernelBackend;
const cpu = (): tf.KernelBackend => tf.findBackend('cpu') as tf.KernelBackend;

afterEach(async () => {
  // Leave tfjs on the default backend for whatever runs next.
  await tf.setBackend(st.getDefaultBackend());
});

describe('to(device)', () => {
  it('moves a float tensor to cpu: backend, memory, values, shape and dtype', () => {
    const x = st.randomNormal([3, 4], 0, 1, 'float32', 1);
    expect(x.device).toBe('default');
    expect(x.backend).toBe('wasm');
    expect(holder(x)).toBe(wasm());
    const cpuBefore = cpu().numDataIds();
    const y = x.to('cpu');
    expect(y.device).toBe('cpu');
    expect(y.backend).toBe('cpu');
    expect(holder(y)).toBe(cpu());
    expect(cpu().numDataIds()).toBe(cpuBefore + 1);
    // The source stays where it was.
    expect(holder(x)).toBe(wasm());
    expect(y.shape).toEqual([3, 4]);
    expect(y.dtype).toBe('float32');
    expect(Array.from(y.dataSync())).toEqual(Array.from(x.dataSync()));
    expect(y.raw).not.toBe(x.raw);
    expect(y.raw.dataId).not.toBe(x.raw.dataId);
  });

  it('moves int32 and bool tensors too', () => {
    const i = st.tensor([[1, -2], [3, 4]], [2, 2], 'int32');
    const ic = i.to('cpu');
    expect(ic.backend).toBe('cpu');
    expect(holder(ic)).toBe(cpu());
    expect(ic.dtype).toBe('int32');
    expect(ic.arraySync()).toEqual([[1, -2], [3, 4]]);
    const b = st.tensor([true, false, true]);
    const bc = b.to('cpu');
    expect(bc.dtype).toBe('bool');
    expect(holder(bc)).toBe(cpu());
    expect(bc.arraySync()).toEqual([true, false, true]);
  });

  it('ops on a moved tensor run on cpu, and switch tfjs to cpu', () => {
    const x = st.randomNormal([3, 4], 0, 1, 'float32', 2);
    const y = x.to('cpu');
    const z = st.exp(st.add(y, 1));
    expect(tf.getBackend()).toBe('cpu');
    expect(z.device).toBe('cpu');
    expect(z.backend).toBe('cpu');
    expect(holder(z)).toBe(cpu());
    const m = st.matMul(z, st.transpose(y));
    expect(m.device).toBe('cpu');
    expect(holder(m)).toBe(cpu());
    // The same computation on the default device gives the same numbers.
    const ref = st.matMul(st.exp(st.add(x, 1)), st.transpose(x));
    expect(tf.getBackend()).toBe('wasm');
    expect(holder(ref)).toBe(wasm());
    const a = m.dataSync();
    const r = ref.dataSync();
    for (let k = 0; k < a.length; k++) expect(a[k]).toBeCloseTo(r[k], 4);
  });

  it('moves back to the default device (wasm)', () => {
    const x = st.randomNormal([2, 5], 0, 1, 'float32', 3);
    const onCpu = st.mul(x.to('cpu'), 2);
    expect(tf.getBackend()).toBe('cpu');
    const back = onCpu.to('default');
    expect(back.device).toBe('default');
    expect(back.backend).toBe('wasm');
    expect(holder(back)).toBe(wasm());
    expect(Array.from(back.dataSync())).toEqual(Array.from(x.dataSync(), (v) => v * 2));
    const total = st.sum(back);
    expect(tf.getBackend()).toBe('wasm');
    expect(holder(total)).toBe(wasm());
  });

  it('to() the same device copies (a new tensor that survives disposing the source)', () => {
    const x = st.randomNormal([4], 0, 1, 'float32', 4);
    const values = Array.from(x.dataSync());
    const same = x.to('default');
    const alsoWasm = x.to('wasm');
    expect(same.backend).toBe('wasm');
    expect(alsoWasm.device).toBe('wasm');
    expect(alsoWasm.backend).toBe('wasm');
    x.dispose();
    expect(Array.from(same.dataSync())).toEqual(values);
    expect(Array.from(alsoWasm.dataSync())).toEqual(values);
  });

  it('creation ops place tensors on the device asked for', () => {
    const z = st.zeros([2, 3], 'float32', 'cpu');
    expect(z.device).toBe('cpu');
    expect(holder(z)).toBe(cpu());
    const r = st.randomNormal([5], 0, 1, 'float32', 5, 'cpu');
    expect(holder(r)).toBe(cpu());
    expect(Array.from(r.dataSync())).toEqual(Array.from(st.randomNormal([5], 0, 1, 'float32', 5).dataSync()));
    const m = st.causalMask(3, 'cpu');
    expect(holder(m)).toBe(cpu());
    expect(holder(st.causalMaskFor(2, 3, 'cpu'))).toBe(cpu());
  });

  it('initDevice makes cpu ready (without changing the default) and rejects a backend that is not installed', async () => {
    await st.initDevice('cpu');
    expect(st.getDefaultBackend()).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    await expect(st.initDevice('tensorflow')).rejects.toThrow(/@tensorflow\/tfjs-node/);
    expect(tf.getBackend()).toBe('wasm');
  });

  it('variables live on their device, and assign keeps them there', () => {
    const v = st.variable(st.randomNormal([2, 2], 0, 1, 'float32', 11).to('cpu'));
    expect(v.device).toBe('cpu');
    expect(holder(v)).toBe(cpu());
    const next = st.ones([2, 2], 'float32', 'cpu');
    v.assign(next);
    expect(v.arraySync()).toEqual([[1, 1], [1, 1]]);
    expect(holder(v)).toBe(cpu());
    const looseAssign = v.assign.bind(v) as unknown as (t: st.AnyTensor) => void;
    expect(() => looseAssign(st.ones([2, 2]))).toThrow("Variable.assign: the value must have the variable's shape, dtype and device ([2, 2] float32 on cpu), got [2, 2] float32 on default; move it with .to('cpu')");
    v.dispose();
  });
});

describe('gradients through to()', () => {
  it('flow from a cpu computation back to a default-device input', () => {
    const x = st.randomNormal([3, 4], 0, 1, 'float32', 6);
    const [g] = st.grads((t: st.Tensor<[3, 4]>) => st.sum(st.square(t.to('cpu'))), [x] as const);
    expect(g.device).toBe('default');
    expect(g.backend).toBe('wasm');
    expect(holder(g)).toBe(wasm());
    const expected = tf.grad((t: tf.Tensor) => tf.sum(tf.square(t)))(x.raw).dataSync();
    const got = g.dataSync();
    for (let k = 0; k < got.length; k++) expect(got[k]).toBeCloseTo(expected[k], 5);
  });

  it('flow from a default-device computation back to a cpu input, and across a round trip', () => {
    const w = st.randomNormal([4, 2], 0, 1, 'float32', 7).to('cpu');
    const x = st.randomNormal([3, 4], 0, 1, 'float32', 8);
    const f = (v: st.Tensor<[4, 2], 'float32', 'cpu'>) => st.sum(st.tanh(st.matMul(x, v.to('default'))));
    const [g] = st.grads(f, [w] as const);
    expect(g.device).toBe('cpu');
    expect(holder(g)).toBe(cpu());
    const expected = tf.grad((v: tf.Tensor) => tf.sum(tf.tanh(tf.matMul(x.raw, v))))(w.raw).dataSync();
    const got = g.dataSync();
    for (let k = 0; k < got.length; k++) expect(got[k]).toBeCloseTo(expected[k], 5);
    // default -> cpu -> default: the gradient of sum(3 * x) is 3 everywhere.
    const [h] = st.grads((t: st.Tensor<[3, 4]>) => st.sum(st.mul(t.to('cpu').to('default'), 3)), [x] as const);
    expect(Array.from(h.dataSync())).toEqual(new Array(12).fill(3));
    expect(holder(h)).toBe(wasm());
  });
});

describe('tensors of two devices in one op', () => {
  // Loosely typed entry points: the run-time check is the point here, not the compile-time one.
  const looseAdd = st.add as unknown as (a: st.AnyTensor, b: st.AnyTensor) => st.AnyTensor;
  const looseMatMul = st.matMul as unknown as (a: st.AnyTensor, b: st.AnyTensor) => st.AnyTensor;
  const looseWhere = st.where as unknown as (c: st.AnyTensor, a: st.AnyTensor, b: st.AnyTensor) => st.AnyTensor;
  const looseConcat = st.concat as unknown as (xs: st.AnyTensor[], axis?: number) => st.AnyTensor;
  const looseGather = st.gather as unknown as (x: st.AnyTensor, i: st.AnyTensor) => st.AnyTensor;
  const looseLinear = st.linear as unknown as (x: st.AnyTensor, w: st.AnyTensor, b?: st.AnyTensor) => st.AnyTensor;
  const looseLoss = st.sparseSoftmaxCrossEntropy as unknown as (l: st.AnyTensor, y: st.AnyTensor) => st.AnyTensor;

  const a = st.randomNormal([2, 2], 0, 1, 'float32', 9);
  const b = st.randomNormal([2, 2], 0, 1, 'float32', 10).to('cpu');

  it('throw the sentence the compiler prints', () => {
    expect(() => looseAdd(a, b)).toThrow("add: tensors are on different devices (default vs cpu); move one with .to('default')");
    expect(() => looseAdd(b, a)).toThrow("add: tensors are on different devices (cpu vs default); move one with .to('cpu')");
    expect(() => looseMatMul(a, b)).toThrow("matMul: tensors are on different devices (default vs cpu); move one with .to('default')");
    expect(() => looseWhere(st.greater(a, 0), a, b)).toThrow("where: tensors are on different devices (default vs cpu); move one with .to('default')");
    expect(() => looseConcat([a, b])).toThrow("concat: tensors are on different devices (default vs cpu); move one with .to('default')");
    expect(() => looseGather(a, st.tensor([0], [1], 'int32', 'cpu')))
      .toThrow("gather: tensors are on different devices (default vs cpu); move one with .to('default')");
    expect(() => looseLinear(a, b)).toThrow("linear: tensors are on different devices (default vs cpu); move one with .to('default')");
    expect(() => looseLoss(a, st.tensor([0, 1], [2], 'int32', 'cpu')))
      .toThrow("sparseSoftmaxCrossEntropy: tensors are on different devices (default vs cpu); move one with .to('default')");
  });

  it('is also rejected by the compiler (and still throws at run time)', () => {
    // @ts-expect-error -- add: tensors are on different devices (default vs cpu); move one with .to('default')
    expect(() => st.add(a, b)).toThrow("add: tensors are on different devices (default vs cpu); move one with .to('default')");
  });

  it("through a user's helper generic over the device or dtype: rejected by the compiler, the op's sentence at run time", () => {
    // Dev and D are inferred from the first argument (not as a union of both), so the second does not compile.
    const mix = <Dev extends st.Device>(x: st.Tensor<[2, 2], 'float32', Dev>, y: st.Tensor<[2, 2], 'float32', Dev>) => st.add(x, y);
    const combine = <D extends st.NumericDType>(x: st.Tensor<[2, 2], D>, y: st.Tensor<[2, 2], D>) => st.mul(x, y);
    // @ts-expect-error -- Type '"cpu"' is not assignable to type '"default"'
    expect(() => mix(a, b)).toThrow("add: tensors are on different devices (default vs cpu); move one with .to('default')");
    // @ts-expect-error -- Type '"int32"' is not assignable to type '"float32"'
    expect(() => combine(a, st.zeros([2, 2], 'int32'))).toThrow("mul: dtypes differ (float32 vs int32); cast one with cast(x, 'float32')");
    expect(mix(b, b).device).toBe('cpu');
    // Two variables, as in a moving average of the weights with its shadow copy on the CPU.
    const copyInto = <Dev extends st.Device>(dst: st.Variable<[2, 2], 'float32', Dev>, src: st.Variable<[2, 2], 'float32', Dev>) => dst.assign(src);
    const live = st.variable(a);
    const shadow = st.variable(b);
    // @ts-expect-error -- Type '"cpu"' is not assignable to type '"default"'
    expect(() => copyInto(live, shadow)).toThrow("Variable.assign: the value must have the variable's shape, dtype and device ([2, 2] float32 on default), got [2, 2] float32 on cpu; move it with .to('default')");
    live.dispose();
    shadow.dispose();
  });

  it('work once one is moved', () => {
    const sum = st.add(a, b.to('default'));
    expect(sum.device).toBe('default');
    const expected = tf.add(a.raw, tf.tensor(b.dataSync(), [2, 2])).dataSync();
    expect(Array.from(sum.dataSync())).toEqual(Array.from(expected));
  });
});
