// Memory: the engine's tensor count stays flat across repeated training steps, gradient calls,
// device round trips and single ops whose results are disposed.
import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';

// Ops on cpu tensors leave tfjs on cpu; put the default back so each test starts alike.
afterEach(async () => {
  await tf.setBackend(st.getDefaultBackend());
});

/**
 * Runs step once to warm up (optimizer slots, cached constants), then `steps` more times, and
 * returns the tensor count after each of the later steps together with the count after warm-up.
 */
function countsAcross(step: () => void, steps = 5): { warm: number; counts: number[] } {
  step();
  const warm = st.memory().numTensors;
  const counts: number[] = [];
  for (let i = 0; i < steps; i++) {
    step();
    counts.push(st.memory().numTensors);
  }
  return { warm, counts };
}
function expectFlat(step: () => void): void {
  const { warm, counts } = countsAcross(step);
  expect(counts).toEqual(new Array(counts.length).fill(warm));
}

function model() {
  const w = st.variable(st.randomNormal([8, 5], 0, 0.3, 'float32', 1));
  const b = st.variable(st.zeros([5]));
  const x = st.randomNormal([4, 6, 8], 0, 1, 'float32', 2);
  const labels = st.tensor([[0, 1, 2, 3, 4, 0], [1, 1, 2, 2, 3, 3], [4, 4, 0, 0, 1, 1], [2, 3, 4, 0, 1, 2]], [4, 6], 'int32');
  const loss = () => st.sparseSoftmaxCrossEntropy(st.linear(x, w, b), labels);
  const dispose = () => st.dispose([w, b, x, labels]);
  return { params: { w, b }, x, labels, loss, dispose };
}

