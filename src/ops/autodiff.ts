// Memory scopes and automatic differentiation. Gradients keep their tensors' shapes and devices
// in the type: the gradient of a loss by a Tensor<[64, 128]> is a Tensor<[64, 128]>.
import { tf } from './tf.js';
import type { Shape } from '../shapes/core.js';
import type { Device } from './backend.js';
import { checkTrainable, wrap } from './internal.js';
import type { AnyTensor, DType, Kind, Tensor } from './tensor.js';
import type { Variable } from './variable.js';

/**
 * Runs fn and frees every tensor it made except those it returns (tensors may sit inside
 * returned arrays and objects). fn must not be async.
 */
export function tidy<T>(fn: () => T): T {
  let result: T | undefined;
  tf.tidy(() => {
    result = fn();
    if (result instanceof Promise) throw new Error('tidy: the function must not be async');
    return rawTensorsIn(result);
  });
  return result as T;
}
function rawTensorsIn(x: unknown, out: tf.Tensor[] = [], seen = new Set<unknown>()): tf.Tensor[] {
  if (x === null || typeof x !== 'object' || seen.has(x) || ArrayBuffer.isView(x)) return out;
  seen.add(x);
  if (x instanceof tf.Tensor) out.push(x);
  else if (Array.isArray(x)) for (const v of x) rawTensorsIn(v, out, seen);
  else if ('raw' in x && x.raw instanceof tf.Tensor) out.push(x.raw);
  else for (const v of Object.values(x)) rawTensorsIn(v, out, seen);
  return out;
}

/** Keeps a tensor made inside tidy alive after the scope ends. */
export function keep<T extends AnyTensor>(t: T): T {
  tf.keep(t.raw);
  return t;
}

/** Frees every tensor in x (a tensor, or arrays and objects of them). */
export function dispose(x: unknown): void {
  tf.dispose(rawTensorsIn(x));
}

/** Tensor counts and bytes held by the engine: use numTensors to check for leaks. */
export function memory(): { numTensors: number; numBytes: number } {
  const m = tf.memory();
  return { numTensors: m.numTensors, numBytes: m.numBytes };
}

/** The gradient type of a tensor: same shape and device, float32, no kind tag. */
export type GradOf<T> = T extends Tensor<infer S, DType, infer Dev, Kind> ? Tensor<S, 'float32', Dev> : never;
/** Gradients of a tuple, array or record of tensors, in the same layout. */
export type GradsOf<Xs> = { [K in keyof Xs]: GradOf<Xs[K]> };
/**
 * The gradients of named parameters P, as variableGrads returns them and an optimizer's apply takes them (the one
 * alias both use, so that passing one to the other is an identity). Sentence is for printing only: where one is
 * missing tsc prints `Property 'w2' is missing in type '...' but required in type 'Gradients<"optimizer: every
 * parameter passed needs its gradient; ...", { w: ...; w2: ... }>'`.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export type Gradients<Sentence extends string, P> = { [K in keyof P]: GradOf<P[K]> };
/** What a record of gradients says where it lacks one (see Gradients). */
export type GradientsSentence = 'optimizer: every parameter passed needs a gradient of its shape and device; to update only some, pass only those';
/** A scalar loss on any device. */
export type Loss = Tensor<[], 'float32', Device>;
/**
 * A Loss, as the gradient functions take one: printed with the sentence their run time throws, so a function that
 * returns the logits instead of their loss reads `... is not assignable to type 'ScalarLoss<"variableGrads: the
 * function must return a scalar loss (shape [])">'` (its kind is 'values', marked: a constant type argument).
 */
export type ScalarLoss<Sentence extends string> = Tensor<[], 'float32', Device, 'values' & LossCheck<Sentence>>;
declare const lossCheck: unique symbol;
/** Nothing to check (an optional key every value has), printed as the sentence; Sentence is for printing only. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export interface LossCheck<Sentence extends string> { readonly [lossCheck]?: true }
type LossSentence<Op extends string> = `${Op}: the function must return a scalar loss (shape [])`;

function rewrap(op: string, raw: tf.Tensor, like: AnyTensor): AnyTensor {
  return wrap<Shape, DType, Device>(op, raw, like.device, raw.shape, raw.dtype as DType);
}
function checkLoss(op: string, y: AnyTensor): tf.Scalar {
  if (y.shape.length !== 0) throw new Error(`${op}: the function must return a scalar loss (shape []), got [${y.shape.join(', ')}]`);
  return y.raw as tf.Scalar;
}

/**
 * value and gradients of f at xs: `valueAndGrads((w, b) => loss, [w, b])` gives
 * `{ value: Tensor<[]>, grads: [GradOf<w>, GradOf<b>] }`.
 */
