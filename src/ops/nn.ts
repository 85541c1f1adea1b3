// Neural-network ops: softmax and logSoftmax (tagged with what their numbers mean), the sparse
// softmax cross-entropy loss, dropout, the causal mask and bias, and scaled dot-product attention.
import { tf } from './tf.js';
import type { Compare, IsLiteral, Mul } from '../shapes/arith.js';
import type { CheckedArg, DimsAgree, ErrorOf, FirstError, FormatDim, FormatShape, NormAxis, Shape } from '../shapes/core.js';
import type { CheckedLiteral, LiteralCheck, NonNegativeCheck, RateCheck } from '../shapes/literals.js';
import { formatShape, normAxis, ShapeError } from '../shapes/rules.js';
import type { DefaultDevice, Device } from './backend.js';
import type { AgreeOr, DeviceCheck, InitDims, RawShape, Refused, RefusedArg, RunTimeDim, RunTimeRank, Same, SameDevice, DTypeIs } from './checks.js';
import { deviceOf, expectDType, oneHotRaw, run, wrap } from './internal.js';
import { batchMatMulRaw, causalSoftmaxRaw, rotateHeadsApplies, rotateHeadsRaw, columnSumsRaw, rmsNormBackwardRaw, softmaxGradRaw, rmsNormForwardRaw, rotateRaw, softmaxCrossEntropyApplies, softmaxCrossEntropyGradRaw, softmaxCrossEntropyRaw, swigluBackwardRaw, swigluForwardRaw } from './kernels.js';
import type { LayerCheck } from '../layers/checks.js';
import type { AnyTensor, DType, DTypeOfTensor, Kind, KindOf, LogitKind, LogProbabilities, Probabilities, Tensor } from './tensor.js';

type AxisCheck<Op extends string, S extends Shape, A extends number> =
  [NormAxis<S['length'], A>] extends [never] ? `${Op}: axis ${A} is out of range for ${FormatShape<S>}` : unknown;
/** The axis sentence in generic code, over the user's dims. */
type AxisSentence<Op extends string, S, A extends number> = `${Op}: axis ${A} is out of range for ${RawShape<S>}`;
declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    /** An axis A of [S] (softmax, logSoftmax). */
    axis: In extends [infer Op extends string, infer S extends Shape, infer A extends number] ? AxisCheck<Op, S, A> : never;
  }
}

/** Applies fn along the last axis after moving `axis` there (tfjs's kernels only take the last axis). */
function alongAxis(x: tf.Tensor, axis: number, fn: (t: tf.Tensor) => tf.Tensor): tf.Tensor {
  const last = x.rank - 1;
  if (axis === last) return fn(x);
  const perm = Array.from({ length: x.rank }, (_, i) => i);
  [perm[axis], perm[last]] = [perm[last], perm[axis]];
  return tf.tidy(() => tf.transpose(fn(tf.transpose(x, perm)), perm));
}

/** exp(x) normalised to sum to 1 along dim (default the last). The result is tagged as probabilities. */
export function softmax<S extends Shape, D extends DType, Dev extends Device, const A extends number = -1>(
  logits: Tensor<S, D, Dev, Kind> & DTypeIs<'softmax', D, 'float32'>, dim?: RefusedArg<AxisSentence<'softmax', S, A>, 'axis', ['softmax', S, A], A>,
): Probabilities<S, Dev> {
  expectDType('softmax', logits, ['float32']);
  const axis = normAxis('softmax', logits.shape, dim ?? -1);
  const raw = run(logits.device, () => alongAxis(logits.raw, axis, (t) => tf.softmax(t)));
  return wrap<S, 'float32', Dev, 'probabilities'>('softmax', raw, logits.device, logits.shape, 'float32');
}

/** log(softmax(x)) computed stably along dim (default the last). Tagged as log-probabilities. */
export function logSoftmax<S extends Shape, D extends DType, Dev extends Device, const A extends number = -1>(
  logits: Tensor<S, D, Dev, Kind> & DTypeIs<'logSoftmax', D, 'float32'>, dim?: RefusedArg<AxisSentence<'logSoftmax', S, A>, 'axis', ['logSoftmax', S, A], A>,
): LogProbabilities<S, Dev> {
  expectDType('logSoftmax', logits, ['float32']);
  const axis = normAxis('logSoftmax', logits.shape, dim ?? -1);
  const raw = run(logits.device, () => alongAxis(logits.raw, axis, (t) => tf.logSoftmax(t)));
  return wrap<S, 'float32', Dev, 'log-probabilities'>('logSoftmax', raw, logits.device, logits.shape, 'float32');
}

type ShapeOfT<T> = T extends Tensor<infer S extends Shape, DType, Device, Kind> ? S : never;
type DeviceOfT<T> = T extends Tensor<infer _S, DType, infer Dev, Kind> ? Dev : never;

type AttentionShapeMessage<Name extends string, S extends Shape> = `scaledDotProductAttention: ${Name} must be [batch, heads, time, headDim], got ${FormatShape<S>}`;
/** The checked attention signature's sentences (the same the run-time check throws). */
type AttentionCheck<SQ extends Shape, SK extends Shape, SV extends Shape, Rep extends number> =
  SQ extends [infer b, infer h, unknown, infer dh]
    ? SK extends [infer kb, infer kvh extends number, unknown, infer kdh]
      ? SameShape<SK, SV> extends false ? `scaledDotProductAttention: k ${FormatShape<SK>} and v ${FormatShape<SV>} differ`
      : [DimsAgree<kb, b>, DimsAgree<kdh, dh>] extends [true, true]
        ? (DimsAgree<Mul<kvh, Rep>, h> extends true ? unknown
          : `scaledDotProductAttention: q has ${FormatDim<h>} heads, not ${FormatDim<kvh>} key/value heads x ${FormatDim<Rep>} repeats`)
        : `scaledDotProductAttention: k ${FormatShape<SK>} does not match q ${FormatShape<SQ>} in batch or headDim`
      : AttentionShapeMessage<'k', SK>
    : AttentionShapeMessage<'q', SQ>;
declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    /** rmsNorm(x [S], weight [W]). */
    rmsNorm: In extends [infer S extends Shape, infer W extends Shape, infer Dev extends Device, infer DevW extends Device, infer D]
      ? SameDevice<'rmsNorm', Dev, DevW, RmsWeightCheck<S, W, D>> : never;
    /** scaledDotProductAttention(q [SQ], k [SK], v [SV], { repeats: Rep }). */
    scaledDotProductAttention: In extends [infer SQ extends Shape, infer SK extends Shape, infer SV extends Shape, infer Rep extends number, infer Dev extends Device, infer DevK extends Device]
      ? FirstError<[DeviceCheck<'scaledDotProductAttention', Dev, DevK>, AttentionCheck<SQ, SK, SV, Rep>]> : never;
  }
}
/** Attention's sentence in generic code: the three shapes, with the dims as the user named them. */
type AttentionSentence<SQ, SK, SV, Rep> =
  `scaledDotProductAttention: q ${RawShape<SQ>}, k ${RawShape<SK>} and v ${RawShape<SV>} do not fit q [batch, heads, time, headDim], k and v [batch, kvHeads, keys, headDim] with heads = kvHeads x repeats (${Rep & number})`;
/** rmsNorm's weight must be [D] for x [..., D]. */
/** (D is x's last dim, inferred by the signature; a chain of tests on the inputs, see AgreeOr.) */
type RmsWeightCheck<S extends Shape, W extends Shape, D> =
  S extends [] ? `rmsNorm: x must have rank >= 1, got ${FormatShape<S>}`
  : W extends [unknown] ? AgreeOr<W[0], D, RmsWeightMessage<S, W, D>> : RmsWeightMessage<S, W, D>;
type RmsWeightMessage<S extends Shape, W extends Shape, D> = `rmsNorm: weight ${FormatShape<W>} does not match the last dim ${FormatDim<D>} of x ${FormatShape<S>}`;

/** Logits must not be softmax output: that was the first bug of the "Llama from scratch" post. */
type LogitsCheck<L> = [DTypeOfTensor<L>] extends ['float32']
  ? ('probabilities' extends KindOf<L>
    ? 'sparseSoftmaxCrossEntropy: expects logits, got probabilities (softmax output); pass the scores from before softmax'
    : unknown)
  // Not float32 (the labels passed first, say): the dtype's sentence, not the kind's.
  : DTypeIs<'sparseSoftmaxCrossEntropy', DTypeOfTensor<L>, 'float32', 'logits'>;
type LabelsCheck<SL extends Shape, SY extends Shape> =
  SL extends [...infer Lead extends Shape, unknown]
    ? SameShape<Lead, SY> extends true ? unknown
    : `sparseSoftmaxCrossEntropy: labels ${FormatShape<SY>} must have the logits' shape without the class dim, ${FormatShape<Lead>}`
    : `sparseSoftmaxCrossEntropy: logits must have a class dim, got ${FormatShape<SL>}`;
type SameShape<A extends Shape, B extends Shape> = number extends A['length'] | B['length'] ? true
  : A extends [infer a, ...infer AR extends Shape] ? (B extends [infer b, ...infer BR extends Shape] ? (DimsAgree<a, b> extends true ? SameShape<AR, BR> : false) : false)
  : B extends [] ? true : false;
declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    /** sparseSoftmaxCrossEntropy's labels [SY] (dtype DY, device DevY) against the logits L. */
    sparseSoftmaxCrossEntropy: In extends [infer L, infer SY extends Shape, infer DY extends DType, infer DevY extends Device]
      ? FirstError<[DeviceCheck<'sparseSoftmaxCrossEntropy', DeviceOfT<L>, DevY>, DTypeIs<'sparseSoftmaxCrossEntropy', DY, 'int32', 'labels'>, ErrorOf<LabelsCheck<ShapeOfT<L>, SY>>]>
      : never;
  }
}
/** The labels' sentence in generic code, over the user's dims. */
type LabelsSentence<SL, SY> = `sparseSoftmaxCrossEntropy: labels ${RawShape<SY>} must have the logits' shape without the class dim, ${RawShape<InitDims<SL>>}`;
type LossShape<SL extends Shape, R> = R extends 'none' ? (SL extends [...infer Lead extends Shape, unknown] ? Lead : number[]) : [];

/** sparseSoftmaxCrossEntropy's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface SparseSoftmaxCrossEntropyFunction {
  <B extends Shape, C extends number, Dev extends Device>(
    logits: Tensor<[...B, C], 'float32', Dev, LogitKind>, labels: Tensor<B, 'int32', NoInfer<Same<Dev>>, Kind>, reduction?: 'mean',
  ): Tensor<[], 'float32', Dev>;
  <B extends Shape, C extends number, Dev extends Device>(
    logits: Tensor<[...B, C], 'float32', Dev, LogitKind>, labels: Tensor<B, 'int32', NoInfer<Same<Dev>>, Kind>, reduction: 'none',
  ): Tensor<B, 'float32', Dev>;
  <L extends Tensor<Shape, DType, Device, Kind>, SY extends Shape, DY extends DType, DevY extends Device, R extends 'mean' | 'none' = 'mean'>(
    logits: L & LogitsCheck<L>,
    labels: Tensor<SY, DY, DevY, Kind> & Refused<LabelsSentence<ShapeOfT<L>, SY>, 'sparseSoftmaxCrossEntropy', [L, SY, DY, DevY]>,
    reduction?: R,
  ): Tensor<LossShape<ShapeOfT<L>, R>, 'float32', DeviceOfT<L>>;
}
function sparseSoftmaxCrossEntropyImpl(logits: AnyTensor, labels: AnyTensor, reduction?: 'mean' | 'none'): AnyTensor {
  const op = 'sparseSoftmaxCrossEntropy';
  deviceOf(op, logits, labels);
  expectDType(op, logits, ['float32'], 'logits');
  expectDType(op, labels, ['int32'], 'labels');
  const ls = logits.shape;
  const lead = ls.slice(0, -1);
  if (ls.length < 1) throw new ShapeError(`${op}: logits must have a class dim, got ${formatShape(ls)}`);
  if (formatShape(lead) !== formatShape(labels.shape)) {
    throw new ShapeError(`${op}: labels ${formatShape(labels.shape)} must have the logits' shape without the class dim, ${formatShape(lead)}`);
  }
  const classes = ls[ls.length - 1];
  // An out-of-range label would pick no class and add 0 to the loss: a silent bug, so refuse it.
  // (Reading the labels is cheap next to the logits they index.)
  const ids = labels.raw.dataSync();
  for (let i = 0; i < ids.length; i++) {
    if (!(ids[i] >= 0 && ids[i] < classes)) throw new Error(`${op}: label ${ids[i]} at flat index ${i} is outside the ${classes} classes [0, ${classes})`);
  }
  const raw = run(logits.device, () => tf.tidy(() => {
    const mean = reduction !== 'none';
    const rows = lead.reduce((a, b) => a * b, 1);
    const flat = tf.reshape(logits.raw, [rows, classes]);
    const flatLabels = tf.reshape(labels.raw, [rows]);
    // One pass each way where the kernel exists (wasm): the log-sum-exp, the pick and the mean, and
    // the gradient (p - onehot) * dy (the labels are the caller's, alive for the backward pass).
    if (softmaxCrossEntropyApplies(flat, flatLabels)) {
      const fused = tf.customGrad((...inputs) => {
        const [x, save] = inputs as [tf.Tensor, tf.GradSaveFunc];
        const out = softmaxCrossEntropyRaw(x, flatLabels, mean);
        if (out === undefined) throw new Error(`${op}: the fused kernel did not run where it applies`);
        const [loss, p] = out;
        // Saved, not closed over: the forward pass frees its intermediates before the backward pass.
        save([p]);
        return {
          value: loss,
          gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
            const dx = softmaxCrossEntropyGradRaw(saved[0], flatLabels, mean ? (dy as tf.Tensor) : tf.reshape(dy as tf.Tensor, [rows]), mean);
            if (dx === undefined) throw new Error(`${op}: the fused gradient kernel did not run where it applies`);
            return [dx];
          },
        };
      });
      const value = fused(flat);
      return mean ? value : tf.reshape(value, lead);
    }
    const logp = tf.logSoftmax(logits.raw);
    const picked = tf.sum(tf.mul(logp, oneHotRaw(labels.raw, classes, 1, 0, 'float32')), -1);
    return reduction === 'none' ? tf.neg(picked) : tf.neg(tf.mean(picked));
  }));
  return wrap(op, raw, logits.device, reduction === 'none' ? lead : [], 'float32');
}
/**
 * Cross-entropy of int32 class labels under softmax(logits), computed stably from the logits:
 * logits [...B, C], labels [...B]. Mean over all positions by default; reduction 'none' keeps [...B].
 * Passing softmax output instead of logits is a compile error. The first signatures hold in generic
 * code; the last checks each argument and prints the sentence.
 */
