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
