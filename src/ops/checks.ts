// Type-level checks shared by the ops: each is `unknown` when it passes and the error sentence
// when it fails, so `param: Tensor<...> & Check` makes tsc print the sentence at the bad argument.
import type { IsFraction } from '../shapes/literals.js';
import type { Device } from './backend.js';
import type { DType } from './tensor.js';

/** The tensors of one op must live on one device. */
export type DeviceCheck<Op extends string, A extends Device, B extends Device> =
  [A] extends [B] ? ([B] extends [A] ? unknown : DeviceMessage<Op, A, B>) : DeviceMessage<Op, A, B>;
type DeviceMessage<Op extends string, A extends Device, B extends Device> =
  `${Op}: tensors are on different devices (${A} vs ${B}); move one with .to('${A}')`;

/** The operands of an arithmetic op must share a dtype (no silent upcasts). */
export type SameDTypeCheck<Op extends string, A extends DType, B extends DType> =
  [A] extends [B] ? ([B] extends [A] ? unknown : DTypeMessage<Op, A, B>) : DTypeMessage<Op, A, B>;
type DTypeMessage<Op extends string, A extends DType, B extends DType> =
  `${Op}: dtypes differ (${A} vs ${B}); cast one with cast(x, '${A}')`;

/** A tensor must have one of the allowed dtypes; Allowed prints as given, e.g. 'float32 or int32'. */
export type DTypeIs<Op extends string, D extends DType, Allowed extends DType, What extends string = 'tensor'> =
  [D] extends [Allowed] ? unknown : `${Op}: ${What} must be ${AllowedText<Allowed>}, got ${D}`;
type AllowedText<A extends DType> = [A] extends ['float32'] ? 'float32' : [A] extends ['int32'] ? 'int32' : [A] extends ['bool'] ? 'bool'
  : [A] extends ['float32' | 'int32'] ? 'float32 or int32' : 'float32, int32 or bool';

/**
 * A JS number operand takes the tensor's dtype: on an int32 tensor a literal fraction would become
 * an integer (0.5 -> 0, so `mul(counts, 0.5)` gives zeros). The sentence, or unknown.
 */
export type IntOperandCheck<Op extends string, D extends DType, N extends number> =
  [D] extends ['int32'] ? (IsFraction<N> extends true ? IntOperandMessage<Op, N> : unknown) : unknown;
type IntOperandMessage<Op extends string, N extends number> =
  `${Op}: ${N} is not an integer, but the tensor is int32 (the number would become ${N extends number ? IntPart<`${N}`> : never}); cast the tensor to float32 first`;
type IntPart<S extends string> = S extends `${infer I}.${string}` ? (I extends '-0' ? '0' : I) : '0';