export const sparseSoftmaxCrossEntropy: SparseSoftmaxCrossEntropyFunction = sparseSoftmaxCrossEntropyImpl as unknown as SparseSoftmaxCrossEntropyFunction;

/**
 * Zeroes each element with probability rate and scales the rest by 1 / (1 - rate). Call it only
 * while training; a seed makes the mask reproducible.
 */
export function dropout<S extends Shape, D extends DType, Dev extends Device, R extends number>(
  x: Tensor<S, D, Dev, Kind> & DTypeIs<'dropout', D, 'float32'>, rate: CheckedLiteral<R, RateCheck<'dropout', 'rate', R>>, seed?: number,
): Tensor<S, 'float32', Dev> {
  expectDType('dropout', x, ['float32']);
  if (!(rate >= 0 && rate < 1)) throw new Error(`dropout: rate must be in [0, 1), got ${rate}`);
  const raw = run(x.device, () => (rate === 0 ? tf.clone(x.raw) : tf.dropout(x.raw, rate, undefined, seed)));
  return wrap('dropout', raw, x.device, x.shape, 'float32');
}

/** Literal queries past the keys (arguments swapped?), with the run-time sentence. */
type QueriesKeysCheck<Op extends string, T extends number, S extends number> =
  IsLiteral<T> extends true ? (IsLiteral<S> extends true ? (Compare<S, T> extends 'lt' ? `${Op}: needs 0 <= queries <= keys (integers), got ${T} queries and ${S} keys` : unknown) : unknown) : unknown;
declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    /** causalMaskFor / causalBias (queries T, keys S). */
    queriesKeys: In extends [infer Op extends string, infer T extends number, infer S extends number] ? QueriesKeysCheck<Op, T, S> : never;
  }
}
/** The keys argument, checked; in generic code its sentence says why type-parameter counts are refused. */
type KeysArg<Op extends string, T extends number, S extends number> =
  SameOr<KeysSentence<Op, T, S>, T, S, RefusedArg<KeysSentence<Op, T, S>, 'queriesKeys', [Op, T, S], S>>;
type KeysSentence<Op extends string, T extends number, S extends number> =
  `${Op}: ${T} queries and ${S} keys cannot be compared in generic code (needs queries <= keys); pass them as numbers, checked at run time`;
/**
 * S when it is T itself (self-attention's `causalBias(t, t)`, which holds for every T), else Else. Tested first
 * and directly, outside the check (whose distributive, inferring conditionals the checker cannot see through),
 * so that generic code passes one type parameter and still refuses two unrelated ones (AgreeOr's rule); the
 * sentence comes first so that generic code prints it.
 */
type SameOr<Sentence extends string, T, S, Else> = [Sentence] extends [Sentence] ? ([S] extends [T] ? ([T] extends [S] ? S : Else) : Else) : Else;

/** A [T, T] bool mask, true where query i may attend to key j (j <= i). */
export function causalMask<const T extends number, Dev extends Device = DefaultDevice>(size: T, device?: Dev): Tensor<[T, T], 'bool', NoInfer<Dev>> {
  if (!Number.isInteger(size) || size < 0) throw new Error(`causalMask: size must be a non-negative integer, got ${size}`);
  const dev = device ?? 'default';
  const raw = run(dev, () => tf.tidy(() => {
    const i = tf.range(0, size, 1, 'int32');
    return tf.greaterEqual(tf.expandDims(i, 1), tf.expandDims(i, 0));
  }));
  return wrap('causalMask', raw, dev as Dev, [size, size], 'bool');
}

/**
 * A [T, S] bool mask for T queries that come last among S keys (a key/value cache holds the
 * first S - T): query i may attend to key j when j <= i + S - T.
 */
