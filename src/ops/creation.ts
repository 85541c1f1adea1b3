// Creation ops: tensors from data, constants, random values and ranges.
import { tf } from './tf.js';
import type { CeilDiv, Compare, Product, Sub } from '../shapes/arith.js';
import type { CheckedLiteral } from '../shapes/literals.js';
import type { FormatShape, Shape } from '../shapes/core.js';
import type { IsFraction, LiteralCheck, TruncatedText } from '../shapes/literals.js';
import { formatShape, ShapeError } from '../shapes/rules.js';
import type { DefaultDevice, Device } from './backend.js';
import { isFraction, run, wrap } from './internal.js';
import type { AnyTensor, DType, Tensor } from './tensor.js';

/** S itself, in a form the compiler does not infer S from (NoInfer<S> would show in a tuple result's type). */
type NotInferred<S extends Shape> = [S] extends [infer X extends Shape] ? X : never;

/** Nested JS arrays of numbers or booleans, or a typed array. */
export type TensorValues = number | boolean | readonly TensorValues[] | Float32Array | Int32Array | Uint8Array;

/** The shape of nested array values: [2, 3] for [[1, 2, 3], [4, 5, 6]]. */
export type ValuesShape<V, Depth extends unknown[] = []> =
  Depth['length'] extends 8 ? number[]
  : V extends Float32Array | Int32Array | Uint8Array ? [number]
  : V extends readonly unknown[]
    ? number extends V['length'] ? [number, ...ValuesShape<V[number], [...Depth, unknown]>]
    : V extends readonly [infer H, ...unknown[]] ? [V['length'], ...ValuesShape<H, [...Depth, unknown]>] : [0]
  : [];
/** The dtype that values imply: bool for booleans, float32 otherwise. */
export type ValuesDType<V, Depth extends unknown[] = []> =
  Depth['length'] extends 8 ? 'float32'
  : V extends boolean ? 'bool' : V extends readonly (infer E)[] ? ValuesDType<E, [...Depth, unknown]> : 'float32';

/** The leaf values of nested literal values, flattened; number[] where a level's length is unknown. */
type FlatValues<V, Depth extends unknown[] = []> =
  Depth['length'] extends 8 ? number[]
  : V extends Float32Array | Int32Array | Uint8Array ? number[]
  : V extends readonly unknown[]
    ? number extends V['length'] ? number[]
    : V extends readonly [infer H, ...infer R] ? [...FlatValues<H, [...Depth, unknown]>, ...FlatValues<R, Depth>] : []
  : [V];
/**
 * (The count is matched as `{ length: infer N }`: `FlatValues<V>['length']` in a declaration made tsc
 * check 'length' against keyof the unevaluated FlatValues<V>, deriving its constraint.)
 * Literal values must fill the shape exactly: `tensor([1, 2, 3, 4, 5], [2, 3])`, and a ragged nested
 * literal (`[[1, 2], [3]]`, whose shape is read from the first row), give the run-time sentence.
 */
export type ValuesCheck<V, S extends Shape> =
  FlatValues<V> extends { readonly length: infer N extends number }
    ? (number extends N ? unknown
      : Product<S> extends infer P extends number
        ? ([P] extends [never] ? unknown : number extends P ? unknown : [N] extends [P] ? unknown
          : [S] extends [ValuesShape<V>] ? `tensor: ragged values: ${N} values, but rows like the first make ${FormatShape<S>} (${P})`
          : `tensor: ${N} values cannot fill shape ${FormatShape<S>} (${P})`)
        : unknown) extends infer C ? (C extends string ? C : NestingCheck<ValuesShape<V>, S>) : unknown
    : unknown;
/**
 * Nested values must be nested as the shape says (tfjs's rule, which it applies to nested arrays only):
 * each level but the last has the shape's dim, the last holds the remaining dims' product. Rows of 3
 * given the shape [3, 2] are refused (`tensor([[1, 2, 3], [4, 5, 6]], [3, 2])`); flat values take any shape.
 */
