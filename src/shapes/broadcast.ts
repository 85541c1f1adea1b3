// NumPy broadcasting: align shapes at the right; each pair of dims must agree or one must be 1.
import type { SizeOf } from './dims.js';
import type { DimsAgree, FormatDim, FormatShape, IsDynamic, IsDynamicRank, Shape, Unify } from './core.js';

/** The broadcast of two dims, or false when they clash. A dynamic dim yields to a literal one. */
type BroadcastDim<A, B> =
  SizeOf<A> extends 1 ? B
  : SizeOf<B> extends 1 ? A
  : DimsAgree<A, B> extends false ? false
  : IsDynamic<A> extends true ? (IsDynamic<B> extends true ? Unify<A, B> : B)
  : IsDynamic<B> extends true ? A
  : Unify<A, B>;

type BroadcastFrom<Op extends string, A0 extends Shape, B0 extends Shape, A extends Shape, B extends Shape, Acc extends Shape> =
  A extends [...infer AR extends Shape, infer a]
    ? B extends [...infer BR extends Shape, infer b]
      ? [BroadcastDim<a, b>] extends [infer d extends number]
        ? BroadcastFrom<Op, A0, B0, AR, BR, [d, ...Acc]>
        : `${Op}: shapes ${FormatShape<A0>} and ${FormatShape<B0>} do not broadcast (${FormatDim<a>} vs ${FormatDim<b>})`
      : [...A, ...Acc]
    : [...B, ...Acc];

/**
 * The broadcast shape of A and B, or an error sentence naming Op and the clashing dims.
 * A shape of unknown rank makes the result `number[]` (checked at run time).
 */
export type Broadcast<A extends Shape, B extends Shape, Op extends string = 'broadcast'> =
  IsDynamicRank<A> extends true ? number[]
  : IsDynamicRank<B> extends true ? number[]
  : BroadcastFrom<Op, A, B, A, B, []>;