export function causalMaskFor<T extends number, S extends number, Dev extends Device = DefaultDevice>(
  queries: T, keys: KeysArg<'causalMaskFor', T, S>, device?: Dev,
): Tensor<[T, S], 'bool', NoInfer<Dev>> {
  if (!Number.isInteger(queries) || !Number.isInteger(keys) || queries < 0 || keys < queries) {
    throw new Error(`causalMaskFor: needs 0 <= queries <= keys (integers), got ${queries} queries and ${keys} keys`);
  }
  const dev = device ?? 'default';
  const raw = run(dev, () => tf.tidy(() => {
    const q = tf.add(tf.range(0, queries, 1, 'int32'), keys - queries);
    return tf.greaterEqual(tf.expandDims(q, 1), tf.expandDims(tf.range(0, keys, 1, 'int32'), 0));
  }));
  return wrap('causalMaskFor', raw, dev as Dev, [queries, keys], 'bool');
}

/** The raw [T, S] additive causal bias: 0 where query i may attend to key j (j <= i + S - T), -Infinity elsewhere. */
function causalBiasRaw(queries: number, keys: number): tf.Tensor {
  const values = new Float32Array(queries * keys);
  const offset = keys - queries;
  for (let i = 0; i < queries; i++) values.fill(-Infinity, i * keys + i + offset + 1, (i + 1) * keys);
  return tf.tensor2d(values, [queries, keys], 'float32');
}

/**
 * A [T, S] float32 additive causal bias for T queries that come last among S keys: 0 where query i
 * may attend to key j (j <= i + S - T), -Infinity elsewhere. Added to attention scores before the
 * softmax, it masks like `where(causalMaskFor(T, S), scores, -Infinity)`, but broadcasts over
 * [..., T, S] scores without materialising a mask of their size.
 */
export function causalBias<T extends number, S extends number, Dev extends Device = DefaultDevice>(
  queries: T, keys: KeysArg<'causalBias', T, S>, device?: Dev,
): Tensor<[T, S], 'float32', NoInfer<Dev>> {
  if (!Number.isInteger(queries) || !Number.isInteger(keys) || queries < 0 || keys < queries) {
    throw new Error(`causalBias: needs 0 <= queries <= keys (integers), got ${queries} queries and ${keys} keys`);
  }
  const dev = device ?? 'default';
  return wrap('causalBias', run(dev, () => causalBiasRaw(queries, keys)), dev as Dev, [queries, keys], 'float32');
}

/** Options of scaledDotProductAttention. */
/** Options of plain multi-head attention (as many query heads as key/value heads): repeats may be left out, as torch's SDPA has none. */
export type MultiHeadAttentionOptions<C extends boolean = boolean, P extends number = number> =
  Omit<ScaledDotProductAttentionOptions<1, C, P>, 'repeats'> & { repeats?: 1 };
export interface ScaledDotProductAttentionOptions<Rep extends number, C extends boolean = boolean, P extends number = number> {
  /** Query heads per key/value head (grouped-query attention); 1 for plain multi-head attention. */
  repeats: Rep;
  /** Mask future keys: the T queries are the last T of the S keys (default true). */
  causal?: C;
  /** Multiplies the scores q.k (default 1 / sqrt(headDim)). */
  scale?: number;
  /** Probability of dropping each attention weight (after the softmax; default 0). Training only. */
  dropout?: P;
  /** Seed of the dropout mask. */
  seed?: number;
}

/**
 * The literal facts of attention's options, with the run-time sentences: causal attention (the
 * default) needs at least as many keys S as queries T, and a dropout rate is in [0, 1).
 */
export type AttentionOptionsCheck<T, S, C extends boolean, P extends number> = LiteralCheck<
  // Self-attention (keys are the queries' positions, S = T) decides here even for a generic T, where
  // IsLiteral<T> could not be decided and left every generic call of the options refused.
  [S] extends [T] ? RateCheck<'scaledDotProductAttention', 'dropout', P>
  : [C] extends [true] ? (IsLiteral<T> extends true ? (IsLiteral<S> extends true
    ? (Compare<S & number, T & number> extends 'lt' ? `scaledDotProductAttention: causal attention needs at least as many keys (${S & number}) as queries (${T & number})` : RateCheck<'scaledDotProductAttention', 'dropout', P>)
    : RateCheck<'scaledDotProductAttention', 'dropout', P>) : RateCheck<'scaledDotProductAttention', 'dropout', P>)
  : RateCheck<'scaledDotProductAttention', 'dropout', P>>;

