// Ops that pick elements by value: topk (the k largest along the last axis, with their indices)
// and multinomial (seeded draws of class indices from logits).
import { tf } from './tf.js';
import type { ErrorOf, FirstError, Shape, ShapeOf } from '../shapes/core.js';
import type { CheckedLiteral, IsFraction, PositiveIntegerCheck } from '../shapes/literals.js';
import type { Multinomial, TopK, TopKFits } from '../shapes/layout.js';
import { multinomialShape, topkShape } from '../shapes/rules.js';
import type { Device } from './backend.js';
import type { DTypeIs, RankOnly, RankSentence, RawShape, Refused, ShapeArg } from './checks.js';
import { expectDType, oneHotRaw, run, wrap } from './internal.js';
import type { AnyTensor, DType, Kind, KindOf, NumericDType, Tensor } from './tensor.js';

declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    topk: In extends [infer S extends Shape, infer K extends number] ? ErrorOf<TopK<S, K>> : never;
  }
}
/** topk's k, checked (ShapeArg: the sentence over the user's dims in generic code). */
type TopKArg<S extends Shape, K extends number> = ShapeArg<'topk', [S, K], CheckedLiteral<K, TopKKCheck<S, K>>, S, TopK<RankOnly<S>, K>,
  `topk: k ${K} does not fit ${RawShape<S>}`>;

/** topk's k: a positive fraction is not a count (the run time's order: negative, then not an integer, then too large). */
type TopKKCheck<S extends Shape, K extends number> =
  IsFraction<K> extends true ? (`${K}` extends `-${string}` ? TopKFits<S, K> : `topk: k ${K} is not an integer`) : TopKFits<S, K>;

/** topk's result shape (the check, on k, has refused a sentence). */
type TopKShape<S extends Shape, K extends number> = TopK<S, K> extends infer R extends Shape ? R : never;

/**
 * topk's result: the values, largest first when sorted, and their int32 indices in the last axis. The values
 * keep the input's kind (a selection, as gather's): the top-k of softmax output are still probabilities, so
 * drawing from them with multinomial (which takes logits) or a loss on them is refused as for softmax output.
 */
export interface TopKResult<S extends Shape, D extends DType, Dev extends Device, K extends Kind = 'values'> {
  values: Tensor<S, D, Dev, K>;
  indices: Tensor<S, 'int32', Dev>;
}

/**
 * The k largest entries along the last axis and where they are (ties: the lower index first), as
 * tf.topk. On float tensors the values have a gradient: the output's gradient lands on the picked
 * entries (tfjs has no TopK gradient).
 */
export function topk<S extends Shape, D extends DType, Dev extends Device, const K extends number, Ki extends Kind = 'values'>(
  x: Tensor<S, D, Dev, Ki> & DTypeIs<'topk', D, NumericDType>, k: TopKArg<S, K>, sorted = true,
): TopKResult<TopKShape<S, K>, D, Dev, Ki> {
  expectDType('topk', x, ['float32', 'int32']);
  const out = topkShape(x.shape, k);
  const n = x.shape[x.shape.length - 1];
  const [values, indices] = run(x.device, () => {
    if (x.dtype !== 'float32') {
      const r = tf.topk(x.raw, k, sorted);
      return [r.values, r.indices];
    }
    // The indices come from a pass of their own: a customGrad function gives back only its value.
    const first = tf.topk(x.raw, k, sorted);
    first.values.dispose();
    const withGrad = tf.customGrad((...inputs) => {
      const [input, save] = inputs as [tf.Tensor, tf.GradSaveFunc];
      const r = tf.topk(input, k, sorted);
      save([r.indices]);
      r.indices.dispose();
      return {
        value: r.values,
        gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) =>
          // dx[..., j] = sum over picks p with index j of dy[..., p].
          tf.sum(tf.mul(tf.expandDims(dy as tf.Tensor, -1), oneHotRaw(saved[0], n, 1, 0, 'float32')), -2),
      };
    });
    return [withGrad(x.raw), first.indices];
  });
  return {
    values: wrap('topk', values, x.device, out, x.dtype),
    indices: wrap('topk', indices, x.device, out, 'int32'),
  };
}