describe('tensor counts stay flat', () => {
  it('linear + softmax + cross-entropy forward and backward inside st.tidy', () => {
    const m = model();
    const before = st.memory().numTensors;
    expectFlat(() => {
      st.tidy(() => {
        const { value, grads } = st.variableGrads(m.loss, m.params);
        const probs = st.softmax(st.linear(m.x, m.params.w, m.params.b));
        expect(value.item()).toBeGreaterThan(0);
        expect(grads.w.shape).toEqual([8, 5]);
        expect(probs.shape).toEqual([4, 6, 5]);
      });
    });
    expect(st.memory().numTensors).toBe(before);
    m.dispose();
  });

  it('the same step without tidy, disposing only what it returns (no op leaks intermediates)', () => {
    const m = model();
    const before = st.memory().numTensors;
    expectFlat(() => {
      const { value, grads } = st.variableGrads(m.loss, m.params);
      const logits = st.linear(m.x, m.params.w, m.params.b);
      const probs = st.softmax(logits, 1);
      const logProbs = st.logSoftmax(logits, 0);
      st.dispose([value, grads, logits, probs, logProbs]);
    });
    expect(st.memory().numTensors).toBe(before);
    m.dispose();
  });

  const optimizers: [string, () => st.Optimizer][] = [
    ['SGD', () => new st.SGD({ learningRate: 0.1 })],
    ['SGD with momentum', () => new st.SGD({ learningRate: 0.1, momentum: 0.9 })],
    ['Adam', () => new st.Adam({ learningRate: 0.01 })],
    ['Adam with weight decay', () => new st.Adam({ learningRate: 0.01, weightDecay: 0.1 })],
    ['AdamW', () => new st.AdamW({ learningRate: 0.01, weightDecay: 0.1, decays: (_name, shape) => shape.length >= 2 })],
  ];
  it.each(optimizers)('%s step loop over variables (count after warm-up equal across later steps)', (_name, make) => {
    const m = model();
    const before = st.memory().numTensors;
    const opt = make();
    let losses: number[] = [];
    const step = () => {
      const { value, grads } = st.variableGrads(m.loss, m.params);
      losses.push(value.item());
      opt.apply(m.params, grads);
      st.dispose([value, grads]);
    };
    expectFlat(step);
    // Training did something: the loss went down.
    expect(losses[losses.length - 1]).toBeLessThan(losses[0]);
    // Saving and restoring the state leaks nothing either.
    losses = [];
    expectFlat(() => {
      const state = opt.getState();
      opt.setState(state);
      st.dispose(Object.values(state.slots));
      step();
    });
    opt.dispose();
    expect(st.memory().numTensors).toBe(before);
    m.dispose();
  });

  it('gather gradient (axis 0 and 1), with and without tidy', () => {
    const emb = st.randomNormal([10, 4], 0, 1, 'float32', 3);
    const ids = st.tensor([[1, 9, 1], [0, 2, 3]], [2, 3], 'int32');
    const before = st.memory().numTensors;
    expectFlat(() => {
      const [g0] = st.grads((e: st.Tensor<[10, 4]>) => st.sum(st.square(st.gather(e, ids))), [emb] as const);
      const [g1] = st.grads((e: st.Tensor<[10, 4]>) => st.sum(st.gather(e, st.tensor([3, 0], [2], 'int32'), 1)), [emb] as const);
      st.dispose([g0, g1]);
      st.tidy(() => {
        st.grads((e: st.Tensor<[10, 4]>) => st.mean(st.gather(e, ids)), [emb] as const);
      });
    });
    expect(st.memory().numTensors).toBe(before);
  });

  it('grads of matMul in every variant', () => {
    const a = st.randomNormal([3, 4], 0, 1, 'float32', 4);
    const b = st.randomNormal([4, 5], 0, 1, 'float32', 5);
    const aT = st.randomNormal([4, 3], 0, 1, 'float32', 6);
    const bT = st.randomNormal([5, 4], 0, 1, 'float32', 7);
    const x3 = st.randomNormal([2, 3, 4], 0, 1, 'float32', 8);
    const y3 = st.randomNormal([2, 4, 5], 0, 1, 'float32', 9);
    const before = st.memory().numTensors;
    expectFlat(() => {
      st.dispose(st.grads((p: st.Tensor<[3, 4]>, q: st.Tensor<[4, 5]>) => st.sum(st.matMul(p, q)), [a, b] as const));
      st.dispose(st.grads((p: st.Tensor<[4, 3]>, q: st.Tensor<[5, 4]>) => st.sum(st.matMul(p, q, true, true)), [aT, bT] as const));
      st.dispose(st.grads((p: st.Tensor<[2, 3, 4]>, q: st.Tensor<[4, 5]>) => st.sum(st.matMul(p, q)), [x3, b] as const));
      st.dispose(st.grads((p: st.Tensor<[2, 3, 4]>, q: st.Tensor<[2, 4, 5]>) => st.sum(st.matMul(p, q)), [x3, y3] as const));
      st.dispose(st.grads((p: st.Tensor<[3, 4]>, q: st.Tensor<[2, 4, 5]>) => st.sum(st.matMul(p, q)), [a, y3] as const));
    });
    expect(st.memory().numTensors).toBe(before);
  });

  it("to('cpu') round trips, disposed, and gradients through them", () => {
    const x = st.randomNormal([3, 4], 0, 1, 'float32', 10);
    const before = st.memory().numTensors;
    const cpuIds = (tf.findBackend('cpu') as tf.KernelBackend).numDataIds();
    expectFlat(() => {
      const c = x.to('cpu');
      const d = c.to('default');
      const ints = st.cast(x, 'int32');
      const i = ints.to('cpu');
      st.dispose([c, d, ints, i]);
      const [g] = st.grads((t: st.Tensor<[3, 4]>) => st.sum(st.square(t.to('cpu'))), [x] as const);
      g.dispose();
    });
    expect(st.memory().numTensors).toBe(before);
    expect((tf.findBackend('cpu') as tf.KernelBackend).numDataIds()).toBe(cpuIds);
  });
});

