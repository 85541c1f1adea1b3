// Optimizers against straightforward Float64 JS loops of PyTorch's formulas (torch.optim.SGD,
// Adam, AdamW), state save/restore, and global-norm clipping against a JS norm.
import { describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { closeValues, seededRandom as rng } from './helpers.js';

/** n float32 values in [-scale, scale) (rounded to float32, so JS and tfjs start from the same numbers). */
function values(n: number, seed: number, scale = 1): Float32Array {
  const r = rng(seed);
  return Float32Array.from({ length: n }, () => (2 * r() - 1) * scale);
}

const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>): number =>
  Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);

// ---- The reference: PyTorch's update rules, one parameter at a time, in float64.

function jsSGD(p0: Float32Array, grads: Float32Array[], lrs: number[], momentum = 0): number[] {
  const p = Array.from(p0);
  let buf: number[] | undefined;
  grads.forEach((g, t) => {
    const lr = lrs[t];
    if (momentum === 0) {
      for (let i = 0; i < p.length; i++) p[i] -= lr * g[i];
      return;
    }
    buf = buf === undefined ? Array.from(g) : buf.map((b, i) => momentum * b + g[i]);
    for (let i = 0; i < p.length; i++) p[i] -= lr * buf[i];
  });
  return p;
}

interface AdamRef {
  beta1?: number;
  beta2?: number;
  eps?: number;
  /** torch.optim.Adam's weight_decay: L2, added to the gradient. */
  weightDecay?: number;
  /** torch.optim.AdamW's weight_decay: p *= 1 - lr * wd before the step. */
  decoupled?: number;
  /** Where eps goes: PyTorch's (outside the sqrt of the bias-corrected v) or a variant, to show the test can tell. */
  epsForm?: 'torch' | 'uncorrected' | 'inside';
}
function jsAdam(p0: Float32Array, grads: Float32Array[], lrs: number[], o: AdamRef = {}): number[] {
  const { beta1 = 0.9, beta2 = 0.999, eps = 1e-8, weightDecay = 0, decoupled = 0, epsForm = 'torch' } = o;
  const p = Array.from(p0);
  const m = new Array<number>(p.length).fill(0);
  const v = new Array<number>(p.length).fill(0);
  grads.forEach((g0, k) => {
    const t = k + 1;
    const lr = lrs[k];
    if (decoupled !== 0) for (let i = 0; i < p.length; i++) p[i] *= 1 - lr * decoupled;
    const bc1 = 1 - beta1 ** t;
    const bc2 = 1 - beta2 ** t;
    for (let i = 0; i < p.length; i++) {
      const g = g0[i] + weightDecay * p[i];
      m[i] = beta1 * m[i] + (1 - beta1) * g;
      v[i] = beta2 * v[i] + (1 - beta2) * g * g;
      if (epsForm === 'torch') p[i] -= (lr / bc1) * (m[i] / (Math.sqrt(v[i]) / Math.sqrt(bc2) + eps));
      else if (epsForm === 'uncorrected') p[i] -= ((lr * Math.sqrt(bc2)) / bc1) * (m[i] / (Math.sqrt(v[i]) + eps));
      else p[i] -= (lr / bc1) * (m[i] / Math.sqrt(v[i] / bc2 + eps));
    }
  });
  return p;
}

// ---- Driving the library's optimizers.

interface Problem {
  w0: Float32Array;
  b0: Float32Array;
  gw: Float32Array[];
  gb: Float32Array[];
}
function problem(steps: number, seed: number, gradScale = 1): Problem {
  return {
    w0: values(6, seed),
    b0: values(3, seed + 1),
    gw: Array.from({ length: steps }, (_, t) => values(6, seed + 100 + t, gradScale)),
    gb: Array.from({ length: steps }, (_, t) => values(3, seed + 200 + t, gradScale)),
  };
}
function params(w: Float32Array, b: Float32Array) {
  return { w: st.variable(st.tensor(w, [2, 3])), b: st.variable(st.tensor(b, [3])) };
}
type Params = ReturnType<typeof params>;
/** Applies steps [from, to) of the problem's gradients; lrs (when given) set the learning rate per step. */
function runSteps(opt: st.Optimizer, p: Params, pr: Problem, from: number, to: number, lrs?: number[]): void {
  for (let t = from; t < to; t++) {
    if (lrs) opt.learningRate = lrs[t];
    const grads = { w: st.tensor(pr.gw[t], [2, 3]), b: st.tensor(pr.gb[t], [3]) };
    opt.apply(p, grads);
    st.dispose(grads);
  }
}

