// Products regrouped. a * (b * c), (a * b) * c and (a * c) * b are one size, but in generic code tsc
// relates two unevaluated products by the factors they were written with (see Groupings in
// arith.ts), so a user's `Mul<KV, Mul<Rep, Dh>>` is not the library's `Mul<Mul<KV, Rep>, Dh>`:
// regroup retypes one grouping as another, checked at run time.
import type { Groupings, IsLiteral, Mul } from '../shapes/arith.js';
import type { FormatDim, IsDynamic, Shape } from '../shapes/core.js';
import { formatShape, ShapeError } from '../shapes/rules.js';
import type { Device } from './backend.js';
import type { Refused } from './checks.js';
import { wrap } from './internal.js';
import type { AnyTensor, DType, Kind, Tensor } from './tensor.js';

/** unknown when dim D is A * B * C in one of its groupings (or is known only at run time), else M. */
type GroupingOr<D, A extends number, B extends number, C extends number, M> =
  [D] extends [Groupings<A, B, C>] ? unknown : IsDynamic<D> extends true ? unknown : M;
type GroupingMessage<Op extends string, D, A extends number, B extends number, C extends number> =
  `${Op}: last dim ${FormatDim<D>} is not ${FormatDim<A>} x ${FormatDim<B>} x ${FormatDim<C>}${ProductText<A, B, C>}`;
type ProductText<A extends number, B extends number, C extends number> =
  [IsLiteral<A>, IsLiteral<B>, IsLiteral<C>] extends [true, true, true] ? ` = ${Mul<Mul<A, B>, C>}` : '';
declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    /** A last dim D that must be A * B * C in some grouping, for op Op (regroup, Attention.forward, Block.forward). */
    grouping: In extends [infer Op extends string, infer D, infer A extends number, infer B extends number, infer C extends number]
      ? GroupingOr<D, A, B, C, GroupingMessage<Op, D, A, B, C>> : never;
  }
}
/**
 * The check of a layer's input whose last dim D must be A * B * C grouped any way (the sentence signature of
 * Attention.forward and Block.forward): unknown, or `Attention.forward: last dim 100 is not 2 x 2 x 32 = 128`.
 * In generic code it prints with the sentence over the user's dims first, as Refused does:
 * `GroupingCheck<`Attention.forward: last dim ${Mul<KV, Dh>} is not ${KV} x ${Rep} x ${Dh}`, ...>`. (Not
 * Refused itself: tsc relates a method parameter's check again when it verifies the class's `out`
 * annotations, and Refused's indexed access into Rules made that TS2589.)
 */
export type GroupingCheck<Op extends string, D, A extends number, B extends number, C extends number> =
  RefusedDim<`${Op}: last dim ${D & number} is not ${A} x ${B} x ${C}`, Op, D, A, B, C>;
type RefusedDim<Sentence extends string, Op extends string, D, A extends number, B extends number, C extends number> =
  [Sentence] extends [Sentence] ? GroupingOr<D, A, B, C, GroupingMessage<Op, D, A, B, C>> : GroupingOr<D, A, B, C, GroupingMessage<Op, D, A, B, C>>;

/**
 * x (not a copy) with its last dim, a * b * c grouped any way, typed as (a * b) * c (the library's
 * `ModelDim<a, b, c>`), or as the grouping of `like`'s last dim when given; checked at run time too.
 * `st.regroup(x, [kv, rep, dh])` turns a `Mul<KV, Mul<Rep, Dh>>` into a `Mul<Mul<KV, Rep>, Dh>`, and
 * `st.regroup(y, [kv, rep, dh], x)` turns it back into x's grouping. The first signature holds in
 * generic code; the second prints the sentence. `what` names the op in the run-time error (a layer's own name).
 */
/** regroup's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface RegroupFunction {
  // Without `like` the result's grouping is fixed, not a type parameter: inline as another call's argument, tsc
  // inferred one from the parameter's type there (the call's contextual type) and gave [never].
  <
    S extends Shape, A extends number, B extends number, C extends number, DT extends DType, Dev extends Device, K extends Kind,
  >(
    x: Tensor<[...S, NoInfer<Groupings<A, B, C>>], DT, Dev, K>, factors: readonly [A, B, C], like?: undefined, what?: string,
  ): Tensor<[...S, Mul<Mul<A, B>, C>], DT, Dev, K>;
  <
    S extends Shape, A extends number, B extends number, C extends number, DT extends DType, Dev extends Device, K extends Kind,
    D extends Groupings<A, B, C>,
  >(
    x: Tensor<[...S, NoInfer<Groupings<A, B, C>>], DT, Dev, K>, factors: readonly [A, B, C], like: Tensor<[...Shape, D], DType, Device, Kind>, what?: string,
  ): Tensor<[...S, D], DT, Dev, K>;
  <
    S extends Shape, X extends number, A extends number, B extends number, C extends number, DT extends DType, Dev extends Device, K extends Kind,
  >(
    x: Tensor<[...S, X], DT, Dev, K> & Refused<`regroup: last dim ${X} is not ${A} x ${B} x ${C}`, 'grouping', ['regroup', X, A, B, C]>,
    factors: readonly [A, B, C],
  ): Tensor<[...S, Mul<Mul<A, B>, C>], DT, Dev, K>;
}
function regroupImpl(x: AnyTensor, factors: readonly [number, number, number], like?: AnyTensor, what = 'regroup'): AnyTensor {
  const [a, b, c] = factors;
  const size = a * b * c;
  for (const [name, t] of [['x', x], ['like', like]] as const) {
    if (t === undefined) continue;
    const last = t.shape[t.shape.length - 1];
    if (last !== size) throw new ShapeError(`${what}: last dim ${last ?? '(none)'} is not ${a} x ${b} x ${c} = ${size} (${name} ${formatShape(t.shape)})`);
  }
  return wrap('regroup', x.raw, x.device, x.shape, x.dtype);
}
export const regroup: RegroupFunction = regroupImpl as unknown as RegroupFunction;