/** scaledDotProductAttention's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface ScaledDotProductAttentionFunction {
  <B extends number, H extends number, T extends number, S extends number, Dh extends number, Dev extends Device, C extends boolean = true, P extends number = 0>(
    q: Tensor<[B, H, T, Dh], 'float32', Dev, Kind>,
    k: Tensor<[NoInfer<B>, NoInfer<H>, S, NoInfer<Dh>], 'float32', NoInfer<Same<Dev>>, Kind>,
    v: Tensor<[NoInfer<B>, NoInfer<H>, NoInfer<S>, NoInfer<Dh>], 'float32', NoInfer<Same<Dev>>, Kind>,
    options: MultiHeadAttentionOptions<C, P> & AttentionOptionsCheck<T, S, C, P>,
  ): Tensor<[B, H, T, Dh], 'float32', Dev>;
  // One query per key/value head written as a product, as a layer generic over Rep writes q for
  // repeats 1: Mul<H, 1> is not H to tsc in generic code (no conditional tells the literal 1 from a
  // type parameter there), but the call's literal `repeats: 1` does, so the result has k's plain heads.
  <B extends number, H extends number, T extends number, S extends number, Dh extends number, Dev extends Device, C extends boolean = true, P extends number = 0>(
    q: Tensor<[B, NoInfer<Mul<H, 1>>, T, Dh], 'float32', Dev, Kind>,
    k: Tensor<[NoInfer<B>, H, S, NoInfer<Dh>], 'float32', NoInfer<Same<Dev>>, Kind>,
    v: Tensor<[NoInfer<B>, NoInfer<H>, NoInfer<S>, NoInfer<Dh>], 'float32', NoInfer<Same<Dev>>, Kind>,
    options: ScaledDotProductAttentionOptions<1, C, P> & AttentionOptionsCheck<T, S, C, P>,
  ): Tensor<[B, H, T, Dh], 'float32', Dev>;
  <
    B extends number, KV extends number, Rep extends number, T extends number, S extends number, Dh extends number, Dev extends Device, C extends boolean = true, P extends number = 0,
  >(
    q: Tensor<[B, NoInfer<Mul<KV, Rep>>, T, Dh], 'float32', Dev, Kind>,
    k: Tensor<[NoInfer<B>, KV, S, NoInfer<Dh>], 'float32', NoInfer<Same<Dev>>, Kind>,
    v: Tensor<[NoInfer<B>, NoInfer<KV>, NoInfer<S>, NoInfer<Dh>], 'float32', NoInfer<Same<Dev>>, Kind>,
    options: ScaledDotProductAttentionOptions<Rep, C, P> & AttentionOptionsCheck<T, S, C, P>,
  ): Tensor<[B, Mul<KV, Rep>, T, Dh], 'float32', Dev>;
  // Keys and values whose rank is known only at run time (an untyped cache), in generic code too.
  <B extends number, H extends number, T extends number, Dh extends number, SK extends Shape, SV extends Shape, Dev extends Device, C extends boolean = true, P extends number = 0>(
    q: Tensor<[B, H, T, Dh], 'float32', Dev, Kind>,
    k: Tensor<SK, 'float32', NoInfer<Same<Dev>>, Kind> & RunTimeRank<SK>,
    v: Tensor<SV, 'float32', NoInfer<Same<Dev>>, Kind> & RunTimeRank<SV>,
    options: ScaledDotProductAttentionOptions<number, C, P> & AttentionOptionsCheck<T, number, C, P>,
  ): Tensor<[B, H, T, Dh], 'float32', Dev>;
  <SQ extends Shape, SK extends Shape, SV extends Shape, Rep extends number = 1, Dev extends Device = Device, DevK extends Device = Device, DevV extends Device = Device, C extends boolean = true, P extends number = 0>(
    q: Tensor<SQ, 'float32', Dev, Kind>,
    k: Tensor<SK, 'float32', DevK, Kind> & Refused<AttentionSentence<SQ, SK, SV, Rep>, 'scaledDotProductAttention', [SQ, SK, SV, Rep, Dev, DevK]>,
    v: Tensor<SV, 'float32', DevV, Kind> & DeviceCheck<'scaledDotProductAttention', Dev, DevV>,
    options: (ScaledDotProductAttentionOptions<Rep, C, P> | MultiHeadAttentionOptions<C, P>) & AttentionOptionsCheck<SQ[2], SK[2], C, P>,
  ): Tensor<SQ, 'float32', Dev>;
}
function scaledDotProductAttentionImpl(q: AnyTensor, k: AnyTensor, v: AnyTensor, options: MultiHeadAttentionOptions | ScaledDotProductAttentionOptions<number>): AnyTensor {
  const op = 'scaledDotProductAttention';
  deviceOf(op, q, k, v);
  for (const [what, t] of [['q', q], ['k', k], ['v', v]] as const) {
    expectDType(op, t, ['float32'], what);
    if (t.shape.length !== 4) throw new ShapeError(`${op}: ${what} must be [batch, heads, time, headDim], got ${formatShape(t.shape)}`);
  }
  const [b, h, t, dh] = q.shape;
  const [kb, kvh, s, kdh] = k.shape;
  const rep = options.repeats ?? 1;
  if (formatShape(k.shape) !== formatShape(v.shape)) throw new ShapeError(`${op}: k ${formatShape(k.shape)} and v ${formatShape(v.shape)} differ`);
  if (kb !== b || kdh !== dh) throw new ShapeError(`${op}: k ${formatShape(k.shape)} does not match q ${formatShape(q.shape)} in batch or headDim`);
  if (!Number.isInteger(rep) || rep < 1 || kvh * rep !== h) {
    throw new ShapeError(`${op}: q has ${h} heads, not ${kvh} key/value heads x ${rep} repeats`);
  }
  const causal = options.causal ?? true;
  if (causal && s < t) throw new ShapeError(`${op}: causal attention needs at least as many keys (${s}) as queries (${t})`);
  const rate = options.dropout ?? 0;
  if (!(rate >= 0 && rate < 1)) throw new Error(`${op}: dropout must be in [0, 1), got ${rate}`);
  const scale = options.scale ?? 1 / Math.sqrt(dh);
  const raw = run(q.device, () => tf.tidy(() => {
    const groups = b * kvh;
    const out = attentionRaw(
      tf.reshape(q.raw, [groups, rep * t, dh]), tf.reshape(k.raw, [groups, s, dh]), tf.reshape(v.raw, [groups, s, dh]),
      { rep, t, s, scale, causal: causal && s > 1, rate, seed: options.seed },
    );
    return tf.reshape(out, [b, h, t, dh]);
  }));
  return wrap(op, raw, q.device, [b, h, t, dh], 'float32');
}
/**
 * Scaled dot-product attention with grouped key/value heads, as Meta's Llama computes it:
 * softmax(q k^T * scale + causal mask) v, where key/value head g serves the `repeats` consecutive
 * query heads g * repeats ... g * repeats + repeats - 1 (repeat_kv). q [B, KV * Rep, T, Dh],
 * k and v [B, KV, S, Dh] -> [B, KV * Rep, T, Dh]; with causal (the default) the queries are the last T
 * of the S positions (S > T when keys come from a cache). The heads of a group are folded into one
 * batched product, so keys and values are never repeated; forward and backward run as a few fast
 * batched products (one fused gradient), not as separate taped ops.
 */
export const scaledDotProductAttention: ScaledDotProductAttentionFunction = scaledDotProductAttentionImpl as unknown as ScaledDotProductAttentionFunction;

/** tf.dropout's multiplier, made explicit so the gradient can reuse it: 0 or 1 / (1 - rate), same random stream. */
function dropoutMultiplier(shape: number[], rate: number, seed?: number): tf.Tensor {
  return tf.tidy(() => tf.div(tf.floor(tf.add(tf.randomUniform(shape, 0, 1, 'float32', seed), 1 - rate)), 1 - rate));
}

interface AttentionPlan {
  rep: number;
  t: number;
  s: number;
  scale: number;
  /** Whether the causal mask applies (the queries the last t of the s keys). */
  causal: boolean;
  /** Dropout rate of the attention weights (0: none) and its seed. */
  rate: number;
  seed?: number;
}

/**
 * The attention core on grouped operands: q [G, Rep * T, Dh], k and v [G, S, Dh] -> [G, Rep * T, Dh],
 * with a hand-written gradient (the softmax's included) of batched products.
 */