type NestingCheck<I extends Shape, S extends Shape> =
  I extends readonly [number] | readonly [] ? unknown
  : number extends I[number] | S[number] ? unknown
  : NestingFits<I, S> extends true ? unknown : `tensor: values nested as ${FormatShape<I>} do not fit shape ${FormatShape<S>}`;
type NestingFits<I extends Shape, S extends Shape> =
  I extends readonly [infer H extends number, ...infer R extends Shape]
    ? (R extends readonly [] ? ([Product<S>] extends [H] ? true : false)
      : S extends readonly [infer SH, ...infer SR extends Shape] ? ([H] extends [SH] ? NestingFits<R, SR> : false) : false)
    : true;

/** Literal values of an int32 tensor: the first fraction's sentence (tfjs truncates it), else unknown. */
type IntValuesCheck<V, D> = [D] extends ['int32'] ? (V extends readonly unknown[] ? (number extends V['length'] ? unknown
  : FirstFraction<FlatValues<V>> extends infer F ? ([F] extends [never] ? unknown : IntLiteralCheck<'tensor', 'value ', D, F>) : unknown) : unknown) : unknown;
type FirstFraction<L> = L extends readonly [infer H, ...infer R] ? (H extends number ? (IsFraction<H> extends true ? H : FirstFraction<R>) : FirstFraction<R>) : never;

type BadDim<S extends Shape> = S extends [infer H extends number, ...infer R extends Shape]
  ? (`${H}` extends `-${string}` | `${string}.${string}` ? H : BadDim<R>) : never;
/** A shape given to a creation op must hold non-negative integers. */
export type ShapeCheck<Op extends string, S extends Shape> = LiteralCheck<
  [BadDim<S>] extends [never] ? unknown : `${Op}: dim ${BadDim<S>} of ${FormatShape<S>} is not a size (a non-negative integer)`>;

function checkShape(op: string, shape: readonly number[]): void {
  const bad = shape.find((d) => !Number.isInteger(d) || d < 0);
  if (bad !== undefined) throw new ShapeError(`${op}: dim ${bad} of ${formatShape(shape)} is not a size (a non-negative integer)`);
}

function flatten(v: TensorValues, out: (number | boolean)[]): void {
  if (typeof v === 'number' || typeof v === 'boolean') out.push(v);
  else if (isTypedArray(v)) for (let i = 0; i < v.length; i++) out.push(v[i]);
  else for (const x of v) flatten(x, out);
}
function inferShape(v: TensorValues): number[] {
  if (typeof v === 'number' || typeof v === 'boolean') return [];
  if (isTypedArray(v)) return [v.length];
  return v.length === 0 ? [0] : [v.length, ...inferShape(v[0])];
}
/** tfjs's rule for nested values given a shape: every level but the last is the shape's dim, the last the rest's product. */
function nestingFits(nested: readonly number[], shape: readonly number[]): boolean {
  const last = nested.length - 1;
  return nested.every((d, i) => (i < last ? d === shape[i] : d === shape.slice(i).reduce((p, x) => p * x, 1)));
}
function isTypedArray(v: TensorValues): v is Float32Array | Int32Array | Uint8Array {
  return v instanceof Float32Array || v instanceof Int32Array || v instanceof Uint8Array;
}