describe('SGD', () => {
  it('without momentum: p -= lr * g, over several steps with a changing learning rate', () => {
    const pr = problem(4, 1);
    const p = params(pr.w0, pr.b0);
    const lrs = [0.1, 0.1, 0.05, 0.2];
    const opt = new st.SGD({ learningRate: 0.1 });
    runSteps(opt, p, pr, 0, 4, lrs);
    expect(opt.step).toBe(4);
    closeValues(p.w.dataSync(), jsSGD(pr.w0, pr.gw, lrs), 1e-6, 'w');
    closeValues(p.b.dataSync(), jsSGD(pr.b0, pr.gb, lrs), 1e-6, 'b');
  });

  it('with momentum (PyTorch: buf = g on the first step, then mu * buf + g)', () => {
    const pr = problem(5, 2);
    const p = params(pr.w0, pr.b0);
    const lrs = new Array(5).fill(0.05);
    const opt = new st.SGD({ learningRate: 0.05, momentum: 0.9 });
    runSteps(opt, p, pr, 0, 1);
    closeValues(p.w.dataSync(), jsSGD(pr.w0, pr.gw.slice(0, 1), lrs, 0.9), 1e-6, 'w after one step');
    runSteps(opt, p, pr, 1, 5);
    closeValues(p.w.dataSync(), jsSGD(pr.w0, pr.gw, lrs, 0.9), 1e-6, 'w');
    closeValues(p.b.dataSync(), jsSGD(pr.b0, pr.gb, lrs, 0.9), 1e-6, 'b');
    // Momentum matters: plain SGD ends elsewhere.
    expect(maxDiff(p.w.dataSync(), jsSGD(pr.w0, pr.gw, lrs))).toBeGreaterThan(1e-2);
    opt.dispose();
  });
});

describe('Adam', () => {
  it('single step: the update is lr * g / (|g| + eps) after bias correction', () => {
    const pr = problem(1, 3);
    const p = params(pr.w0, pr.b0);
    const opt = new st.Adam({ learningRate: 0.01 });
    runSteps(opt, p, pr, 0, 1);
    closeValues(p.w.dataSync(), jsAdam(pr.w0, pr.gw, [0.01]), 1e-6, 'w');
    closeValues(p.b.dataSync(), jsAdam(pr.b0, pr.gb, [0.01]), 1e-6, 'b');
    const expected = Array.from(pr.w0, (w, i) => w - 0.01 * Math.sign(pr.gw[0][i]));
    closeValues(p.w.dataSync(), expected, 1e-6, 'w vs lr * sign(g)');
    opt.dispose();
  });

  it('multi-step with default hyperparameters and a learning-rate schedule', () => {
    const pr = problem(6, 4);
    const p = params(pr.w0, pr.b0);
    const lrs = [0.01, 0.02, 0.03, 0.02, 0.01, 0.005];
    const opt = new st.Adam({ learningRate: 0.01 });
    runSteps(opt, p, pr, 0, 6, lrs);
    closeValues(p.w.dataSync(), jsAdam(pr.w0, pr.gw, lrs), 1e-6, 'w');
    closeValues(p.b.dataSync(), jsAdam(pr.b0, pr.gb, lrs), 1e-6, 'b');
    opt.dispose();
  });

  it('eps sits outside the sqrt of the bias-corrected v (and the test tells the variants apart)', () => {
    // Small gradients and a large eps make eps's place matter.
    const pr = problem(4, 5, 1e-3);
    const p = params(pr.w0, pr.b0);
    const lrs = new Array(4).fill(0.1);
    const o = { beta1: 0.8, beta2: 0.99, eps: 1e-3 };
    const opt = new st.Adam({ learningRate: 0.1, beta1: 0.8, beta2: 0.99, epsilon: 1e-3 });
    runSteps(opt, p, pr, 0, 4);
    const torch = jsAdam(pr.w0, pr.gw, lrs, o);
    closeValues(p.w.dataSync(), torch, 1e-6, 'w');
    closeValues(p.b.dataSync(), jsAdam(pr.b0, pr.gb, lrs, o), 1e-6, 'b');
    expect(maxDiff(torch, jsAdam(pr.w0, pr.gw, lrs, { ...o, epsForm: 'uncorrected' }))).toBeGreaterThan(1e-3);
    expect(maxDiff(torch, jsAdam(pr.w0, pr.gw, lrs, { ...o, epsForm: 'inside' }))).toBeGreaterThan(1e-3);
    opt.dispose();
  });

  it('weightDecay is the coupled L2 form (added to the gradient)', () => {
    const pr = problem(5, 6);
    const p = params(pr.w0, pr.b0);
    const lrs = new Array(5).fill(0.02);
    const opt = new st.Adam({ learningRate: 0.02, weightDecay: 0.5 });
    runSteps(opt, p, pr, 0, 5);
    closeValues(p.w.dataSync(), jsAdam(pr.w0, pr.gw, lrs, { weightDecay: 0.5 }), 1e-6, 'w');
    closeValues(p.b.dataSync(), jsAdam(pr.b0, pr.gb, lrs, { weightDecay: 0.5 }), 1e-6, 'b');
    expect(maxDiff(p.w.dataSync(), jsAdam(pr.w0, pr.gw, lrs, { decoupled: 0.5 }))).toBeGreaterThan(1e-4);
    opt.dispose();
  });
});

