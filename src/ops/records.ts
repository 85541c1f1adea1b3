// Records of named variables whose keys the compiler computed (a module's parameters): the one
// bridge from a record built at run time to its computed type.
import type { Shape } from '../shapes/core.js';
import { formatShape } from '../shapes/rules.js';
import type { Device } from './backend.js';
import type { AnyTensor, Kind, Tensor } from './tensor.js';
import { Variable } from './variable.js';

/** A float32 variable on any device: what a model trains. */
export type AnyParameter = Variable<Shape, 'float32', Device>;

/**
 * The record R of (name, variable) pairs found at run time by the traversal its type mirrors
 * (src/module). Checked here: every value is a float32 Variable, every name appears once.
 */
export function parameterRecord<R>(where: string, entries: Iterable<readonly [string, unknown]>): R {
  const out: Record<string, AnyParameter> = {};
  for (const [name, v] of entries) {
    if (!(v instanceof Variable) || v.dtype !== 'float32') throw new Error(`${where}: '${name}' is not a float32 variable`);
    if (Object.hasOwn(out, name)) throw new Error(`${where}: two parameters are named '${name}'`);
    out[name] = v;
  }
  return out as R;
}

/**
 * N values of T, with the count in the type when N is a literal: a model's list of blocks. The
 * count is a property (covariant: a list of 2 is a list of `number`), so a module's parameter
 * record names each element (`layers.0...`, `layers.1...`) and a model with another count does not fit.
 * An interface declared `out` rather than `readonly T[] & { length: N }`: tsc checks the covariance once
 * here instead of computing the alias's variance (through every array method) in each checker.
 */
export interface ListOf<out N extends number, out T> extends ReadonlyArray<T> {
  readonly length: N;
}

/** `[make(0), ..., make(n - 1)]` with its count n in the type (n checked: a non-negative integer). */
export function listOf<N extends number, T>(where: string, n: N, make: (i: number) => T): ListOf<N, T> {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${where}: a count must be a non-negative integer, got ${n}`);
  const list = Array.from({ length: n }, (_, i) => make(i));
  if (!hasLength(list, n)) throw new Error(`${where}: made ${list.length} values, not ${n}`);
  return list;
}
function hasLength<N extends number, T>(list: readonly T[], n: N): list is ListOf<N, T> {
  return list.length === n;
}

/** A record of float32 tensors (parameters, gradients, another instance's parameters). */
type FloatRecord = Record<string, Tensor<Shape, 'float32', Device, Kind>>;
/** What forEachPair's f gets for a member of the first record: a Variable stays one (so f can assign it). */
type PairSlot<V, S extends Shape, Dev extends Device> = V extends Variable<Shape, 'float32', Device> ? Variable<S, 'float32', Dev> : Tensor<S, 'float32', Dev>;
/** The second record of forEachPair: every name of A, each a float32 tensor of that member's shape and device. */
export type PairedWith<A> = { [K in keyof A]: A[K] extends Tensor<infer S extends Shape, 'float32', infer Dev, Kind> ? Tensor<S, 'float32', Dev, Kind> : never };

/**
 * Calls f on each pair of same-named tensors of two records of one layout: a model's parameters and another
 * instance's (an EMA teacher, weight averaging), or parameters and their gradients. Each call is typed by its
 * name's own shape and device, which a loop over `Object.keys` cannot give (TypeScript types `a[k]` there as the
 * union of every member, so `emaUpdate(teacher[k], student[k])` is refused). A record of another layout (a wider
 * model, a missing name) is refused at compile time, and at run time with extra names too.
 */
export function forEachPair<A extends FloatRecord>(
  a: A, b: PairedWith<A>,
  f: <S extends Shape, Dev extends Device>(x: PairSlot<A[keyof A], S, Dev>, y: Tensor<S, 'float32', Dev>, name: string) => void,
): void {
  const bs: Record<string, AnyTensor> = b;
  for (const name of Object.keys(bs)) if (!Object.hasOwn(a, name)) throw new Error(`forEachPair: '${name}' is in the second record only`);
  for (const name of Object.keys(a)) {
    const x = a[name], y = bs[name];
    if (y === undefined) throw new Error(`forEachPair: '${name}' is missing from the second record`);
    if (formatShape(x.shape) !== formatShape(y.shape) || x.dtype !== y.dtype || x.device !== y.device) {
      throw new Error(`forEachPair: '${name}' is ${formatShape(x.shape)} ${x.dtype} on ${x.device} in the first record, ${formatShape(y.shape)} ${y.dtype} on ${y.device} in the second`);
    }
  }
  // The checks above are what the callback's one shape per call stands for.
  const each = f as (x: AnyTensor, y: AnyTensor, name: string) => void;
  for (const name of Object.keys(a)) each(a[name], bs[name], name);
}