/** tensor's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface TensorFunction {
  <
    const V extends TensorValues,
    const S extends Shape = ValuesShape<V>,
    D extends DType = ValuesDType<V>,
    Dev extends Device = DefaultDevice,
  >(values: V & ValuesCheck<V, S>, shape?: S & ShapeCheck<'tensor', S>, dtype?: CheckedLiteral<D, IntValuesCheck<V, D>>, device?: Dev): Tensor<NotInferred<S>, NoInfer<D>, NoInfer<Dev>>;
}
// The body on plain values: reading `V & ValuesCheck<V, S>` made tsc resolve the unevaluated checks.
function tensorImpl(values: TensorValues, shape?: Shape, dtype?: DType, device?: Device): AnyTensor {
  const dev = device ?? 'default';
  if (isTypedArray(values)) {
    // Typed arrays go to tfjs as they are: no copy through a JS array (checkpoints load this way).
    const target: number[] = shape ?? [values.length];
    checkShape('tensor', target);
    const count = target.reduce((p, d) => p * d, 1);
    if (values.length !== count) throw new ShapeError(`tensor: ${values.length} values cannot fill shape ${formatShape(target)} (${count})`);
    const dt: DType = dtype ?? 'float32';
    const raw = run(dev, () => tf.tensor(values, target, dt));
    return wrap('tensor', raw, dev, target, dt);
  }
  const flat: (number | boolean)[] = [];
  flatten(values, flat);
  const nested = inferShape(values);
  const target: number[] = shape ?? nested;
  checkShape('tensor', target);
  const count = target.reduce((p, d) => p * d, 1);
  if (flat.length !== count) {
    if (formatShape(target) === formatShape(nested)) {
      throw new ShapeError(`tensor: ragged values: ${flat.length} values, but rows like the first make ${formatShape(target)} (${count})`);
    }
    throw new ShapeError(`tensor: ${flat.length} values cannot fill shape ${formatShape(target)} (${count})`);
  }
  if (shape !== undefined && nested.length > 1 && !nestingFits(nested, target)) {
    throw new ShapeError(`tensor: values nested as ${formatShape(nested)} do not fit shape ${formatShape(target)}`);
  }
  const dt: DType = dtype ?? (flat.length > 0 && typeof flat[0] === 'boolean' ? 'bool' : 'float32');
  if (dt === 'int32') checkIntLiteral('tensor', 'value ', dt, flat.find((v) => typeof v === 'number' && isFraction(v)));
  const numbers = flat.map((x) => (typeof x === 'boolean' ? (x ? 1 : 0) : x));
  const raw = run(dev, () => tf.tensor(numbers, target, dt));
  return wrap('tensor', raw, dev, target, dt);
}
/**
 * A tensor from values: nested arrays (shape inferred, `tensor([[1, 2], [3, 4]])` is
 * `Tensor<[2, 2]>`) or flat values with a shape (`tensor(data, [2, 3])`).
 */
export const tensor: TensorFunction = tensorImpl as unknown as TensorFunction;

/** scalar's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface ScalarFunction {
  <V extends number | boolean, D extends DType = ValuesDType<V>, Dev extends Device = DefaultDevice>(
    value: CheckedLiteral<V, IntLiteralCheck<'scalar', '', D, V>>, dtype?: D, device?: Dev,
  ): Tensor<[], NoInfer<D>, NoInfer<Dev>>;
}
// The bodies of scalar and range on plain values: reading the checked parameters costs instantiations.
function scalarImpl(value: number | boolean, dtype?: DType, device?: Device): AnyTensor {
  const dev = device ?? 'default';
  const dt: DType = dtype ?? (typeof value === 'boolean' ? 'bool' : 'float32');
  checkIntLiteral('scalar', '', dt, value);
  const raw = run(dev, () => tf.scalar(typeof value === 'boolean' ? Number(value) : value, dt));
  return wrap('scalar', raw, dev, [], dt);
}
/** A tensor of shape [] holding one value (a literal fraction as int32 is refused: tfjs would truncate it). */
export const scalar: ScalarFunction = scalarImpl as unknown as ScalarFunction;

function create<S extends Shape, D extends DType, Dev extends Device>(
  op: string, shape: readonly number[], dtype: DType, device: Device | undefined, make: () => tf.Tensor,
): Tensor<S, D, Dev> {
  checkShape(op, shape);
  const dev = device ?? 'default';
  return wrap(op, run(dev, make), dev as Dev, shape, dtype);
}