describe('AdamW', () => {
  it('single step: p *= 1 - lr * wd, then the Adam step', () => {
    const pr = problem(1, 7);
    const p = params(pr.w0, pr.b0);
    const opt = new st.AdamW({ learningRate: 0.1, weightDecay: 0.5 });
    runSteps(opt, p, pr, 0, 1);
    closeValues(p.w.dataSync(), jsAdam(pr.w0, pr.gw, [0.1], { decoupled: 0.5 }), 1e-6, 'w');
    const byHand = Array.from(pr.w0, (w, i) => w * (1 - 0.1 * 0.5) - 0.1 * Math.sign(pr.gw[0][i]));
    closeValues(p.w.dataSync(), byHand, 1e-6, 'w by hand');
    opt.dispose();
  });

  it('multi-step with a schedule; weightDecay defaults to 0.01 as in PyTorch', () => {
    const pr = problem(6, 8);
    const lrs = [0.05, 0.1, 0.1, 0.08, 0.04, 0.02];
    const p = params(pr.w0, pr.b0);
    const opt = new st.AdamW({ learningRate: 0.05, beta2: 0.95 });
    runSteps(opt, p, pr, 0, 6, lrs);
    closeValues(p.w.dataSync(), jsAdam(pr.w0, pr.gw, lrs, { beta2: 0.95, decoupled: 0.01 }), 1e-6, 'w');
    closeValues(p.b.dataSync(), jsAdam(pr.b0, pr.gb, lrs, { beta2: 0.95, decoupled: 0.01 }), 1e-6, 'b');
    opt.dispose();
  });

  it('decays picks which parameters decay (by shape, and by name)', () => {
    const pr = problem(4, 9);
    const lrs = new Array(4).fill(0.1);
    const p = params(pr.w0, pr.b0);
    const seen: [string, readonly number[]][] = [];
    const opt = new st.AdamW({
      learningRate: 0.1, weightDecay: 0.3,
      decays: (name, shape) => {
        seen.push([name, [...shape]]);
        return shape.length >= 2;
      },
    });
    runSteps(opt, p, pr, 0, 4);
    closeValues(p.w.dataSync(), jsAdam(pr.w0, pr.gw, lrs, { decoupled: 0.3 }), 1e-6, 'w (decays)');
    closeValues(p.b.dataSync(), jsAdam(pr.b0, pr.gb, lrs), 1e-6, 'b (does not decay)');
    expect(seen).toContainEqual(['w', [2, 3]]);
    expect(seen).toContainEqual(['b', [3]]);
    opt.dispose();

    const q = params(pr.w0, pr.b0);
    const byName = new st.AdamW({ learningRate: 0.1, weightDecay: 0.3, decays: (name) => name === 'b' });
    runSteps(byName, q, pr, 0, 4);
    closeValues(q.w.dataSync(), jsAdam(pr.w0, pr.gw, lrs), 1e-6, 'w (does not decay)');
    closeValues(q.b.dataSync(), jsAdam(pr.b0, pr.gb, lrs, { decoupled: 0.3 }), 1e-6, 'b (decays)');
    byName.dispose();
  });
});