function attentionRaw(q: tf.Tensor, k: tf.Tensor, v: tf.Tensor, plan: AttentionPlan): tf.Tensor {
  const { rep, t, s, scale, causal, rate, seed } = plan;
  const groups = q.shape[0];
  const rows = rep * t;
  const fn = tf.customGrad((...inputs) => {
    const [qi, ki, vi, save] = inputs as [tf.Tensor, tf.Tensor, tf.Tensor, tf.GradSaveFunc];
    // scores [G, Rep * T, S] = scale * q k^T (k read transposed in place).
    const scores = batchMatMulRaw(qi, ki, false, scale, true);
    // One pass where the kernel exists (mask, max, exp, sum, divide); else the bias and tfjs's softmax.
    const probs = causalSoftmaxRaw(scores, causal ? t : 1, causal ? s - t : s - 1)
      ?? tf.softmax(causal ? tf.reshape(tf.add(tf.reshape(scores, [groups * rep, t, s]), causalBiasRaw(t, s)), [groups, rows, s]) : scores);
    const keep = rate > 0 ? dropoutMultiplier([groups, rows, s], rate, seed) : undefined;
    const weights = keep ? tf.mul(probs, keep) : probs;
    // Saved, not closed over: the forward pass frees its intermediates before the backward pass.
    save(keep ? [qi, ki, vi, probs, keep] : [qi, ki, vi, probs]);
    return {
      value: batchMatMulRaw(weights, vi),
      gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
        const g = dy as tf.Tensor;
        const [sq, sk, sv, sp, mult] = saved;
        const w = mult ? tf.mul(sp, mult) : sp;
        // dv = w^T dy; dw = dy v^T; softmax: dscores = p * (dp - sum(dp * p)); dq = scale ds k; dk = scale ds^T q.
        const dv = batchMatMulRaw(w, g, true);
        const dw = batchMatMulRaw(g, sv, false, 1, true);
        const dp = mult ? tf.mul(dw, mult) : dw;
        const ds = softmaxGradRaw(sp, dp) ?? tf.mul(sp, tf.sub(dp, tf.sum(tf.mul(dp, sp), -1, true)));
        return [batchMatMulRaw(ds, sk, false, scale), batchMatMulRaw(ds, sq, true, scale), dv];
      },
    };
  });
  return fn(q, k, v);
}

/** rmsNorm's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface RmsNormFunction {
  <L extends Shape, D extends number, Dev extends Device, E extends number>(
    x: Tensor<[...L, D], 'float32', Dev, Kind>, weight: Tensor<[NoInfer<D>], 'float32', NoInfer<Same<Dev>>, Kind>, eps: CheckedLiteral<E, NonNegativeCheck<'rmsNorm', 'eps', E>>,
  ): Tensor<[...L, D], 'float32', Dev>;
  // A weight known only at run time, in generic code too: its dim (`[number]`), or its rank.
  <L extends Shape, D extends number, WD extends number, Dev extends Device, E extends number>(
    x: Tensor<[...L, D], 'float32', Dev, Kind>, weight: Tensor<[WD], 'float32', NoInfer<Same<Dev>>, Kind> & RunTimeDim<WD>, eps: CheckedLiteral<E, NonNegativeCheck<'rmsNorm', 'eps', E>>,
  ): Tensor<[...L, D], 'float32', Dev>;
  <L extends Shape, D extends number, W extends Shape, Dev extends Device, E extends number>(
    x: Tensor<[...L, D], 'float32', Dev, Kind>, weight: Tensor<W, 'float32', NoInfer<Same<Dev>>, Kind> & RunTimeRank<W>, eps: CheckedLiteral<E, NonNegativeCheck<'rmsNorm', 'eps', E>>,
  ): Tensor<[...L, D], 'float32', Dev>;
  <S extends Shape, W extends Shape, Dev extends Device, DevW extends Device, E extends number, L extends Shape = Shape, D extends number = number>(
    // The second member only infers x's last dim for the generic sentence (for a shape of rank >= 1 it is the same type).
    x: Tensor<S, 'float32', Dev, Kind> | Tensor<[...L, D], 'float32', Dev, Kind>,
    weight: Tensor<W, 'float32', DevW, Kind> & Refused<`rmsNorm: weight ${RawShape<W>} does not match the last dim ${D} of x`, 'rmsNorm', [S, W, Dev, DevW, D]>,
    eps: CheckedLiteral<E, NonNegativeCheck<'rmsNorm', 'eps', E>>,
  ): Tensor<S, 'float32', Dev>;
}
function rmsNormImpl(x: AnyTensor, weight: AnyTensor, eps: number): AnyTensor {
  const op = 'rmsNorm';
  deviceOf(op, x, weight);
  expectDType(op, x, ['float32']);
  expectDType(op, weight, ['float32'], 'weight');
  const xs = x.shape;
  if (xs.length < 1) throw new ShapeError(`${op}: x must have rank >= 1, got ${formatShape(xs)}`);
  const d = xs[xs.length - 1];
  if (weight.shape.length !== 1 || weight.shape[0] !== d) {
    throw new ShapeError(`${op}: weight ${formatShape(weight.shape)} does not match the last dim ${d} of x ${formatShape(xs)}`);
  }
  if (!(eps >= 0)) throw new Error(`${op}: eps must be >= 0, got ${eps}`);
  return wrap(op, run(x.device, () => rmsNormRaw(x.raw, weight.raw, eps)), x.device, xs, 'float32');
}
/**
 * RMSNorm over the last dim, per position, as Meta's Llama: x * rsqrt(mean(x^2) + eps) * weight
 * (eps inside the root). x [..., D], weight [D]. One taped op with a hand-written gradient:
 * dx = r * (g - n * mean(g * n)) with n = x * r, g = dy * weight; dweight = sum of dy * n.
 */
export const rmsNorm: RmsNormFunction = rmsNormImpl as unknown as RmsNormFunction;

function rmsNormRaw(x: tf.Tensor, w: tf.Tensor, eps: number): tf.Tensor {
  const xs: number[] = x.shape;
  const d = xs[xs.length - 1];
  const rows = d === 0 ? 0 : x.size / d;
  const fn = tf.customGrad((...inputs) => {
    const [xi, wi, save] = inputs as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
    const flat = tf.reshape(xi, [rows, d]);
    // One fused pass each way where the kernel exists (wasm); else the chain.
    const fused = rmsNormForwardRaw(flat, wi, eps);
    const r = fused ? fused[2] : tf.rsqrt(tf.add(tf.mean(tf.square(flat), -1, true), eps));
    const n = fused ? fused[1] : tf.mul(flat, r);
    // Saved, not closed over: the forward pass frees its intermediates before the backward pass.
    save([n, wi, r]);
    return {
      value: tf.reshape(fused ? fused[0] : tf.mul(n, wi), xs),
      gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
        const [sn, sw, sr] = saved;
        const g = tf.reshape(dy as tf.Tensor, [rows, d]);
        const grads = rmsNormBackwardRaw(g, sn, sw, sr);
        if (grads) return [tf.reshape(grads[0], xs), grads[1]];
        const gw = tf.mul(g, sw);
        const dx = tf.mul(tf.sub(gw, tf.mul(sn, tf.mean(tf.mul(gw, sn), -1, true))), sr);
        return [tf.reshape(dx, xs), columnSumsRaw(tf.mul(g, sn))];
      },
    };
  });
  return fn(x, w);
}

