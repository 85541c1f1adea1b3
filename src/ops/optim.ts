// Optimizers over named variables (SGD, Adam, and AdamW, which tfjs lacks) and global
// gradient-norm clipping. Updates follow PyTorch's formulas, so runs compare with PyTorch's.
import { tf } from './tf.js';
import type { FirstError, Shape } from '../shapes/core.js';
import { formatShape } from '../shapes/rules.js';
import type { CheckedLiteral, LiteralCheck, NonNegativeCheck, PositiveCheck, RateCheck } from '../shapes/literals.js';
import type { Device } from './backend.js';
import type { GradOf, Gradients, GradientsSentence, Params } from './autodiff.js';
import { checkTrainable, run, wrap } from './internal.js';
import { adamStepRaw, sumOfSquaresRaw } from './kernels.js';
import type { AnyTensor, Tensor } from './tensor.js';

/**
 * What an optimizer needs to resume: its step count, each parameter's own count of updates (as
 * PyTorch keeps per parameter; absent in older states, then every parameter counts `step`), and the
 * per-parameter slots (name/slot).
 */
export interface OptimizerState {
  step: number;
  paramSteps?: Record<string, number>;
  slots: Record<string, Tensor<Shape, 'float32', Device>>;
}

/**
 * `unknown` when every gradient of G names a parameter of P, else the sentence the run-time check
 * throws: the gradients of a larger model (a Llama with more layers) hold every parameter of a
 * smaller one, so only their extra names tell them apart.
 */
export type ExtraGradientCheck<P, G> = [Exclude<keyof G, keyof P>] extends [never] ? unknown
  : `optimizer: gradient '${Exclude<keyof G, keyof P> & string}' has no parameter; are these another model's gradients?`;

/** The run-time twin of the sentence the type of apply's gradients prints. */
const gradientsSentence: GradientsSentence = 'optimizer: every parameter passed needs a gradient of its shape and device; to update only some, pass only those';

declare const gradientCheck: unique symbol;
/** Nothing to check (an optional key every object has), printed as the sentence; Sentence is for printing only. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export interface GradientCheck<Sentence extends string> { readonly [gradientCheck]?: true }
/**
 * What apply takes: P's gradients, each marked with the sentence, so that a misshaped gradient written in an object
 * literal at the call (`apply(params, { w: g })`), which tsc reports at that property, prints it too.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export type GradientsFor<Sentence extends string, P> = { [K in keyof P]: GradOf<P[K]> & GradientCheck<Sentence> };
/**
 * apply's gradients: G itself when it is P's gradients (variableGrads' alias, related by identity) and names no
 * other parameter; else the marked record, which only a mistake is compared with (a constraint of that type
 * cost every correct call ~250 instantiations on a Llama's record).
 */
export type GradientsCheck<P, G> = [G] extends [Gradients<GradientsSentence, P>] ? G & ExtraGradientCheck<P, G> : GradientsFor<GradientsSentence, P>;

/** Options shared by the optimizers. */
export interface OptimizerOptions {
  learningRate: number;
}

/**
 * The literal facts of an optimizer's options that the run time checks (learningRate >= 0, beta1,
 * beta2 and momentum in [0, 1), weightDecay >= 0), with its sentences: the first that fails, or unknown.
 */
export type OptimizerCheck<O> = LiteralCheck<FirstError<[
  O extends { learningRate: infer N extends number } ? NonNegativeCheck<'optimizer', 'learningRate', N> : unknown,
  O extends { beta1: infer N extends number } ? RateCheck<'optimizer', 'beta1', N> : unknown,
  O extends { beta2: infer N extends number } ? RateCheck<'optimizer', 'beta2', N> : unknown,
  O extends { momentum: infer N extends number } ? RateCheck<'optimizer', 'momentum', N> : unknown,
  O extends { weightDecay: infer N extends number } ? NonNegativeCheck<'optimizer', 'weightDecay', N> : unknown,
]>>;
/** The run-time twin of OptimizerCheck. */
function checkOptions(options: { learningRate: number; beta1?: number; beta2?: number; momentum?: number; weightDecay?: number }): void {
  const { learningRate, beta1, beta2, momentum, weightDecay } = options;
  if (!(learningRate >= 0)) throw new Error(`optimizer: learningRate must be >= 0, got ${learningRate}`);
  for (const [what, v] of [['beta1', beta1], ['beta2', beta2], ['momentum', momentum]] as const) {
    if (v !== undefined && !(v >= 0 && v < 1)) throw new Error(`optimizer: ${what} must be in [0, 1), got ${v}`);
  }
  if (weightDecay !== undefined && !(weightDecay >= 0)) throw new Error(`optimizer: weightDecay must be >= 0, got ${weightDecay}`);
}

/** Updates named variables from their gradients; learningRate may change between steps (schedules). */
export abstract class Optimizer {
  learningRate: number;
  /** Steps taken so far. */
  step = 0;
  /** Updates each parameter has had: a parameter without a gradient in a step does not count it. */
  protected readonly paramSteps = new Map<string, number>();
  protected readonly slots = new Map<string, tf.Variable>();