export function valueAndGrads<const Xs extends readonly Tensor<Shape, 'float32', Device>[], L extends ScalarLoss<LossSentence<'valueAndGrads'>>>(
  f: (...xs: Xs) => L, xs: Xs,
): { value: L; grads: GradsOf<Xs> } {
  return valueAndGradsAs('valueAndGrads', f, xs);
}
/** valueAndGrads, its run-time sentence naming op (the function the user called). */
function valueAndGradsAs<const Xs extends readonly Tensor<Shape, 'float32', Device>[], L extends Loss>(
  op: string, f: (...xs: Xs) => L, xs: Xs,
): { value: L; grads: GradsOf<Xs> } {
  const { value, grads } = tf.valueAndGrads((...raws: tf.Tensor[]) =>
    checkLoss(op, f(...(raws.map((r, i) => rewrap(op, r, xs[i])) as unknown as Xs))))(xs.map((x) => x.raw));
  return {
    value: rewrap(op, value, xs[0]) as L,
    grads: grads.map((g, i) => rewrap(op, g, xs[i])) as unknown as GradsOf<Xs>,
  };
}

/** Gradients of f at xs, in the order of xs. */
export function grads<const Xs extends readonly Tensor<Shape, 'float32', Device>[]>(f: (...xs: Xs) => ScalarLoss<LossSentence<'grads'>>, xs: Xs): GradsOf<Xs> {
  const r = valueAndGradsAs('grads', f, xs);
  r.value.dispose();
  return r.grads;
}

/** The gradient function of a one-argument f: grad(f)(x) has x's type. */
export function grad<S extends Shape, Dev extends Device>(f: (x: Tensor<S, 'float32', Dev>) => ScalarLoss<LossSentence<'grad'>>): (x: Tensor<S, 'float32', Dev>) => Tensor<S, 'float32', Dev> {
  return (x) => {
    const r = valueAndGradsAs('grad', (t: Tensor<S, 'float32', Dev>) => f(t), [x] as const);
    r.value.dispose();
    return r.grads[0];
  };
}

/** value and gradient of a one-argument f. */
export function valueAndGrad<S extends Shape, Dev extends Device, L extends ScalarLoss<LossSentence<'valueAndGrad'>>>(f: (x: Tensor<S, 'float32', Dev>) => L): (x: Tensor<S, 'float32', Dev>) => { value: L; grad: Tensor<S, 'float32', Dev> } {
  return (x) => {
    const r = valueAndGradsAs('valueAndGrad', (t: Tensor<S, 'float32', Dev>) => f(t), [x] as const);
    return { value: r.value, grad: r.grads[0] };
  };
}

/** Named trainable variables. */
export type Params = Record<string, Variable<Shape, 'float32', Device>>;

/**
 * The loss f() and its gradient by each of the named variables, keyed like params:
 * `variableGrads(() => loss, { w, b })` gives `{ value, grads: { w: GradOf<w>, b: GradOf<b> } }`.
 */
export function variableGrads<P extends Params, L extends ScalarLoss<LossSentence<'variableGrads'>>>(f: () => L, params: P): { value: L; grads: Gradients<GradientsSentence, P> } {
  checkTrainable('variableGrads', params);
  const keys = Object.keys(params);
  const list = keys.map((k) => params[k].raw);
  const { value, grads: byName } = tf.variableGrads(() => checkLoss('variableGrads', f()), list);
  const out: Record<string, AnyTensor> = {};
  for (const k of keys) {
    const g: tf.Tensor | undefined = byName[params[k].raw.name];
    // The record is complete by type (GradsOf<P>): a parameter the loss does not reach is an error, not a hole.
    if (g === undefined) throw new Error(`variableGrads: the loss does not depend on parameter '${k}'; leave it out of the record`);
    out[k] = rewrap('variableGrads', g, params[k]);
  }
  const device = keys.length > 0 ? params[keys[0]] : undefined;
  const wrappedValue = device ? rewrap('variableGrads', value, device) : wrap('variableGrads', value, 'default', [], 'float32');
  return { value: wrappedValue as L, grads: out as Gradients<GradientsSentence, P> };
}