/** swiglu's sentence, at compile time (up's kind marked) and at run time. */
type SwigluSentence = 'swiglu: gate and up must have one shape';
const swigluSentence: SwigluSentence = 'swiglu: gate and up must have one shape';
/**
 * SwiGLU's gated product silu(gate) * up = gate * sigmoid(gate) * up, as Llama's feed-forward
 * computes it: gate and up of one shape. One taped op with a hand-written gradient (one fused pass
 * each way where the kernel exists): dgate = dy * up * s * (1 + gate * (1 - s)) with s = sigmoid(gate),
 * dup = dy * gate * s.
 */
export function swiglu<S extends Shape, Dev extends Device>(
  // up's kind carries the sentence (a constant mark, no type per call), so an up of another width prints it.
  gate: Tensor<S, 'float32', Dev, Kind>, up: Tensor<NoInfer<S>, 'float32', NoInfer<Same<Dev>>, Kind & LayerCheck<SwigluSentence>>,
): Tensor<S, 'float32', Dev> {
  const op = 'swiglu';
  deviceOf(op, gate, up);
  expectDType(op, gate, ['float32'], 'gate');
  expectDType(op, up, ['float32'], 'up');
  if (formatShape(gate.shape) !== formatShape(up.shape)) throw new ShapeError(`${swigluSentence}: gate ${formatShape(gate.shape)}, up ${formatShape(up.shape)}`);
  return wrap(op, run(gate.device, () => swigluRaw(gate.raw, up.raw)), gate.device, gate.shape, 'float32');
}

function swigluRaw(g: tf.Tensor, u: tf.Tensor): tf.Tensor {
  const fn = tf.customGrad((...inputs) => {
    const [gi, ui, save] = inputs as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
    const s = tf.sigmoid(gi);
    // Saved, not closed over: the forward pass frees its intermediates before the backward pass.
    save([gi, s, ui]);
    return {
      value: swigluForwardRaw(gi, s, ui) ?? tf.mul(tf.mul(gi, s), ui),
      gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
        const [sg, ss, su] = saved;
        const dh = dy as tf.Tensor;
        // The fused pass computes this chain, operation for operation (the same bits).
        return swigluBackwardRaw(dh, sg, ss, su) ?? [tf.mul(tf.mul(tf.mul(dh, su), ss), tf.add(1, tf.mul(sg, tf.sub(1, ss)))), tf.mul(dh, tf.mul(sg, ss))];
      },
    };
  });
  return fn(g, u);
}

/** An odd literal head dim, with the run-time sentence; a generic or dynamic one passes (a template test resolves for them). */
type OddHeadDimCheck<Dh extends number> = `${Dh}` extends `${string}${1 | 3 | 5 | 7 | 9}` ? `rotaryEmbedding: headDim must be even (RoPE rotates pairs), got ${Dh}` : unknown;

/**
 * Rotary position embedding (RoPE), Meta's form: in x [..., T, Dh] at positions start ... start + T - 1,
 * each adjacent pair (x[2i], x[2i+1]) of the last dim rotates by angle position * theta^(-2i/Dh):
 * (a, b) -> (a cos - b sin, b cos + a sin). The angles are float32 as in Meta's reference
 * (freqs = 1 / theta^(2i/Dh), outer(positions, freqs)). One taped op; its gradient is the inverse
 * rotation of dy.
 */
export function rotaryEmbedding<L extends Shape, T extends number, Dh extends number, Dev extends Device>(
  x: Tensor<[...L, T, Dh], 'float32', Dev, Kind> & OddHeadDimCheck<Dh>, start = 0, theta = 10000,
): Tensor<[...L, T, Dh], 'float32', Dev> {
  const op = 'rotaryEmbedding';
  expectDType(op, x, ['float32']);
  const xs = x.shape;
  if (xs.length < 2) throw new ShapeError(`${op}: x must be [..., time, headDim], got ${formatShape(xs)}`);
  const dh = xs[xs.length - 1];
  if (dh % 2 !== 0) throw new ShapeError(`${op}: headDim must be even (RoPE rotates pairs), got ${dh}`);
  if (!Number.isInteger(start) || start < 0) throw new Error(`${op}: start must be a non-negative integer, got ${start}`);
  if (!(theta > 0)) throw new Error(`${op}: theta must be > 0, got ${theta}`);
  return wrap(op, run(x.device, () => rotaryRaw(x.raw, start, theta)), x.device, xs, 'float32');
}

/**
 * The heads' split and RoPE in one op: x [B, T, H, Dh] (a projection's output split by head) ->
 * rotaryEmbedding(transpose(x, [0, 2, 1, 3])) [B, H, T, Dh], positions start ... start + T - 1. One
 * pass each way where the kernel exists (the same bits as the transpose then rotaryEmbedding).
 */