  constructor(options: OptimizerOptions) {
    checkOptions(options);
    this.learningRate = options.learningRate;
  }

  /**
   * Applies one update to every parameter of params, each with its gradient from grads: a record
   * lacking one of them, or holding one of no parameter here (another model's), does not compile
   * (and throws at run time), so no parameter silently stops training. To update only some parameters, pass only those (`opt.apply({ w }, { w: gw })`); the
   * others keep their own update counts.
   */
  apply<P extends Params, G>(params: P, grads: GradientsCheck<P, G>): void {
    // Every check before any update, so a refused step leaves every parameter as it was.
    checkTrainable('optimizer', params);
    for (const name of Object.keys(params)) {
      const g: AnyTensor | undefined = grads[name];
      if (g === undefined) throw new Error(`${gradientsSentence} (no gradient for '${name}')`);
    }
    for (const name of Object.keys(grads)) {
      if (!Object.hasOwn(params, name)) throw new Error(`optimizer: gradient '${name}' has no parameter; are these another model's gradients?`);
    }
    for (const name of Object.keys(params)) {
      const p = params[name];
      const g: AnyTensor = grads[name];
      if (g.dtype !== 'float32') throw new Error(`optimizer: the gradient of '${name}' is ${g.dtype}; gradients are float32`);
      if (formatShape(g.shape) !== formatShape(p.shape) || g.device !== p.device) {
        throw new Error(`${gradientsSentence} ('${name}' has ${formatShape(g.shape)} on ${g.device}, the parameter ${formatShape(p.shape)} on ${p.device})`);
      }
    }
    this.step += 1;
    for (const name of Object.keys(params)) {
      const p = params[name];
      const g: AnyTensor = grads[name];
      const t = (this.paramSteps.get(name) ?? 0) + 1;
      this.paramSteps.set(name, t);
      run(p.device, () => tf.tidy(() => this.update(name, p.raw, g.raw, t)));
    }
  }

  /** One parameter's t-th update (t from 1), inside a tidy scope on the parameter's device. */
  protected abstract update(name: string, p: tf.Variable, g: tf.Tensor, t: number): void;

  protected slot(name: string, kind: string, like: tf.Tensor): tf.Variable {
    const key = `${name}/${kind}`;
    let v = this.slots.get(key);
    if (!v) {
      v = tf.variable(tf.zerosLike(like), false);
      this.slots.set(key, v);
    }
    return v;
  }

  /** The state to save in a checkpoint (copies, which the caller disposes). */
  getState(): OptimizerState {
    const slots: OptimizerState['slots'] = {};
    for (const [key, v] of this.slots) slots[key] = wrap('getState', tf.clone(v), 'default', v.shape, 'float32');
    return { step: this.step, paramSteps: Object.fromEntries(this.paramSteps), slots };
  }

  /** Restores a saved state: the step count and every slot. */
  setState(state: OptimizerState): void {
    this.step = state.step;
    for (const v of this.slots.values()) v.dispose();
    this.slots.clear();
    this.paramSteps.clear();
    for (const [key, t] of Object.entries(state.slots)) {
      this.slots.set(key, tf.variable(t.raw, false));
      const name = key.slice(0, key.lastIndexOf('/'));
      this.paramSteps.set(name, state.paramSteps?.[name] ?? state.step);
    }
    for (const [name, t] of Object.entries(state.paramSteps ?? {})) this.paramSteps.set(name, t);
  }

  /** Frees the slots. */
  dispose(): void {
    for (const v of this.slots.values()) v.dispose();
    this.slots.clear();
    this.paramSteps.clear();
  }
}

/** Stochastic gradient descent, with optional momentum (PyTorch's form: v = mu v + g; p -= lr v). */
export class SGD<const O extends OptimizerOptions & { momentum?: number } = OptimizerOptions & { momentum?: number }> extends Optimizer {
  readonly momentum: number;
  constructor(options: O & OptimizerCheck<O>) {
    super(options);
    this.momentum = options.momentum ?? 0;
  }
  protected update(name: string, p: tf.Variable, g: tf.Tensor, t: number): void {
    if (this.momentum === 0) {
      p.assign(tf.sub(p, tf.mul(g, this.learningRate)));
      return;
    }
    const v = this.slot(name, 'momentum', p);
    const next = t === 1 ? g : tf.add(tf.mul(v, this.momentum), g);
    v.assign(next);
    p.assign(tf.sub(p, tf.mul(next, this.learningRate)));
  }
}

/** Adam's options; weightDecay in Adam is the coupled L2 form (added to the gradient). */
export interface AdamOptions extends OptimizerOptions {
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  weightDecay?: number;
}