describe('optimizer state', () => {
  const makers: [string, () => st.Optimizer, (p0: Float32Array, g: Float32Array[]) => number[]][] = [
    ['AdamW', () => new st.AdamW({ learningRate: 0.05, weightDecay: 0.1 }), (p0, g) => jsAdam(p0, g, new Array(g.length).fill(0.05), { decoupled: 0.1 })],
    ['Adam', () => new st.Adam({ learningRate: 0.05 }), (p0, g) => jsAdam(p0, g, new Array(g.length).fill(0.05))],
    ['SGD with momentum', () => new st.SGD({ learningRate: 0.05, momentum: 0.8 }), (p0, g) => jsSGD(p0, g, new Array(g.length).fill(0.05), 0.8)],
  ];
  it.each(makers)('%s: getState / setState resumes identically', (_name, make, reference) => {
    const pr = problem(6, 10);
    const a = make();
    const pa = params(pr.w0, pr.b0);
    runSteps(a, pa, pr, 0, 3);
    const state = a.getState();
    expect(state.step).toBe(3);
    const saved = Object.fromEntries(Object.entries(state.slots).map(([k, t]) => [k, Array.from(t.dataSync())]));
    expect(Object.keys(saved).length).toBeGreaterThan(0);
    for (const key of Object.keys(saved)) expect(key).toMatch(/^(w|b)\//);

    // A fresh optimizer and parameters copied at step 3, restored from the state.
    const b = make();
    const pb = params(pa.w.dataSync(), pa.b.dataSync());
    b.setState(state);
    st.dispose(Object.values(state.slots));
    expect(b.step).toBe(3);
    runSteps(a, pa, pr, 3, 6);
    runSteps(b, pb, pr, 3, 6);
    expect(Array.from(pb.w.dataSync())).toEqual(Array.from(pa.w.dataSync()));
    expect(Array.from(pb.b.dataSync())).toEqual(Array.from(pa.b.dataSync()));
    closeValues(pb.w.dataSync(), reference(pr.w0, pr.gw), 1e-6, 'w vs the uninterrupted reference');
    closeValues(pb.b.dataSync(), reference(pr.b0, pr.gb), 1e-6, 'b vs the uninterrupted reference');

    // Without the state, the same three steps end elsewhere (so the test depends on the state).
    const c = make();
    const pc = params(pr.w0, pr.b0);
    runSteps(c, pc, pr, 0, 3);
    const fresh = make();
    const pf = params(pc.w.dataSync(), pc.b.dataSync());
    runSteps(fresh, pf, pr, 3, 6);
    expect(maxDiff(pf.w.dataSync(), pa.w.dataSync())).toBeGreaterThan(1e-3);

    // getState gave copies: the saved numbers were not changed by later steps.
    const again = a.getState();
    expect(again.step).toBe(6);
    expect(Object.values(again.slots).some((t, i) => maxDiff(t.dataSync(), Object.values(saved)[i]) > 0)).toBe(true);
    st.dispose(Object.values(again.slots));
    for (const o of [a, b, c, fresh]) o.dispose();
  });
});

describe('optimizer errors', () => {
  it('rejects betas, momentum and weight decay out of range, at run time and for literals at compile time', () => {
    const dyn = (n: number): number => n;
    const beta2Sentence: st.OptimizerCheck<{ learningRate: 0.001; beta2: 999 }> = 'optimizer: beta2 must be in [0, 1), got 999';
    const momentumSentence: st.OptimizerCheck<{ learningRate: 0.1; momentum: 1 }> = 'optimizer: momentum must be in [0, 1), got 1';
    const decaySentence: st.OptimizerCheck<{ learningRate: 0.1; weightDecay: -0.1 }> = 'optimizer: weightDecay must be >= 0, got -0.1';
    expect(() => new st.Adam({ learningRate: 1e-3, beta2: dyn(999) })).toThrow(beta2Sentence);
    expect(() => new st.SGD({ learningRate: 0.1, momentum: dyn(1) })).toThrow(momentumSentence);
    expect(() => new st.AdamW({ learningRate: 0.1, weightDecay: dyn(-0.1) })).toThrow(decaySentence);
    // @ts-expect-error optimizer: beta2 must be in [0, 1), got 999
    expect(() => new st.Adam({ learningRate: 1e-3, beta2: 999 })).toThrow(beta2Sentence);
    // @ts-expect-error optimizer: momentum must be in [0, 1), got 1
    expect(() => new st.SGD({ learningRate: 0.1, momentum: 1 })).toThrow(momentumSentence);
    // @ts-expect-error optimizer: weightDecay must be >= 0, got -0.1
    expect(() => new st.AdamW({ learningRate: 0.1, weightDecay: -0.1 })).toThrow(decaySentence);
    expect(new st.AdamW({ learningRate: 3e-4, beta1: 0.9, beta2: 0.95, weightDecay: 0.1 }).beta2).toBe(0.95);
  });

  it('rejects a negative learning rate and a gradient of the wrong shape', () => {
    const lrSentence: st.OptimizerCheck<{ learningRate: -1 }> = 'optimizer: learningRate must be >= 0, got -1';
    // @ts-expect-error optimizer: learningRate must be >= 0, got -1 (the compiler refuses the literal too)
    expect(() => new st.Adam({ learningRate: -1 })).toThrow(lrSentence);
    const p = params(values(6, 1), values(3, 2));
    const opt = new st.SGD({ learningRate: 0.1 });
    const wrong = st.zeros([3, 2]);
    // @ts-expect-error optimizer: every parameter passed needs a gradient of its shape and device
    expect(() => opt.apply({ w: p.w }, { w: wrong })).toThrow("optimizer: every parameter passed needs a gradient of its shape and device; to update only some, pass only those ('w' has [3, 2] on default, the parameter [2, 3] on default)");
  });

  it("gradients with a name of no parameter (a deeper model's) are refused at compile and run time, before any update", () => {
    const pr = problem(1, 17);
    const p = params(pr.w0, pr.b0);
    const opt = new st.SGD({ learningRate: 0.1 });
    const more = { w: st.tensor(pr.gw[0], [2, 3]), b: st.tensor(pr.gb[0], [3]), extra: st.zeros([2]) };
    // @ts-expect-error 'extra' names no parameter: "optimizer: gradient 'extra' has no parameter; ..."
    expect(() => opt.apply(p, more)).toThrow("optimizer: gradient 'extra' has no parameter; are these another model's gradients?");
    expect(Array.from(p.w.dataSync())).toEqual(Array.from(pr.w0));
    expect(opt.step).toBe(0);
    st.dispose(more);
  });

  it('a gradient record lacking a parameter is refused (at run time too), not skipped', () => {
    const pr = problem(1, 13);
    const p = params(pr.w0, pr.b0);
    const opt = new st.SGD({ learningRate: 0.1 });
    const partial = { w: st.tensor(pr.gw[0], [2, 3]) };
    // @ts-expect-error b's gradient is missing: the compiler refuses the record.
    expect(() => opt.apply(p, partial)).toThrow("optimizer: every parameter passed needs a gradient of its shape and device; to update only some, pass only those (no gradient for 'b')");
    expect(Array.from(p.w.dataSync())).toEqual(Array.from(pr.w0));
    expect(opt.step).toBe(0);
    st.dispose(partial);
  });

  it('an int32 variable in the record (a step counter) is refused at compile and run time, before any update', () => {
    const pr = problem(1, 19);
    const p = params(pr.w0, pr.b0);
    const step = st.variable(st.zeros([], 'int32'));
    const opt = new st.SGD({ learningRate: 0.1 });
    // @ts-expect-error an int32 variable is not a trainable parameter (Params holds float32 variables)
    expect(() => st.variableGrads(() => st.sum(st.square(p.w)), { w: p.w, step })).toThrow("variableGrads: parameter 'step' is int32; only float32 variables are trained (keep a counter as a number, or leave it out of the record)");
    const grads = { w: st.tensor(pr.gw[0], [2, 3]), step: st.zeros([], 'int32') };
    // @ts-expect-error the same in the optimizer's record
    expect(() => opt.apply({ w: p.w, step }, grads)).toThrow("optimizer: parameter 'step' is int32; only float32 variables are trained");
    // @ts-expect-error an int32 gradient for a float32 parameter
    expect(() => opt.apply({ w: p.w }, { w: st.zeros([2, 3], 'int32') })).toThrow("optimizer: the gradient of 'w' is int32; gradients are float32");
    expect(Array.from(p.w.dataSync())).toEqual(Array.from(pr.w0));
    expect(opt.step).toBe(0);
    st.dispose([step, grads.w, grads.step]);
  });

  it('parameters left out of the update are left alone', () => {
    const pr = problem(1, 11);
    const p = params(pr.w0, pr.b0);
    const opt = new st.SGD({ learningRate: 0.1 });
    opt.apply({ w: p.w }, { w: st.tensor(pr.gw[0], [2, 3]) });
    expect(Array.from(p.b.dataSync())).toEqual(Array.from(pr.b0));
    closeValues(p.w.dataSync(), jsSGD(pr.w0, pr.gw, [0.1]), 1e-6, 'w');
  });
});

describe('per-parameter step counts (as PyTorch)', () => {
  it("a parameter whose first gradient comes late gets Adam's first-step bias correction", () => {
    const pr = problem(3, 41);
    const p = params(pr.w0, pr.b0);
    const opt = new st.Adam({ learningRate: 0.01 });
    const first = { w: st.tensor(pr.gw[0], [2, 3]) };
    opt.apply({ w: p.w }, first); // b has no gradient in step 1: only w is updated
    const gw = pr.gw.slice(1);
    const gb = pr.gb.slice(1);
    const saved = opt.getState();
    expect(saved.paramSteps).toEqual({ w: 1 });
    // Resume the state in a new optimizer half way: the counts travel with it.
    const resumed = new st.Adam({ learningRate: 0.01 });
    resumed.setState(saved);
    st.dispose(saved.slots);
    for (let t = 0; t < 2; t++) {
      const grads = { w: st.tensor(gw[t], [2, 3]), b: st.tensor(gb[t], [3]) };
      resumed.apply(p, grads);
      st.dispose(grads);
    }
    closeValues(p.w.dataSync(), jsAdam(pr.w0, pr.gw, [0.01, 0.01, 0.01]), 1e-6, 'w (3 updates)');
    closeValues(p.b.dataSync(), jsAdam(pr.b0, gb, [0.01, 0.01]), 1e-6, 'b (2 updates, counted from 1)');
    const after = resumed.getState();
    expect(after.paramSteps).toEqual({ w: 3, b: 2 });
    st.dispose(after.slots);
    st.dispose([first, p]);
    opt.dispose();
    resumed.dispose();
  });
});

describe('clipByGlobalNorm', () => {
  const a = values(6, 21, 2);
  const b = values(4, 22, 2);
  const jsNorm = Math.sqrt([...a, ...b].reduce((s, v) => s + v * v, 0));
  const grads = () => ({ a: st.tensor(a, [2, 3]), b: st.tensor(b, [4]) });

  it('scales every gradient by maxNorm / (norm + 1e-6) when the norm is above maxNorm', () => {
    const g = grads();
    const maxNorm = jsNorm / 3;
    const { grads: clipped, norm } = st.clipByGlobalNorm(g, maxNorm);
    expect(norm).toBeCloseTo(jsNorm, 5);
    const scale = maxNorm / (jsNorm + 1e-6);
    closeValues(clipped.a.dataSync(), Array.from(a, (v) => v * scale), 1e-6, 'a');
    closeValues(clipped.b.dataSync(), Array.from(b, (v) => v * scale), 1e-6, 'b');
    expect(clipped.a.shape).toEqual([2, 3]);
    expect(clipped.b.shape).toEqual([4]);
    const after = Math.sqrt([...clipped.a.dataSync(), ...clipped.b.dataSync()].reduce((s, v) => s + v * v, 0));
    expect(after).toBeCloseTo(maxNorm, 4);
    // The inputs are untouched.
    expect(Array.from(g.a.dataSync())).toEqual(Array.from(a));
  });

  it('leaves gradients untouched (as new tensors) when the norm is below maxNorm', () => {
    const g = grads();
    const { grads: same, norm } = st.clipByGlobalNorm(g, jsNorm * 2);
    expect(norm).toBeCloseTo(jsNorm, 5);
    expect(Array.from(same.a.dataSync())).toEqual(Array.from(a));
    expect(Array.from(same.b.dataSync())).toEqual(Array.from(b));
    expect(same.a.raw).not.toBe(g.a.raw);
    g.a.dispose();
    expect(Array.from(same.a.dataSync())).toEqual(Array.from(a));
  });
});