export function rotaryEmbeddingHeads<B extends number, T extends number, H extends number, Dh extends number, Dev extends Device>(
  x: Tensor<[B, T, H, Dh], 'float32', Dev, Kind> & OddHeadDimCheck<Dh>, start = 0, theta = 10000,
): Tensor<[B, H, T, Dh], 'float32', Dev> {
  const op = 'rotaryEmbeddingHeads';
  expectDType(op, x, ['float32']);
  const xs = x.shape;
  if (xs.length !== 4) throw new ShapeError(`${op}: x must be [batch, time, heads, headDim], got ${formatShape(xs)}`);
  const [b, t, h, dh] = xs;
  if (dh % 2 !== 0) throw new ShapeError(`${op}: headDim must be even (RoPE rotates pairs), got ${dh}`);
  if (!Number.isInteger(start) || start < 0) throw new Error(`${op}: start must be a non-negative integer, got ${start}`);
  if (!(theta > 0)) throw new Error(`${op}: theta must be > 0, got ${theta}`);
  const raw = run(x.device, () => tf.tidy(() => {
    const { cos, sinSigned, negSinSigned } = rotaryTables(t, dh, start, theta);
    if (!rotateHeadsApplies(x.raw, cos, sinSigned, true)) return rotaryRaw(tf.transpose(x.raw, [0, 2, 1, 3]), start, theta);
    const heads = (v: tf.Tensor, table: Float32Array, toHeads: boolean): tf.Tensor => {
      const out = rotateHeadsRaw(v, cos, table, toHeads);
      if (out === undefined) throw new Error(`${op}: the fused kernel did not run where it applies`);
      return out;
    };
    return tf.customGrad((...inputs) => {
      const [xi] = inputs as [tf.Tensor, tf.GradSaveFunc];
      return { value: heads(xi, sinSigned, true), gradFunc: (dy: tf.Tensor | tf.Tensor[]) => heads(dy as tf.Tensor, negSinSigned, false) };
    })(x.raw);
  }));
  return wrap(op, raw, x.device, [b, h, t, dh], 'float32');
}

/** cos and sin of the RoPE angles, [T, Dh] each (both members of a pair share an angle); a few cached. */
interface RotaryTables {
  cos: Float32Array;
  sin: Float32Array;
  negSin: Float32Array;
  /** (-sin, sin) per pair, and its negation: the fused kernel's form (kernels.ts rotateRaw). */
  sinSigned: Float32Array;
  negSinSigned: Float32Array;
}
const rotaryCache = new Map<string, RotaryTables>();
function rotaryTables(t: number, dh: number, start: number, theta: number): RotaryTables {
  const key = `${t}:${dh}:${start}:${theta}`;
  const hit = rotaryCache.get(key);
  if (hit) return hit;
  const cos = new Float32Array(t * dh);
  const sin = new Float32Array(t * dh);
  for (let i = 0; i < dh / 2; i++) {
    const freq = Math.fround(1 / Math.fround(Math.pow(theta, (2 * i) / dh)));
    for (let p = 0; p < t; p++) {
      const angle = Math.fround(Math.fround(start + p) * freq);
      cos[p * dh + 2 * i] = cos[p * dh + 2 * i + 1] = Math.cos(angle);
      sin[p * dh + 2 * i] = sin[p * dh + 2 * i + 1] = Math.sin(angle);
    }
  }
  const sinSigned = sin.map((v, i) => (i % 2 === 0 ? -v : v));
  const tables = { cos, sin, negSin: sin.map((v) => -v), sinSigned, negSinSigned: sinSigned.map((v) => -v) };
  if (rotaryCache.size >= 16) rotaryCache.delete(rotaryCache.keys().next().value ?? key);
  rotaryCache.set(key, tables);
  return tables;
}

/** [Dh, Dh]: x @ R turns each pair (a, b) into (-b, a). */
function pairRotation(dh: number): Float32Array {
  const r = new Float32Array(dh * dh);
  for (let i = 0; i < dh / 2; i++) {
    r[(2 * i + 1) * dh + 2 * i] = -1;
    r[2 * i * dh + 2 * i + 1] = 1;
  }
  return r;
}

function rotaryRaw(x: tf.Tensor, start: number, theta: number): tf.Tensor {
  const xs: number[] = x.shape;
  const dh = xs[xs.length - 1];
  const t = xs[xs.length - 2];
  if (x.size === 0) return tf.clone(x);
  const rows = x.size / dh;
  const { cos, sin, negSin, sinSigned, negSinSigned } = rotaryTables(t, dh, start, theta);
  const rotation = pairRotation(dh);
  // v * cos + (v @ R) * sin over [rows / T, T, Dh]. The gradient is the same map with -sin: the
  // transpose of the rotation by R is the rotation by -R, and sin is equal within each pair.
  const rotate = (v: tf.Tensor, s: Float32Array): tf.Tensor => {
    const turned = batchMatMulRaw(tf.reshape(v, [1, rows, dh]), tf.tensor3d(rotation, [1, dh, dh]));
    const lead = [rows / t, t, dh];
    return tf.reshape(tf.add(tf.mul(tf.reshape(v, lead), tf.tensor2d(cos, [t, dh])), tf.mul(tf.reshape(turned, lead), tf.tensor2d(s, [t, dh]))), xs);
  };
  const fn = tf.customGrad((...inputs) => {
    const [xi] = inputs as [tf.Tensor, tf.GradSaveFunc];
    // One fused pass where the kernel exists (wasm, Dh % 4 == 0): the same bits as rotate().
    return {
      value: rotateRaw(xi, cos, sinSigned) ?? rotate(xi, sin),
      gradFunc: (dy: tf.Tensor | tf.Tensor[]) => rotateRaw(dy as tf.Tensor, cos, negSinSigned) ?? rotate(dy as tf.Tensor, negSin),
    };
  });
  return fn(x);
}

// ---- As Tensor methods (installed by src/ops/methods.ts): the signatures above with the tensor as
// `this`. Kept beside the functions so a change to one is made to both; named types, so every tensor
// type shares them (inline members of Tensor's interface were instantiated per tensor type).
/** softmax as a method. */
export type SoftmaxMethod = <S extends Shape, D extends DType, Dev extends Device, const A extends number = -1>(
  this: Tensor<S, D, Dev, Kind> & DTypeIs<'softmax', D, 'float32'>, dim?: RefusedArg<AxisSentence<'softmax', S, A>, 'axis', ['softmax', S, A], A>,
) => Probabilities<S, Dev>;
/** logSoftmax as a method. */
export type LogSoftmaxMethod = <S extends Shape, D extends DType, Dev extends Device, const A extends number = -1>(
  this: Tensor<S, D, Dev, Kind> & DTypeIs<'logSoftmax', D, 'float32'>, dim?: RefusedArg<AxisSentence<'logSoftmax', S, A>, 'axis', ['logSoftmax', S, A], A>,
) => LogProbabilities<S, Dev>;
/** dropout as a method. */
export type DropoutMethod = <S extends Shape, D extends DType, Dev extends Device, R extends number>(
  this: Tensor<S, D, Dev, Kind> & DTypeIs<'dropout', D, 'float32'>, rate: CheckedLiteral<R, RateCheck<'dropout', 'rate', R>>, seed?: number,
) => Tensor<S, 'float32', Dev>;
