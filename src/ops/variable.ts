// Trainable state: a tensor whose values can be replaced in place, keeping its type.
import { tf } from './tf.js';
import type { Shape, Single } from '../shapes/core.js';
import { formatShape, ShapeError } from '../shapes/rules.js';
import type { DefaultDevice, Device } from './backend.js';
import { run } from './internal.js';
import { Tensor, type DType, type Kind } from './tensor.js';

declare const assignCheck: unique symbol;
/** Nothing to check (an optional key every object has), printed as the sentence; Sentence is for printing only. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export interface AssignCheck<Sentence extends string> { readonly [assignCheck]?: true }

let unnamed = 0;
/**
 * A default name no registered variable has. The counter restarts whenever this module is loaded
 * again (a test runner isolating files, hot reload); tfjs's registry of names does not.
 */
function freshName(): string {
  let name: string;
  do name = `shapetype_var_${unnamed++}`;
  while (tf.engine().registeredVariables[name] !== undefined);
  return name;
}

/**
 * A tensor that keeps its shape, dtype and device while its values are assigned. H, never written, is
 * the dtype and device as inference reads them (see Single), as on Tensor: a user's helper over two
 * variables infers one device, not a union of two.
 */
export class Variable<out S extends Shape = Shape, out D extends DType = 'float32', out Dev extends Device = DefaultDevice, H = Single<D, Dev>> extends Tensor<S, D, Dev> {
  declare readonly raw: tf.Variable;

  /** The unique name tfjs tracks the variable by. */
  get name(): string {
    return this.raw.name;
  }
  get trainable(): boolean {
    return this.raw.trainable;
  }

  /**
   * Replaces the values; the new value must have the same shape, dtype and device. (The parameter's
   * brand only prints the sentence: `... parameter of type 'Tensor<[8, 4], "float32", ...> & AssignCheck<...>'`.)
   */
  assign(value: Tensor<S, D, Dev, Kind> & AssignCheck<"Variable.assign: the value must have the variable's shape, dtype and device">): void {
    const fix = value.device !== this.device ? `; move it with .to('${this.device}')` : value.dtype !== this.dtype ? `; cast it with cast(x, '${this.dtype}')` : '';
    if (fix !== '' || formatShape(value.shape) !== formatShape(this.shape)) {
      const sentence = `Variable.assign: the value must have the variable's shape, dtype and device (${formatShape(this.shape)} ${this.dtype} on ${this.device}), got ${formatShape(value.shape)} ${value.dtype} on ${value.device}${fix}`;
      throw fix === '' ? new ShapeError(sentence) : new Error(sentence);
    }
    run(this.device, () => this.raw.assign(value.raw));
  }
}

/** A variable initialised with a copy of the tensor's values (the tensor stays usable). */
export function variable<S extends Shape, D extends DType, Dev extends Device>(
  initial: Tensor<S, D, Dev>, trainable = true, name?: string,
): Variable<S, D, Dev> {
  const raw = run(initial.device, () => tf.variable(initial.raw, trainable, name ?? freshName()));
  return new Variable(raw, initial.device, 'variable', initial.shape, initial.dtype);
}