/** A tensor of zeros. */
export function zeros<const S extends Shape, D extends DType = 'float32', Dev extends Device = DefaultDevice>(
  shape: S & ShapeCheck<'zeros', S>, dtype?: D, device?: Dev,
): Tensor<S, NoInfer<D>, NoInfer<Dev>> {
  const dt: DType = dtype ?? 'float32';
  return create('zeros', shape, dt, device, () => tf.zeros(shape, dt));
}

/** A tensor of ones. */
export function ones<const S extends Shape, D extends DType = 'float32', Dev extends Device = DefaultDevice>(
  shape: S & ShapeCheck<'ones', S>, dtype?: D, device?: Dev,
): Tensor<S, NoInfer<D>, NoInfer<Dev>> {
  const dt: DType = dtype ?? 'float32';
  return create('ones', shape, dt, device, () => tf.ones(shape, dt));
}

/** A tensor with every element equal to value. */
export function fill<const S extends Shape, const V extends number, D extends DType = 'float32', Dev extends Device = DefaultDevice>(
  shape: S & ShapeCheck<'fill', S>, value: CheckedLiteral<V, IntValueCheck<'fill', D, V>>, dtype?: D, device?: Dev,
): Tensor<S, NoInfer<D>, NoInfer<Dev>> {
  const dt: DType = dtype ?? 'float32';
  if (dt === 'int32' && isFraction(value)) {
    throw new ShapeError(`fill: ${value} is not an integer, but the dtype is int32 (every value would become ${Math.trunc(value)}); fill a float32 tensor`);
  }
  return create('fill', shape, dt, device, () => tf.fill(shape, value, dt));
}
/** A literal fraction as the value of an int32 tensor (tfjs truncates it: 0.5 becomes 0): the sentence, or unknown. */
export type IntValueCheck<Op extends string, D extends DType, V extends number> =
  [D] extends ['int32'] ? (IsFraction<V> extends true ? `${Op}: ${V} is not an integer, but the dtype is int32 (every value would become ${TruncatedText<V>}); fill a float32 tensor` : unknown) : unknown;
/**
 * A literal fraction given where the dtype is int32 (scalar's value, a tensor's values, range's start or
 * step): tfjs truncates it (`range(0, 5, 0.5, 'int32')` is ten zeros). The sentence, or unknown.
 */
export type IntLiteralCheck<Op extends string, What extends string, D, V> =
  [D] extends ['int32'] ? (V extends number ? (IsFraction<V> extends true
    ? `${Op}: ${What}${V} is not an integer, but the dtype is int32 (it would become ${TruncatedText<V>}); pass dtype 'float32'` : unknown) : unknown)
  : unknown;
/** IntLiteralCheck's run-time twin. */
function checkIntLiteral(op: string, what: string, dtype: DType, v: unknown): void {
  if (dtype === 'int32' && typeof v === 'number' && isFraction(v)) {
    throw new ShapeError(`${op}: ${what}${v} is not an integer, but the dtype is int32 (it would become ${Math.trunc(v)}); pass dtype 'float32'`);
  }
}

/** Normally distributed values; a seed makes them reproducible. */
export function randomNormal<const S extends Shape, Dev extends Device = DefaultDevice>(
  shape: S & ShapeCheck<'randomNormal', S>, mean = 0, stdDev = 1, dtype: 'float32' = 'float32', seed?: number, device?: Dev,
): Tensor<S, 'float32', NoInfer<Dev>> {
  return create('randomNormal', shape, 'float32', device, () => tf.randomNormal(shape, mean, stdDev, dtype, seed));
}

