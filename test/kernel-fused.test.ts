// The fused elementwise kernels (src/ops/kernels.ts) against the chains of tfjs ops they replace:
// the same bits (both round to float32 after each operation, in the same order), on odd sizes;
// and a model's training steps with and without them.
import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { createLlama } from '../src/llama/model.js';
import { kernelInfo, useFusedKernels } from '../src/ops/kernels.js';
import { seededRandom } from './helpers.js';

afterEach(() => {
  useFusedKernels(true);
});

function bits(t: tf.Tensor | st.Tensor<st.Shape, 'float32', st.Device>): Buffer {
  const raw = t instanceof tf.Tensor ? t : t.raw;
  const data = raw.dataSync();
  return Buffer.from(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
}

function random(shape: readonly number[], seed: number, scale = 1): st.Tensor<st.Shape, 'float32', 'default'> {
  const rand = seededRandom(seed);
  const n = shape.reduce((a, b) => a * b, 1);
  return st.tensor(Float32Array.from({ length: n }, () => (rand() * 2 - 1) * scale), [...shape], 'float32');
}

/** Runs fn with the fused kernels on and off; both results' bits. */
function bothWays(fn: () => Buffer[]): { fused: Buffer[]; plain: Buffer[] } {
  useFusedKernels(false);
  const plain = fn();
  useFusedKernels(true);
  const fused = fn();
  return { fused, plain };
}

const active = st.getDefaultBackend() === 'wasm' && kernelInfo().active;

describe.skipIf(!active)('fused kernels: same bits as the tfjs chains', () => {
  const optimizers: [string, () => st.Optimizer][] = [
    ['Adam', () => new st.Adam({ learningRate: 0.01, beta1: 0.8, beta2: 0.99, epsilon: 1e-6 })],
    ['Adam with L2 decay', () => new st.Adam({ learningRate: 0.02, weightDecay: 0.3 })],
    ['AdamW, matrices decay', () => new st.AdamW({ learningRate: 3e-3, beta2: 0.95, weightDecay: 0.1, decays: (_n, s) => s.length >= 2 })],
  ];
  it.each(optimizers)('%s: parameters and moments over 5 steps', (_name, make) => {
    const run = (): Buffer[] => {
      const w = st.variable(random([7, 13], 1));
      const b = st.variable(random([13], 2));
      const opt = make();
      for (let step = 0; step < 5; step++) {
        st.tidy(() => {
          opt.learningRate *= 0.9;
          opt.apply({ w, b }, { w: random([7, 13], 10 + step, 0.1), b: random([13], 20 + step, 0.1) });
        });
      }
      const slots = Object.values(opt.getState().slots);
      const out = [bits(w), bits(b), ...slots.map(bits)];
      st.dispose([w, b, ...slots]);
      opt.dispose();
      return out;
    };
    const { fused, plain } = bothWays(run);
    expect(fused.length).toBe(plain.length);
    fused.forEach((f, i) => expect(f.equals(plain[i]), `tensor ${i}`).toBe(true));
  });

  it('clipByGlobalNorm: the norm and the clipped gradients', () => {
    const grads = { a: random([31, 17], 3), b: random([5], 4, 10), c: random([2, 3, 4], 5) };
    const expected = Math.sqrt([...grads.a.raw.dataSync(), ...grads.b.raw.dataSync(), ...grads.c.raw.dataSync()].reduce((s, x) => s + x * x, 0));
    const { fused, plain } = bothWays(() => {
      const { grads: g, norm } = st.clipByGlobalNorm(grads, 1);
      expect(norm).toBeCloseTo(expected, 4);
      const out = Object.values(g).map(bits);
      st.dispose(Object.values(g));
      return out;
    });
    // The norm is summed in another order (float64 in place vs float32 sums per tensor): close, and the clipped values within rounding.
    fused.forEach((f, i) => {
      const a = new Float32Array(f.buffer, f.byteOffset, f.length / 4);
      const b = new Float32Array(plain[i].buffer, plain[i].byteOffset, plain[i].length / 4);
      a.forEach((x, j) => expect(Math.abs(x - b[j])).toBeLessThanOrEqual(1e-6 * Math.abs(b[j]) + 1e-12));
    });
    st.dispose(Object.values(grads));
  });

  const ropeCases: [number[], number][] = [[[2, 3, 5, 16], 0], [[1, 2, 7, 8], 3], [[4, 12, 4], 1], [[2, 5, 6], 0]];
  it.each(ropeCases)('rotaryEmbedding of %j from position %i: value and gradient', (shape, start) => {
    const x = random(shape, 11);
    const dy = random(shape, 12);
    const { fused, plain } = bothWays(() => {
      const { value, grads } = st.valueAndGrads((a: st.Tensor<st.Shape, 'float32', 'default'>) => st.reshape(st.sum(st.mul(st.rotaryEmbedding(a as st.Tensor<[number, number], 'float32', 'default'>, start), dy)), []), [x]);
      const out = [bits(st.rotaryEmbedding(x as st.Tensor<[number, number], 'float32', 'default'>, start)), bits(grads[0])];
      st.dispose([value, ...grads]);
      return out;
    });
    fused.forEach((f, i) => expect(f.equals(plain[i]), i === 0 ? 'value' : 'gradient').toBe(true));
    st.dispose([x, dy]);
  });

  const normCases: number[][] = [[2, 3, 128], [5, 6], [7, 33], [1, 1, 4]];
  it.each(normCases)('rmsNorm of %j: value and gradients to rounding', (...shape) => {
    const d = shape[shape.length - 1];
    const x = random(shape, 21);
    const w = random([d], 22);
    const dy = random(shape, 23);
    const { fused, plain } = bothWays(() => {
      const f = (a: st.Tensor<st.Shape, 'float32', 'default'>, b: st.Tensor<st.Shape, 'float32', 'default'>) =>
        st.reshape(st.sum(st.mul(st.rmsNorm(a as st.Tensor<[number], 'float32', 'default'>, b as st.Tensor<[number], 'float32', 'default'>, 1e-5), dy)), []);
      const { value, grads } = st.valueAndGrads(f, [x, w]);
      const y = st.rmsNorm(x as st.Tensor<[number], 'float32', 'default'>, w as st.Tensor<[number], 'float32', 'default'>, 1e-5);
      const out = [bits(y), ...grads.map(bits)];
      st.dispose([value, y, ...grads]);
      return out;
    });
    fused.forEach((f, i) => {
      const a = new Float32Array(f.buffer, f.byteOffset, f.length / 4);
      const b = new Float32Array(plain[i].buffer, plain[i].byteOffset, plain[i].length / 4);
      a.forEach((v, j) => expect(Math.abs(v - b[j]), `output ${i} element ${j}`).toBeLessThanOrEqual(2e-6 * (1 + Math.abs(b[j]))));
    });
    st.dispose([x, w, dy]);
  });

  it('three training steps of a small Llama: losses, weights and tensor count', () => {
    const run = (): Buffer[] => {
      const model = createLlama({ vocabSize: 17, dim: 32, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 16, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 12, dropout: 0 }, 4);
      const params = model.parameters();
      const opt = new st.AdamW({ learningRate: 1e-2, beta2: 0.95, weightDecay: 0.1, decays: (_n, s) => s.length >= 2 });
      const rand = seededRandom(7);
      const ids = st.tensor(Int32Array.from({ length: 3 * 12 }, () => Math.floor(rand() * 17)), [3, 12], 'int32');
      const losses: number[] = [];
      const counts: number[] = [];
      for (let step = 0; step < 3; step++) {
        st.tidy(() => {
          const { value, grads } = st.variableGrads(() => model.loss(ids, ids), params);
          opt.apply(params, st.clipByGlobalNorm(grads, 1).grads);
          losses.push(value.item());
        });
        counts.push(st.memory().numTensors);
      }
      expect(counts[2], 'tensor count flat').toBe(counts[1]);
      const out = [Buffer.from(Float64Array.from(losses).buffer), ...Object.values(params).map(bits)];
      ids.dispose();
      model.dispose();
      opt.dispose();
      return out;
    };
    const { fused, plain } = bothWays(run);
    // Losses equal to float32 rounding (the clip's norm is summed in another order), weights close.
    const lf = new Float64Array(fused[0].buffer, fused[0].byteOffset, 3);
    const lp = new Float64Array(plain[0].buffer, plain[0].byteOffset, 3);
    lf.forEach((x, i) => expect(x).toBeCloseTo(lp[i], 5));
    for (let i = 1; i < fused.length; i++) {
      const a = new Float32Array(fused[i].buffer, fused[i].byteOffset, fused[i].length / 4);
      const b = new Float32Array(plain[i].buffer, plain[i].byteOffset, plain[i].length / 4);
      let worst = 0;
      a.forEach((x, j) => (worst = Math.max(worst, Math.abs(x - b[j]))));
      expect(worst, `parameter ${i}`).toBeLessThan(1e-5);
    }
  });
});
