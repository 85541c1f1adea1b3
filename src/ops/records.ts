// Records of named variables whose keys the compiler computed (a module's parameters): the one
// bridge from a record built at run time to its computed type.
import type { Shape } from '../shapes/core.js';
import type { Device } from './backend.js';
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