type ShapeOfT<T> = T extends Tensor<infer S extends Shape, DType, Device, Kind> ? S : never;
// The shape is inferred, not matched against Shape: that match is undecidable for a user's type-parameter dims.
type DTypeOfT<T> = T extends Tensor<infer _S, infer D, Device, Kind> ? D : never;
type DeviceOfT<T> = T extends Tensor<infer _S, DType, infer Dev, Kind> ? Dev : never;
/** Probabilities are not logits: drawing from softmax output as if it were logits skews every draw. */
type NotProbabilitiesCheck<L> = 'probabilities' extends KindOf<L>
  ? 'multinomial: expects logits, got probabilities (softmax output); pass the scores from before softmax, or log(probabilities)'
  : unknown;

declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    /** multinomial(logits L, numSamples N). */
    multinomial: In extends [infer L, infer N extends number]
      ? FirstError<[NotProbabilitiesCheck<L>, DTypeIs<'multinomial', DTypeOfT<L>, 'float32', 'logits'>, ErrorOf<Multinomial<ShapeOfT<L>, N>>]> : never;
  }
}
/** multinomial's sentence in generic code: the kind's or dtype's (known there), else the rank's over the user's dims. */
type MultinomialSentence<L, N extends number> =
  FirstError<[NotProbabilitiesCheck<L>, DTypeIs<'multinomial', DTypeOfT<L>, 'float32', 'logits'>]> extends infer M extends string ? M
  : RankSentence<Multinomial<RankOnly<ShapeOfT<L>>, N>, ShapeOfT<L>, `multinomial: logits ${RawShape<ShapeOfT<L>>} must be [classes] or [batch, classes]`>;

/** multinomial's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface MultinomialFunction {
  <L extends AnyTensor, const N extends number>(
    logits: L & Refused<MultinomialSentence<L, N>, 'multinomial', [L, N]>,
    numSamples: CheckedLiteral<N, PositiveIntegerCheck<'multinomial', 'numSamples', N>>, seed?: number,
  ): Tensor<ShapeOf<Multinomial<ShapeOfT<L>, N>>, 'int32', DeviceOfT<L>, 'values'>;
}
// The body on any tensor: reading `L & Refused<...>` made tsc resolve the unevaluated check.
function multinomialImpl(logits: AnyTensor, numSamples: number, seed?: number): AnyTensor {
  expectDType('multinomial', logits, ['float32'], 'logits');
  const out = multinomialShape(logits.shape, numSamples);
  // tfjs draws with a seeded generator of its own when seed is given, and Math.random otherwise.
  const raw = run(logits.device, () => tf.multinomial(logits.raw as tf.Tensor1D | tf.Tensor2D, numSamples, seed));
  return wrap('multinomial', raw, logits.device, out, 'int32');
}
/**
 * numSamples class indices drawn (with replacement) from softmax(logits) for each row: logits
 * [classes] give [numSamples], [batch, classes] give [batch, numSamples]. A seed makes the draws
 * reproducible. Log-probabilities are logits too; probabilities (softmax output) are a compile error.
 */
export const multinomial: MultinomialFunction = multinomialImpl as unknown as MultinomialFunction;

// ---- As Tensor methods (installed by src/ops/methods.ts): the signatures above with the tensor as
// `this`. Kept beside the functions so a change to one is made to both; named types, so every tensor
// type shares them (inline members of Tensor's interface were instantiated per tensor type).
/** topk as a method. */
export type TopKMethod = <S extends Shape, D extends DType, Dev extends Device, const K extends number, Ki extends Kind = 'values'>(
  this: Tensor<S, D, Dev, Ki> & DTypeIs<'topk', D, NumericDType>, k: TopKArg<S, K>, sorted?: boolean,
) => TopKResult<TopKShape<S, K>, D, Dev, Ki>;