describe('single ops outside tidy free everything but their result', () => {
  const x = st.randomNormal([2, 3, 4], 0, 1, 'float32', 11);
  const xT = st.randomNormal([2, 4, 3], 0, 1, 'float32', 12);
  const x1 = st.randomNormal([1, 3, 4], 0, 1, 'float32', 13);
  const m = st.randomNormal([4, 5], 0, 1, 'float32', 14);
  const mT = st.randomNormal([5, 4], 0, 1, 'float32', 15);
  const y = st.randomNormal([2, 4, 5], 0, 1, 'float32', 16);
  const bias = st.randomNormal([5], 0, 1, 'float32', 17);
  const row = st.randomNormal([4], 0, 1, 'float32', 18);
  const idx = st.tensor([2, 0], [2], 'int32');
  const labels = st.tensor([[0, 1, 2], [3, 3, 0]], [2, 3], 'int32');
  const cond = st.greater(x, 0);
  const ops: [string, () => unknown][] = [
    ['add with a number', () => st.add(x, 1)],
    ['maximum, broadcast', () => st.maximum(x, row)],
    ['squaredDifference with a number', () => st.squaredDifference(x, 0.5)],
    ['gelu', () => st.gelu(x)],
    ['silu', () => st.silu(x)],
    ['where with a number', () => st.where(cond, x, 0)],
    ['matMul 3-D @ 2-D', () => st.matMul(x, m)],
    ['matMul transposeB', () => st.matMul(x, mT, false, true)],
    ['matMul transposeA', () => st.matMul(xT, y, true)],
    ['matMul batch broadcast', () => st.matMul(x1, y)],
    ['linear rank 3 with bias', () => st.linear(x, m, bias)],
    ['softmax along axis 0', () => st.softmax(x, 0)],
    ['logSoftmax along axis 1', () => st.logSoftmax(x, 1)],
    ['gather axis 1', () => st.gather(x, idx, 1)],
    ['oneHot float32', () => st.oneHot(idx, 4, 1, 0, 'float32')],
    ['sparseSoftmaxCrossEntropy', () => st.sparseSoftmaxCrossEntropy(x, labels)],
    ['prod over a negative axis', () => st.prod(x, -1)],
    ['dropout', () => st.dropout(x, 0.5, 1)],
    ['causalMask', () => st.causalMask(4)],
    ['causalMaskFor', () => st.causalMaskFor(2, 4)],
    ['repeatInterleave', () => st.repeatInterleave(x, 2, 1)],
    ['clipByGlobalNorm', () => st.clipByGlobalNorm({ x, m }, 0.1).grads],
    ['split', () => st.split(x, 2, 2)],
    ["to('cpu')", () => x.to('cpu')],
  ];
  it.each(ops)('%s', (_name, op) => {
    const before = st.memory().numTensors;
    expectFlat(() => st.dispose(op()));
    expect(st.memory().numTensors).toBe(before);
  });
});

describe('tidy and keep', () => {
  it('tidy frees what it made but what it returns (also inside arrays and objects); keep survives', () => {
    const x = st.randomNormal([3, 3], 0, 1, 'float32', 20);
    const before = st.memory().numTensors;
    let kept: st.AnyTensor | undefined;
    const out = st.tidy(() => {
      const a = st.exp(x);
      const b = st.add(a, 1);
      kept = st.keep(st.mul(b, 2));
      st.square(b);
      return { first: [st.sum(b)], second: st.mean(a) };
    });
    // Returned: first[0], second; kept: one more.
    expect(st.memory().numTensors).toBe(before + 3);
    expect(out.first[0].isDisposed).toBe(false);
    expect(kept?.isDisposed).toBe(false);
    st.dispose([out, kept]);
    expect(st.memory().numTensors).toBe(before);
  });

  it('tidy rejects an async function', () => {
    expect(() => st.tidy(async () => st.zeros([1]))).toThrow('tidy: the function must not be async');
  });
});