/** Uniformly distributed values in [minval, maxval); a seed makes them reproducible. */
export function randomUniform<const S extends Shape, Dev extends Device = DefaultDevice>(
  shape: S & ShapeCheck<'randomUniform', S>, minval = 0, maxval = 1, dtype: 'float32' = 'float32', seed?: number, device?: Dev,
): Tensor<S, 'float32', NoInfer<Dev>> {
  return create('randomUniform', shape, 'float32', device, () => tf.randomUniform(shape, minval, maxval, dtype, seed));
}

/** Normal values with those beyond two standard deviations redrawn; a seed makes them reproducible. */
export function truncatedNormal<const S extends Shape, Dev extends Device = DefaultDevice>(
  shape: S & ShapeCheck<'truncatedNormal', S>, mean = 0, stdDev = 1, dtype: 'float32' = 'float32', seed?: number, device?: Dev,
): Tensor<S, 'float32', NoInfer<Dev>> {
  return create('truncatedNormal', shape, 'float32', device, () => tf.truncatedNormal(shape, mean, stdDev, dtype, seed));
}

/** The length of range(start, stop, step): known to the compiler for non-negative integer literals. */
export type RangeLength<Start extends number, Stop extends number, Step extends number> =
  number extends Start | Stop | Step ? number
  : `${Start}${Stop}${Step}` extends `${string}${'-' | '.'}${string}` ? number
  : Step extends 0 ? number
  : Compare<Stop, Start> extends 'gt' ? CeilDiv<Sub<Stop, Start>, Step> : 0;

/**
 * The length of range(start, stop, step) as the result's dim: for range(0, stop) (step 1) it is stop
 * itself, so that `range(0, t)` over a type parameter t is [T] in generic code (the test is on start
 * and step only, which are literals there); otherwise RangeLength.
 */
export type RangeDim<Start extends number, Stop extends number, Step extends number> =
  [Start, Step] extends [0, 1] ? Stop : RangeLength<Start, Stop, Step>;
/** range(0, stop)'s check of a literal stop: its length is stop, so stop must be a size. */
export type RangeStopCheck<Start extends number, Stop extends number, Step extends number> =
  [Start, Step] extends [0, 1]
    ? (`${Stop}` extends `${string}${'-' | '.' | 'e'}${string}` ? `range: stop ${Stop} of range(0, stop) is not a size (a non-negative integer)` : unknown)
    : unknown;

/** range's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface RangeFunction {
  <const Start extends number, const Stop extends number, const Step extends number = 1, D extends 'float32' | 'int32' = 'float32', Dev extends Device = DefaultDevice>(
    start: CheckedLiteral<Start, IntLiteralCheck<'range', 'start ', D, Start>>, stop: CheckedLiteral<Stop, RangeStopCheck<Start, Stop, NoInfer<Step>>>,
    step?: CheckedLiteral<Step, [Step] extends [0] ? 'range: step must not be 0' : IntLiteralCheck<'range', 'step ', D, Step>>, dtype?: D, device?: Dev,
  ): Tensor<[RangeDim<Start, Stop, NoInfer<Step>>], NoInfer<D>, NoInfer<Dev>>;
}
function rangeImpl(start: number, stop: number, step?: number, dtype?: 'float32' | 'int32', device?: Device): AnyTensor {
  const dt = dtype ?? 'float32';
  const st = step ?? 1;
  if (st === 0) throw new Error('range: step must not be 0');
  checkIntLiteral('range', 'start ', dt, start);
  checkIntLiteral('range', 'step ', dt, st);
  if (start === 0 && st === 1 && !(Number.isInteger(stop) && stop >= 0)) {
    throw new Error(`range: stop ${stop} of range(0, stop) is not a size (a non-negative integer)`);
  }
  const n = Math.max(0, Math.ceil((stop - start) / st));
  return create('range', [n], dt, device, () => tf.range(start, stop, st, dt));
}
/** Numbers from start (inclusive) to stop (exclusive) by step: `range(0, 5)` is Tensor<[5]>, `range(0, t)` is [T]. */
export const range: RangeFunction = rangeImpl as unknown as RangeFunction;
