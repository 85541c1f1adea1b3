// Trainable state: a tensor whose values can be replaced in place, keeping its type.
import { tf } from './tf.js';
import type { Shape, Single } from '../shapes/core.js';
import { assertShape } from '../shapes/rules.js';
import type { DefaultDevice, Device } from './backend.js';
import { deviceOf, run, sameDType } from './internal.js';
import { Tensor, type DType, type Kind } from './tensor.js';

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

  /** Replaces the values; the new value must have the same shape, dtype and device. */
  assign(value: Tensor<S, D, Dev, Kind>): void {
    deviceOf('assign', this, value);
    sameDType('assign', this, value);
    assertShape('assign', value.shape, this.shape);
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