/** Adam with bias correction (Kingma & Ba), as torch.optim.Adam. */
export class Adam<const O extends AdamOptions = AdamOptions> extends Optimizer {
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  readonly weightDecay: number;
  constructor(options: O & OptimizerCheck<O>) {
    super(options);
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.999;
    this.epsilon = options.epsilon ?? 1e-8;
    this.weightDecay = options.weightDecay ?? 0;
  }
  /** The gradient Adam's moments see (AdamW overrides this to leave out the decay). */
  protected effectiveGradient(_name: string, p: tf.Tensor, g: tf.Tensor): tf.Tensor {
    return this.weightDecay === 0 ? g : tf.add(g, tf.mul(p, this.weightDecay));
  }
  protected update(name: string, p: tf.Variable, g: tf.Tensor, t: number): void {
    const m = this.slot(name, 'm', p);
    const v = this.slot(name, 'v', p);
    // One fused kernel where it exists (wasm): the same bits as the chain below.
    const fused = adamStepRaw(p, g, m, v, {
      beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon, stepSize: this.learningRate / (1 - this.beta1 ** t),
      rootC2: Math.sqrt(1 - this.beta2 ** t), l2: this.weightDecay, decay: this.decayFactor(name, p.shape),
    });
    if (fused) {
      p.assign(fused[0]);
      m.assign(fused[1]);
      v.assign(fused[2]);
      return;
    }
    const grad = this.effectiveGradient(name, p, g);
    m.assign(tf.add(tf.mul(m, this.beta1), tf.mul(grad, 1 - this.beta1)));
    v.assign(tf.add(tf.mul(v, this.beta2), tf.mul(tf.square(grad), 1 - this.beta2)));
    const c1 = 1 - this.beta1 ** t;
    const c2 = 1 - this.beta2 ** t;
    const denom = tf.add(tf.div(tf.sqrt(v), Math.sqrt(c2)), this.epsilon);
    p.assign(tf.sub(this.decayed(name, p), tf.mul(tf.div(m, denom), this.learningRate / c1)));
  }
  /** The parameter before the Adam step (AdamW shrinks it here). */
  protected decayed(name: string, p: tf.Tensor): tf.Tensor {
    const factor = this.decayFactor(name, p.shape);
    return factor === 1 ? p : tf.mul(p, factor);
  }
  /** What the parameter is multiplied by before the Adam step: 1 (AdamW: 1 - lr * wd where it decays). */
  protected decayFactor(_name: string, _shape: readonly number[]): number {
    return 1;
  }
}

/** AdamW's options: which parameters decay (default: all); nanoGPT decays only matrices. */
export interface AdamWOptions extends Omit<AdamOptions, 'weightDecay'> {
  weightDecay?: number;
  decays?: (name: string, shape: readonly number[]) => boolean;
}

/** Adam with decoupled weight decay (Loshchilov & Hutter), as torch.optim.AdamW: p *= 1 - lr wd. */
export class AdamW<const O extends AdamWOptions = AdamWOptions> extends Adam {
  readonly decoupledWeightDecay: number;
  private readonly decays: (name: string, shape: readonly number[]) => boolean;
  constructor(options: O & OptimizerCheck<O>) {
    checkOptions(options);
    super({ ...options, weightDecay: 0 });
    this.decoupledWeightDecay = options.weightDecay ?? 0.01;
    this.decays = options.decays ?? (() => true);
  }
  protected override decayFactor(name: string, shape: readonly number[]): number {
    if (this.decoupledWeightDecay === 0 || !this.decays(name, shape)) return 1;
    return 1 - this.learningRate * this.decoupledWeightDecay;
  }
}

/**
 * Scales gradients so their global L2 norm is at most maxNorm (as torch.nn.utils.clip_grad_norm_).
 * Returns the new gradients (same layout and types) and the norm before clipping.
 */
export function clipByGlobalNorm<G extends Record<string, Tensor<Shape, 'float32', Device>>, const N extends number>(
  grads: G, maxNorm: CheckedLiteral<N, PositiveCheck<'clipByGlobalNorm', 'maxNorm', N>>,
): { grads: G; norm: number } {
  // 0 would zero every gradient and a negative bound flip them (the step would climb the loss).
  if (!(maxNorm > 0)) throw new Error(`clipByGlobalNorm: maxNorm must be > 0, got ${maxNorm}`);
  const keys = Object.keys(grads);
  // Read in place where the gradients sit on the wasm heap; else a Square, a Sum and a read-back each.
  const inPlace = sumOfSquaresRaw(keys.map((k) => grads[k].raw));
  const norm = Math.sqrt(inPlace ?? keys.reduce((total, k) => {
    const g = grads[k];
    return total + run(g.device, () => tf.tidy(() => tf.sum(tf.square(g.raw)).dataSync()[0]));
  }, 0));
  const scale = norm > maxNorm ? maxNorm / (norm + 1e-6) : 1;
  const out: Record<string, AnyTensor> = {};
  for (const k of keys) {
    const g = grads[k];
    out[k] = wrap('clipByGlobalNorm', run(g.device, () => (scale === 1 ? tf.clone(g.raw) : tf.mul(g.raw, scale))), g.device, g.shape, 'float32');
  }
  return { grads: out as G, norm };
}
