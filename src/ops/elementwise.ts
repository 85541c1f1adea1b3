// Elementwise ops: unary math, binary arithmetic and comparisons with NumPy broadcasting, where,
// cast and clipByValue.
import { tf } from './tf.js';
import type { Broadcast } from '../shapes/broadcast.js';
import type { EachDimOneSize, FirstError, FormatShapeUnion, IsUnion, Shape, ShapeOf, UnionCheck } from '../shapes/core.js';
import type { Where as WhereShape } from '../shapes/axes.js';
import { broadcastShapes } from '../shapes/rules.js';
import type { Device } from './backend.js';
import type { CheckedLiteral, CompareReal, OrderIs } from '../shapes/literals.js';
import type { DeviceCheck, DTypeIs, ErrorIn, IntOperandCheck, RawShape, Refused, RefusedArg, Same, SameDTypeCheck } from './checks.js';
import { deviceOf, expectDType, intOperand, run, sameDType, wrap } from './internal.js';
import { Tensor, type AnyTensor, type DeviceOfTensor, type DType, type DTypeOfTensor, type Kind, type KindOf, type NumericDType, type ShapeOfTensor } from './tensor.js';

// ---- unary

/** A float op of any kind of tensor; its result is plain values. */
export type FloatUnaryOp<Op extends string> = <S extends Shape, D extends DType, Dev extends Device>(
  x: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, 'float32'>,
) => Tensor<S, 'float32', Dev>;
/** exp and log, which turn log-probabilities into probabilities and back. */
export type KindMapOp<Op extends string, From extends Kind, To extends Kind> = <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(
  x: Tensor<S, D, Dev, K> & DTypeIs<Op, D, 'float32'>,
) => Tensor<S, 'float32', Dev, [K] extends [From] ? To : 'values'>;
function floatUnaryRaw(op: string, fn: (x: tf.Tensor) => tf.Tensor): (x: AnyTensor) => AnyTensor {
  return (x) => {
    expectDType(op, x, ['float32']);
    return wrap(op, run(x.device, () => tf.tidy(() => fn(x.raw))), x.device, x.shape, 'float32');
  };
}
function floatUnary<Op extends string>(op: Op, fn: (x: tf.Tensor) => tf.Tensor): FloatUnaryOp<Op> {
  return floatUnaryRaw(op, fn) as FloatUnaryOp<Op>;
}
function numericUnary<Op extends string>(op: Op, fn: (x: tf.Tensor) => tf.Tensor) {
  return <S extends Shape, D extends DType, Dev extends Device>(x: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, NumericDType>): Tensor<S, D, Dev> => {
    expectDType(op, x, ['float32', 'int32']);
    return wrap(op, run(x.device, () => fn(x.raw)), x.device, x.shape, x.dtype);
  };
}

export const neg = numericUnary('neg', tf.neg);
export const abs = numericUnary('abs', tf.abs);
export const square = numericUnary('square', tf.square);
export const relu = numericUnary('relu', tf.relu);
/** exp; of log-probabilities it gives probabilities (the kind follows). */
export const exp = floatUnaryRaw('exp', tf.exp) as KindMapOp<'exp', 'log-probabilities', 'probabilities'>;
/** log; of probabilities it gives log-probabilities (the kind follows). */
export const log = floatUnaryRaw('log', tf.log) as KindMapOp<'log', 'probabilities', 'log-probabilities'>;
export const sqrt = floatUnary('sqrt', tf.sqrt);
export const rsqrt = floatUnary('rsqrt', tf.rsqrt);
export const sigmoid = floatUnary('sigmoid', tf.sigmoid);
export const tanh = floatUnary('tanh', tf.tanh);
export const sin = floatUnary('sin', tf.sin);
export const cos = floatUnary('cos', tf.cos);
/** x * sigmoid(x) (Swish with beta fixed at 1), as in SwiGLU. */
export const silu = floatUnary('silu', (x) => tf.mul(x, tf.sigmoid(x)));
/** GELU, tanh approximation (as GPT-2 uses). */
export const gelu = floatUnary('gelu', (x) =>
  tf.mul(tf.mul(x, 0.5), tf.add(1, tf.tanh(tf.mul(Math.sqrt(2 / Math.PI), tf.add(x, tf.mul(0.044715, tf.pow(x, 3))))))));

// ---- binary

/** A second operand: a tensor, or a JS number that acts as a scalar of the first operand's dtype. */
export type Operand = AnyTensor | number;
type OperandShape<B> = B extends Tensor<infer S extends Shape, DType, Device, Kind> ? S : [];
type OperandDType<B, D extends DType> = B extends Tensor<Shape, infer DB, Device, Kind> ? DB : D;
/** A tensor operand's kind; a number adds none (where(mask, probs, 0) is still probabilities). */
type OperandKind<B> = B extends Tensor<Shape, DType, Device, infer K> ? K : never;
type OperandDevice<B, Dev extends Device> = B extends Tensor<Shape, DType, infer DevB, Kind> ? DevB : Dev;

/** Device, dtype and broadcast checks of a binary op, as one error sentence or unknown (printed in generic code as its sentence, see Refused). */
export type BinaryCheck<Op extends string, S extends Shape, D extends DType, Dev extends Device, B> =
  Refused<BroadcastSentence<Op, S, B>, 'binary', [Op, S, D, Dev, B]>;
/** A binary op's sentence in generic code: both shapes, with the dims as the user named them. */
type BroadcastSentence<Op extends string, S, B> = `${Op}: shapes ${RawShape<S>} and ${RawShape<OperandShape<B>>} do not broadcast`;
declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    /** A binary op's second operand: a number's literal facts, or the tensors' devices, dtypes and broadcast. */
    operand: In extends [infer Op extends string, infer S extends Shape, infer D extends DType, infer Dev extends Device, infer B]
      ? ([B] extends [number] ? CheckedLiteral<unknown, IntOperandCheck<Op, D, B>> : BinaryRule<Op, S, D, Dev, B>) : never;
    binary: In extends [infer Op extends string, infer S extends Shape, infer D extends DType, infer Dev extends Device, infer B] ? BinaryRule<Op, S, D, Dev, B> : never;
  }
}
type BinaryRule<Op extends string, S extends Shape, D extends DType, Dev extends Device, B> =
  FirstError<[
    UnionOperands<Op, S, OperandShape<B>>,
    UnionCheck<Op, [S, OperandShape<B>]>,
    DeviceCheck<Op, Dev, OperandDevice<B, Dev>>,
    SameDTypeCheck<Op, D, OperandDType<B, D>>,
    ErrorIn<EachBroadcast<S, OperandShape<B>, Op>>,
  ]>;
/**
 * Both operands' shapes unions of shapes (tensors from a loop over a record's members, as
 * `for (const [name, p] of Object.entries(model.parameters())) p.assign(st.sub(p, st.mul(p, lr)))`): tsc cannot pair
 * their members, and the broadcast's sentence would name a false pair ("[4, 8] and [4, 8] do not broadcast"); one
 * sentence. (With one operand a union, each member is checked against the other's one shape and the misfit named.)
 */
type UnionOperands<Op extends string, S, SB> = true extends IsUnion<S> ? (true extends IsUnion<SB>
  ? `${Op}: both operands' shapes are one of ${FormatShapeUnion<SB>} (tensors from a loop over a record, or a conditional), which cannot be paired: walk two records with st.forEachPair, or widen the type where the tensors are declared`
  : unknown) : unknown;
/**
 * Broadcast for each member of a union of shapes (a conditional's branches), of either operand: each misfit is then
 * named with its own shapes (a union of the other operand's shapes printed one member's text beside another's dims).
 */
type EachBroadcast<S extends Shape, SB extends Shape, Op extends string> = S extends unknown ? (SB extends unknown ? Broadcast<S, SB, Op> : never) : never;
/** The check of a binary op's second operand: a number's literal facts, or BinaryCheck for a tensor. */
export type OperandCheck<Op extends string, S extends Shape, D extends DType, Dev extends Device, B> =
  [B] extends [number] ? NumberOperandCheck<Op, S, D, Dev, B>
  : KnownMismatch<Op, D, Dev, B> extends infer M extends string ? M : Refused<BroadcastSentence<Op, S, B>, 'operand', [Op, S, D, Dev, B]>;
/**
 * The devices' and dtypes' sentence, decided before the shapes: in code generic over the batch only they are
 * known while the broadcast is not, and the generic sentence would claim the shapes do not broadcast.
 */
type KnownMismatch<Op extends string, D extends DType, Dev extends Device, B> =
  // (DeviceOfTensor infers the shape rather than matching it against Shape, which generic dims leave undecided.)
  [B] extends [number] ? unknown : FirstError<[DeviceCheck<Op, Dev, DeviceOfTensor<B>>, SameDTypeCheck<Op, D, DTypeOfTensor<B>>]>;
/**
 * A number operand's check: a fraction against an int32 tensor gets its sentence (as CheckedLiteral's brand, a
 * number & sentence being never) before the shapes, which in generic code only the generic sentence could describe.
 */
type NumberOperandCheck<Op extends string, S extends Shape, D extends DType, Dev extends Device, B> =
  IntOperandCheck<Op, D, B & number> extends infer M extends string ? CheckedLiteral<unknown, M> : Refused<BroadcastSentence<Op, S, B>, 'operand', [Op, S, D, Dev, B]>;
// The checked signatures' result is Tensor<ShapeOf<EachBroadcast<S, OperandShape<B>, ''>>, ...>, RuleTensor written
// out: the same type, but a later mismatch prints 'Tensor<[27], ...>' where it printed the alias's name.

function operand(op: string, a: AnyTensor, b: Operand): tf.Tensor {
  if (typeof b === 'number') {
    if (a.dtype === 'int32') intOperand(op, b);
    return run(a.device, () => tf.scalar(b, a.dtype));
  }
  deviceOf(op, a, b);
  sameDType(op, a, b);
  return b.raw;
}
function binaryRaw(op: string, a: AnyTensor, b: Operand, fn: (x: tf.Tensor, y: tf.Tensor) => tf.Tensor, allowed: readonly DType[]): [tf.Tensor, number[]] {
  expectDType(op, a, allowed);
  const y = operand(op, a, b);
  const shape = broadcastShapes(op, a.shape, typeof b === 'number' ? [] : b.shape);
  const raw = run(a.device, () => {
    const out = fn(a.raw, y);
    if (typeof b === 'number') y.dispose();
    return out;
  });
  return [raw, shape];
}

/**
 * A binary arithmetic op. The first signatures state the common cases by unification alone (same
 * shape, a trailing vector or matrix, a keepDims column, an outer [X, 1] by [1, Y]), so they also hold in generic layer code
 * where dims are type parameters; the last one checks any broadcast and prints the sentence.
 */
export interface ArithmeticOp<Op extends string> extends ArithmeticForms, ArithmeticChecks<Op> {
  <S extends Shape, D extends NumericDType, Dev extends Device, N extends number>(
    a: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind, NoInfer<OneShapeOf<S>>> | CheckedLiteral<N, IntOperandCheck<Op, D, N>>): Tensor<S, D, Dev>;
}
/**
 * ArithmeticOp's generic forms after the first: they do not depend on the op's name, so that they are
 * instantiated once for all eight ops, not once per op (an interface extending two keeps their order).
 */
export interface ArithmeticForms {
  <L extends Shape, X extends number, D extends NumericDType, Dev extends Device>(a: Tensor<[...L, X], D, Dev, Kind>, b: Tensor<[NoInfer<X>], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X], D, Dev>;
  <L extends Shape, X extends number, Y extends number, D extends NumericDType, Dev extends Device>(a: Tensor<[...L, X, Y], D, Dev, Kind>, b: Tensor<[NoInfer<X>, NoInfer<Y>], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X, Y], D, Dev>;
  <L extends Shape, X extends number, D extends NumericDType, Dev extends Device>(a: Tensor<[...L, X], D, Dev, Kind>, b: Tensor<[...L, 1], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X], D, Dev>;
  <L extends Shape, Y extends number, X extends number, D extends NumericDType, Dev extends Device>(a: Tensor<[...L, Y, X], D, Dev, Kind>, b: Tensor<[1, NoInfer<X>], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, Y, X], D, Dev>;
  // A leading 1 against the first dim (a position table [1, T, D], as nanoGPT's and ViT's pos_emb), and a
  // value per row broadcast over the rest (a drop-path mask or a per-example weight [B, 1, 1]).
  <X extends number, R extends Shape, D extends NumericDType, Dev extends Device>(a: Tensor<[X, ...R], D, Dev, Kind>, b: Tensor<[1, ...R], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[X, ...R], D, Dev>;
  <X extends number, R extends Shape, D extends NumericDType, Dev extends Device>(a: Tensor<[X, ...R], D, Dev, Kind>, b: Tensor<[NoInfer<X>, ...Ones<R>], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[X, ...R], D, Dev>;
  // An outer product by broadcasting, either way round (`t[:, None] * inv[None, :]`: RoPE's angles), also over the
  // first two dims of more (a per-example conditioning [B, 1, D] and a position table [1, T, D]: a DiT's embedding).
  <X extends number, Y extends number, R extends Shape, D extends NumericDType, Dev extends Device>(a: Tensor<[X, 1, ...R], D, Dev, Kind>, b: Tensor<[1, Y, ...R], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[X, Y, ...R], D, Dev>;
  <Y extends number, X extends number, R extends Shape, D extends NumericDType, Dev extends Device>(a: Tensor<[1, Y, ...R], D, Dev, Kind>, b: Tensor<[X, 1, ...R], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[X, Y, ...R], D, Dev>;
  // A second operand of the same rank whose every dim is the first's or 1: a bias [1, 1, D], a per-head
  // scale [1, H, 1, 1], FiLM's [B, 1, D] or x.max(1, keepDims), squeeze-excitation's [B, C, 1, 1].
  <S extends Shape, D extends NumericDType, Dev extends Device>(a: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<OneOr<S>>, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind, NoInfer<OneShape<S>>>): Tensor<S, D, Dev>;
  // The same of a lower rank, either way round: a per-channel bias [C, 1, 1] on images [B, C, H, W], ALiBi's
  // per-head slopes [H, 1, 1] on scores [B, H, T, T], a per-position scale [T, 1] on [B, T, D]. (With the smaller
  // operand first the result is the larger's shape, so a name on the smaller one's dims is not kept; the same rank
  // is left out there, as it answered before the checked signature for literal operands and dropped their names.)
  <S extends Shape, D extends NumericDType, Dev extends Device>(a: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<LowerOneOr<S>>, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind, NoInfer<OneShape<S>>>): Tensor<S, D, Dev>;
  <S extends Shape, D extends NumericDType, Dev extends Device>(a: Tensor<NoInfer<LowerOneOr<S>>, D, Dev, Kind, NoInfer<OneShape<S>>>, b: Tensor<S, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<S, D, Dev>;
  // The same rank with the smaller operand first: each of its dims the other's or 1 (a per-head scale [1, H, 1, 1]
  // or a bias [1, 1, D] first, a padding bias [B, 1, 1, T] before the scores [B, H, T, T]). The result is the
  // larger's shape, so a name that only the smaller operand's dims had is not kept (a plain dim takes it back).
  <S extends Shape, D extends NumericDType, Dev extends Device>(a: Tensor<NoInfer<SmallerOf<S>>, D, Dev, Kind, NoInfer<OneShape<S>>>, b: Tensor<S, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<S, D, Dev>;
  // A trailing 1 against a vector or a matrix, and two outer products per row: `x[..., None] * freqs` (NeRF's
  // encoding, timestep embeddings of any rank), Mamba's `delta[..., None] * A [D, N]` and `delta[..., None] * B[..., None, :]`.
  <L extends Shape, Y extends number, D extends NumericDType, Dev extends Device>(a: Tensor<[...L, 1], D, Dev, Kind>, b: Tensor<[Y], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, Y], D, Dev>;
  // ... and against a matrix: ALiBi's `slopes[:, None, None] * distance` ([H, 1, 1] by [T, T]).
  <L extends Shape, Y extends number, Z extends number, D extends NumericDType, Dev extends Device>(a: Tensor<[...L, 1, 1], D, Dev, Kind>, b: Tensor<[Y, Z], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, Y, Z], D, Dev>;
  <L extends Shape, X extends number, Y extends number, D extends NumericDType, Dev extends Device>(a: Tensor<[...L, X, 1], D, Dev, Kind>, b: Tensor<[NoInfer<X>, Y], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X, Y], D, Dev>;
  <L extends Shape, X extends number, Y extends number, D extends NumericDType, Dev extends Device>(a: Tensor<[...L, X, 1], D, Dev, Kind>, b: Tensor<[...L, 1, Y], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X, Y], D, Dev>;
}
/** ArithmeticOp's last signatures: a number first, then the check of any call. */
export interface ArithmeticChecks<Op extends string> {
  // A number first, as tfjs's `sub(1, x)` and PyTorch's `1 - x` (BCE, a GRU's `1 - z`, `1 - mask`); the
  // number takes the tensor's dtype, so a fraction against an int32 tensor is refused as the other way round.
  <S extends Shape, D extends NumericDType, Dev extends Device, N extends number>(
    a: CheckedLiteral<N, IntOperandCheck<Op, D, N>>, b: Tensor<S, D, Dev, Kind>): Tensor<S, D, Dev>;
  // The check of any call; a number first (refused above: a bool tensor, a fraction against int32) is checked
  // here with the roles swapped, so that its sentence is printed (TypeScript prints only this signature's error).
  <A extends AnyTensor | number, B extends Operand>(
    a: [A] extends [number] ? CheckedLiteral<A, IntOperandCheck<Op, DTypeOfTensor<B>, A & number>> : A & DTypeIs<Op, DTypeOfTensor<A>, NumericDType>,
    b: [A] extends [number] ? B & AnyTensor & DTypeIs<Op, DTypeOfTensor<B>, NumericDType> : B & OperandCheck<Op, ShapeOfTensor<A>, DTypeOfTensor<A>, DeviceOfTensor<A>, B>,
  ): Tensor<ShapeOf<EachBroadcast<ShapeOfTensor<A>, OperandShape<B>, ''>>, DTypeOfTensor<A>, DeviceOfTensor<A>>;
}
declare const perBranch: unique symbol;
/**
 * The union-dim mark (the last Tensor argument) of a same-shape form's other operand: for a union of shapes (the
 * result of a conditional's branches, `large ? [64, 16] : [64, 8]`) a mark no tensor has, so that an operand
 * fitting one branch is not taken for all of them; the checked signature then checks each branch and names
 * the one that does not fit. For one shape, the usual union-dim check (EachDimOneSize). The test is on a template,
 * as Same's: for a user's type-parameter shape the checker skips it (a plain `true extends IsUnion<S>` stayed
 * unevaluated there and refused `add(x: Tensor<S>, y: Tensor<S>)`).
 */
type OneShapeOf<S> = `${true extends IsUnion<S> ? 'union: per branch' : 'ok'}` extends `${string}: ${string}` ? PerBranch : { dims: EachDimOneSize<S> };
/** OneShapeOf without the union-dim check (the OneOr forms, whose `| 1` unions are their own). */
type OneShape<S> = `${true extends IsUnion<S> ? 'union: per branch' : 'ok'}` extends `${string}: ${string}` ? PerBranch : { dims: unknown };
type PerBranch = { readonly [perBranch]: 'a union of shapes: checked branch by branch' };
/** R with every dim 1 (a shape of known rank in generic code too). */
type Ones<R extends Shape> = { [I in keyof R]: 1 };
/** The shapes of S's rank that broadcast onto S: each dim S's own or 1 (the union-dim check is off for it: G unknown). */
type OneOr<S extends Shape> = { [I in keyof S]: S[I] | 1 };
/**
 * The shapes of S's rank that broadcast onto S with a 1 where S may not have one: OneOr<S> with at least one dim
 * the literal 1 (a union, one member a position). The forms that take the smaller operand first use it, so that two
 * operands of one size (a named and a plain tensor, a literal and a `number` dim) are left to the checked signature,
 * which keeps the names and sizes of both.
 */
type SmallerOf<S extends Shape> = { [I in keyof S]: { [J in keyof S]: J extends I ? 1 : S[J] | 1 } }[number];
/**
 * The shapes of a lower rank than S that broadcast onto S: each of S's proper suffixes with every dim its own or 1
 * (a shape of known rank in generic code too; a deferred S, or one of unknown rank, gives never: no such form).
 */
type LowerOneOr<S extends Shape> = S extends readonly [unknown, ...infer R extends Shape] ? OneOr<R> | LowerOneOr<R> : never;
/** A comparison: like ArithmeticOp (the same generic forms: `less(logits [B, V], kth [B, 1])` in top-k sampling), with a bool result. */
export interface ComparisonOp<Op extends string> {
  <S extends Shape, D extends DType, Dev extends Device, N extends number>(
    a: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind, NoInfer<OneShapeOf<S>>> | CheckedLiteral<N, IntOperandCheck<Op, D, N>>): Tensor<S, 'bool', Dev>;
  <L extends Shape, X extends number, D extends DType, Dev extends Device>(a: Tensor<[...L, X], D, Dev, Kind>, b: Tensor<[NoInfer<X>], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X], 'bool', Dev>;
  <L extends Shape, X extends number, Y extends number, D extends DType, Dev extends Device>(a: Tensor<[...L, X, Y], D, Dev, Kind>, b: Tensor<[NoInfer<X>, NoInfer<Y>], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X, Y], 'bool', Dev>;
  <L extends Shape, X extends number, D extends DType, Dev extends Device>(a: Tensor<[...L, X], D, Dev, Kind>, b: Tensor<[...L, 1], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X], 'bool', Dev>;
  <L extends Shape, Y extends number, X extends number, D extends DType, Dev extends Device>(a: Tensor<[...L, Y, X], D, Dev, Kind>, b: Tensor<[1, NoInfer<X>], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, Y, X], 'bool', Dev>;
  <X extends number, R extends Shape, D extends DType, Dev extends Device>(a: Tensor<[X, ...R], D, Dev, Kind>, b: Tensor<[1, ...R], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[X, ...R], 'bool', Dev>;
  // As arithmetic's: an operand whose every dim is the other's or 1, of the same or a lower rank, either way round
  // (`greater(scores [B, H, T, T], floor [B, 1, 1, T])`, `less(threshold [C, 1, 1], x [B, C, H, W])`).
  <S extends Shape, D extends DType, Dev extends Device>(a: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<OneOr<S>>, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind, NoInfer<OneShape<S>>>): Tensor<S, 'bool', Dev>;
  <S extends Shape, D extends DType, Dev extends Device>(a: Tensor<NoInfer<SmallerOf<S>>, D, Dev, Kind, NoInfer<OneShape<S>>>, b: Tensor<S, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<S, 'bool', Dev>;
  <S extends Shape, D extends DType, Dev extends Device>(a: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<LowerOneOr<S>>, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind, NoInfer<OneShape<S>>>): Tensor<S, 'bool', Dev>;
  <S extends Shape, D extends DType, Dev extends Device>(a: Tensor<NoInfer<LowerOneOr<S>>, D, Dev, Kind, NoInfer<OneShape<S>>>, b: Tensor<S, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<S, 'bool', Dev>;
  // Positions compared as [T, 1] against [1, S] (or the other way round): a mask built by hand.
  <X extends number, Y extends number, D extends DType, Dev extends Device>(a: Tensor<[X, 1], D, Dev, Kind>, b: Tensor<[1, Y], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[X, Y], 'bool', Dev>;
  <Y extends number, X extends number, D extends DType, Dev extends Device>(a: Tensor<[1, Y], D, Dev, Kind>, b: Tensor<[X, 1], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[X, Y], 'bool', Dev>;
  // Per-row outer comparisons: `equal(seg[..., :, None], seg[..., None, :])` (sequence packing's same-segment mask).
  <L extends Shape, X extends number, Y extends number, D extends DType, Dev extends Device>(a: Tensor<[...L, X, 1], D, Dev, Kind>, b: Tensor<[...L, 1, Y], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X, Y], 'bool', Dev>;
  <A extends AnyTensor, B extends Operand>(
    a: A, b: B & OperandCheck<Op, ShapeOfTensor<A>, DTypeOfTensor<A>, DeviceOfTensor<A>, B>,
  ): Tensor<ShapeOf<EachBroadcast<ShapeOfTensor<A>, OperandShape<B>, ''>>, 'bool', DeviceOfTensor<A>>;
}

function arithmetic<Op extends string>(op: Op, fn: (x: tf.Tensor, y: tf.Tensor) => tf.Tensor): ArithmeticOp<Op> {
  const impl = (a: AnyTensor | number, b: Operand): AnyTensor => {
    if (typeof a === 'number') {
      if (typeof b === 'number') throw new Error(`${op}: one operand must be a tensor, got two numbers`);
      // The number operand first: the same checks with the roles swapped, then fn(number, tensor).
      const [raw] = binaryRaw(op, b, a, (x, y) => fn(y, x), ['float32', 'int32']);
      return wrap(op, raw, b.device, b.shape, b.dtype);
    }
    const [raw, shape] = binaryRaw(op, a, b, fn, ['float32', 'int32']);
    return wrap(op, raw, a.device, shape, a.dtype);
  };
  return impl as ArithmeticOp<Op>;
}
function comparison<Op extends string>(op: Op, fn: (x: tf.Tensor, y: tf.Tensor) => tf.Tensor): ComparisonOp<Op> {
  const impl = (a: AnyTensor, b: Operand): AnyTensor => {
    const [raw, shape] = binaryRaw(op, a, b, fn, ['float32', 'int32', 'bool']);
    return wrap(op, raw, a.device, shape, 'bool');
  };
  return impl as ComparisonOp<Op>;
}
/**
 * A logical op of two bool tensors, with broadcasting. The first signatures hold in generic code
 * (two masks of one shape, a trailing [X], an outer [X, 1] by [1, Y], a padding mask [..., 1, T] with a causal
 * [T, T]); the last checks any call.
 * (Four or more: TypeScript 5.9 then prints only the last one's sentence.)
 */
export interface LogicalOp<Op extends string> {
  <S extends Shape, Dev extends Device>(a: Tensor<S, 'bool', Dev, Kind>, b: Tensor<NoInfer<S>, 'bool', NoInfer<Same<Dev>>, Kind, NoInfer<OneShapeOf<S>>>): Tensor<S, 'bool', Dev>;
  <L extends Shape, X extends number, Dev extends Device>(a: Tensor<[...L, X], 'bool', Dev, Kind>, b: Tensor<[NoInfer<X>], 'bool', NoInfer<Same<Dev>>, Kind>): Tensor<[...L, X], 'bool', Dev>;
  // A mask of the same rank with 1s where it broadcasts (a key-padding row [1, T] over a causal [T, T], [B, 1, T] over [B, T, T]).
  <S extends Shape, Dev extends Device>(a: Tensor<S, 'bool', Dev, Kind>, b: Tensor<NoInfer<OneOr<S>>, 'bool', NoInfer<Same<Dev>>, Kind, NoInfer<OneShape<S>>>): Tensor<S, 'bool', Dev>;
  // ... either way round, and of a lower rank either way round (a key-padding mask [B, 1, 1, T] first, [T, T] with [B, H, T, T]).
  <S extends Shape, Dev extends Device>(a: Tensor<NoInfer<SmallerOf<S>>, 'bool', Dev, Kind, NoInfer<OneShape<S>>>, b: Tensor<S, 'bool', NoInfer<Same<Dev>>, Kind>): Tensor<S, 'bool', Dev>;
  <S extends Shape, Dev extends Device>(a: Tensor<S, 'bool', Dev, Kind>, b: Tensor<NoInfer<LowerOneOr<S>>, 'bool', NoInfer<Same<Dev>>, Kind, NoInfer<OneShape<S>>>): Tensor<S, 'bool', Dev>;
  <S extends Shape, Dev extends Device>(a: Tensor<NoInfer<LowerOneOr<S>>, 'bool', Dev, Kind, NoInfer<OneShape<S>>>, b: Tensor<S, 'bool', NoInfer<Same<Dev>>, Kind>): Tensor<S, 'bool', Dev>;
  <X extends number, Y extends number, Dev extends Device>(a: Tensor<[X, 1], 'bool', Dev, Kind>, b: Tensor<[1, Y], 'bool', NoInfer<Same<Dev>>, Kind>): Tensor<[X, Y], 'bool', Dev>;
  // Per-example masks [..., T, T] and a causal [T, T] (sequence packing's same-segment mask and causality).
  <L extends Shape, X extends number, Y extends number, Dev extends Device>(a: Tensor<[...L, X, Y], 'bool', Dev, Kind>, b: Tensor<[NoInfer<X>, NoInfer<Y>], 'bool', NoInfer<Same<Dev>>, Kind>): Tensor<[...L, X, Y], 'bool', Dev>;
  // A padding mask [..., 1, T] and a causal mask [T, T]: [..., T, T] (one mask for attention; the other order
  // is refused in generic code, at ~150 instantiations a signature).
  <L extends Shape, Y extends number, X extends number, Dev extends Device>(a: Tensor<[...L, 1, Y], 'bool', Dev, Kind>, b: Tensor<[X, NoInfer<Y>], 'bool', NoInfer<Same<Dev>>, Kind>): Tensor<[...L, X, Y], 'bool', Dev>;
  <S extends Shape, D extends DType, Dev extends Device, B extends AnyTensor>(
    a: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, 'bool'>, b: B & BinaryCheck<Op, S, D, Dev, B>,
  ): Tensor<ShapeOf<EachBroadcast<S, OperandShape<B>, ''>>, 'bool', Dev>;
}
function logical<Op extends string>(op: Op, fn: (x: tf.Tensor, y: tf.Tensor) => tf.Tensor): LogicalOp<Op> {
  // Written on any tensors, as arithmetic's: in the generic signature's body, passing `b` (B & BinaryCheck)
  // on made tsc compute the unevaluated check's constraint (~2.5k instantiations).
  const impl = (a: AnyTensor, b: AnyTensor): AnyTensor => {
    const [raw, shape] = binaryRaw(op, a, b, fn, ['bool']);
    return wrap(op, raw, a.device, shape, 'bool');
  };
  return impl as LogicalOp<Op>;
}

export const add = arithmetic('add', tf.add);
export const sub = arithmetic('sub', tf.sub);
export const mul = arithmetic('mul', tf.mul);
/** Division; int32 operands divide with floor, as in tfjs. */
export const div = arithmetic('div', tf.div);
export const pow = arithmetic('pow', tf.pow);
/** tfjs's gradients of these ops do not sum over broadcast dims; expanding the operands first lets broadcastTo's gradient do it. */
function broadcastFirst(fn: (x: tf.Tensor, y: tf.Tensor) => tf.Tensor): (x: tf.Tensor, y: tf.Tensor) => tf.Tensor {
  return (x, y) => {
    if (x.shape.join() === y.shape.join()) return fn(x, y);
    const shape = broadcastShapes('broadcast', x.shape, y.shape);
    return tf.tidy(() => fn(tf.broadcastTo(x, shape), tf.broadcastTo(y, shape)));
  };
}
export const maximum = arithmetic('maximum', broadcastFirst(tf.maximum));
export const minimum = arithmetic('minimum', broadcastFirst(tf.minimum));
export const squaredDifference = arithmetic('squaredDifference', broadcastFirst(tf.squaredDifference));

export const equal = comparison('equal', tf.equal);
export const notEqual = comparison('notEqual', tf.notEqual);
export const less = comparison('less', tf.less);
export const lessEqual = comparison('lessEqual', tf.lessEqual);
export const greater = comparison('greater', tf.greater);
export const greaterEqual = comparison('greaterEqual', tf.greaterEqual);

export const logicalAnd = logical('logicalAnd', tf.logicalAnd);
export const logicalOr = logical('logicalOr', tf.logicalOr);

/** Elementwise not of a bool tensor. */
export function logicalNot<S extends Shape, D extends DType, Dev extends Device>(x: Tensor<S, D, Dev, Kind> & DTypeIs<'logicalNot', D, 'bool'>): Tensor<S, 'bool', Dev> {
  expectDType('logicalNot', x, ['bool']);
  return wrap('logicalNot', run(x.device, () => tf.logicalNot(x.raw)), x.device, x.shape, 'bool');
}

// ---- where, cast, clip

declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    /** where(condition [SC], a, b): b's device and dtype against a's, and the three shapes' broadcast. */
    where: In extends [infer SC extends Shape, infer A, infer B] ? FirstError<[
      DeviceCheck<'where', DeviceOfTensor<A>, OperandDevice<B, DeviceOfTensor<A>>>, SameDTypeCheck<'where', DTypeOfTensor<A>, OperandDType<B, DTypeOfTensor<A>>>,
      ErrorIn<EachWhere<SC, ShapeOfTensor<A>, OperandShape<B>>>, [B] extends [number] ? IntOperandCheck<'where', DTypeOfTensor<A>, B> : unknown,
    ]> : never;
  }
}
/** The where rule for each member of a union of shapes (the branches of a conditional). */
type EachWhere<SC extends Shape, S extends Shape, SB extends Shape> = S extends unknown ? WhereShape<SC, S, SB> : never;
/**
 * where's b: a number's int32 sentence, or a tensor's device or dtype sentence, first (decided in generic code too, where
 * the shapes' sentence would be the generic one), else Checked.
 */
type WhereOperand<D extends DType, Dev extends Device, B, Checked> =
  [B] extends [number] ? (IntOperandCheck<'where', D, B & number> extends infer M extends string ? CheckedLiteral<B, M> : Checked)
  : B extends Tensor<infer _S, infer DB, infer DevB, Kind> ? (FirstError<[DeviceCheck<'where', Dev, DevB>, SameDTypeCheck<'where', D, DB>]> extends infer M extends string ? CheckedLiteral<B, M> : Checked)
  : Checked;
/** where's b when a is the number (the fill first): a tensor, on the condition's device, checked by where's rule with the roles swapped. */
type FillFirstOperand<SC extends Shape, DevC extends Device, A, B> = [B] extends [number] ? CheckedLiteral<B, `where: a or b must be a tensor, got two numbers`>
  // The number's int32 sentence first: decided in generic code too, where the shapes' sentence would be the generic one.
  : IntOperandCheck<'where', DTypeOfTensor<B>, A & number> extends infer M extends string ? CheckedLiteral<B, M>
  : B & DeviceCheck<'where', DevC, DeviceOfTensor<B>> & RefusedArg<`where: shapes ${RawShape<SC>} and ${RawShape<ShapeOfTensor<B>>} do not broadcast`, 'where', [SC, B, A], B>;
/**
 * Elementwise choice: a where cond is true, else b (a tensor or a number). The three shapes
 * broadcast together. The first signatures hold in generic code (same shape; a [X, Y] mask over
 * [..., X, Y], as in causal attention; padding masks [B, 1, 1, T] and [B, 1, T] over scores; a [..., 1] mask over
 * [..., X], a padding mask over features), b a tensor of a's shape, a scalar tensor or a number; the last checks any
 * broadcast. The kind is a's and b's (a number adds
 * none): masked softmax output is still probabilities, and a choice between logits and probabilities is not logits.
 */
export function where<S extends Shape, D extends DType, Dev extends Device, N extends number, KA extends Kind, KB extends Kind = never>(
  condition: Tensor<NoInfer<S>, 'bool', Dev, Kind, NoInfer<OneShapeOf<S>>>, a: Tensor<S, D, NoInfer<Same<Dev>>, KA>, b: Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | Tensor<[], NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | CheckedLiteral<N, IntOperandCheck<'where', D, N>>): Tensor<S, D, Dev, KA | KB>;
export function where<L extends Shape, X extends number, Y extends number, D extends DType, Dev extends Device, N extends number, KA extends Kind, KB extends Kind = never>(
  condition: Tensor<[NoInfer<X>, NoInfer<Y>], 'bool', Dev, Kind>, a: Tensor<[...L, X, Y], D, NoInfer<Same<Dev>>, KA>, b: Tensor<[...L, NoInfer<X>, NoInfer<Y>], NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | Tensor<[], NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | CheckedLiteral<N, IntOperandCheck<'where', D, N>>): Tensor<[...L, X, Y], D, Dev, KA | KB>;
// A mask of the scores' rank with 1 where it broadcasts: padding masks [B, 1, 1, T] over heads and [B, 1, T]
// over single-head scores, nanoGPT's and Hugging Face's causal masks [1, 1, T, T] and [B, 1, T, T].
export function where<S extends Shape, D extends DType, Dev extends Device, N extends number, KA extends Kind, KB extends Kind = never>(
  condition: Tensor<NoInfer<OneOr<S>>, 'bool', Dev, Kind, NoInfer<OneShape<S>>>, a: Tensor<S, D, NoInfer<Same<Dev>>, KA>, b: Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | Tensor<[], NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | CheckedLiteral<N, IntOperandCheck<'where', D, N>>): Tensor<S, D, Dev, KA | KB>;
export function where<L extends Shape, X extends number, D extends DType, Dev extends Device, N extends number, KA extends Kind, KB extends Kind = never>(
  condition: Tensor<[...L, 1], 'bool', Dev, Kind>, a: Tensor<[...L, X], D, NoInfer<Same<Dev>>, KA>, b: Tensor<[...L, NoInfer<X>], NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | Tensor<[], NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | CheckedLiteral<N, IntOperandCheck<'where', D, N>>): Tensor<[...L, X], D, Dev, KA | KB>;
// The fill first, as PyTorch writes it (`torch.where(logits < kth, -inf, logits)`, `torch.where(mask, -inf, scores)`):
// a number or a scalar tensor as a, the tensor as b, with b's shape, dtype and kind; the same generic forms.
export function where<S extends Shape, D extends DType, Dev extends Device, N extends number, KB extends Kind, KA extends Kind = never>(
  condition: Tensor<NoInfer<S>, 'bool', Dev, Kind, NoInfer<OneShapeOf<S>>>, a: CheckedLiteral<N, IntOperandCheck<'where', D, N>> | Tensor<[], NoInfer<D>, NoInfer<Same<Dev, D>>, KA>, b: Tensor<S, D, NoInfer<Same<Dev>>, KB>): Tensor<S, D, Dev, KA | KB>;
export function where<L extends Shape, X extends number, Y extends number, D extends DType, Dev extends Device, N extends number, KB extends Kind, KA extends Kind = never>(
  condition: Tensor<[NoInfer<X>, NoInfer<Y>], 'bool', Dev, Kind>, a: CheckedLiteral<N, IntOperandCheck<'where', D, N>> | Tensor<[], NoInfer<D>, NoInfer<Same<Dev, D>>, KA>, b: Tensor<[...L, X, Y], D, NoInfer<Same<Dev>>, KB>): Tensor<[...L, X, Y], D, Dev, KA | KB>;
export function where<S extends Shape, D extends DType, Dev extends Device, N extends number, KB extends Kind, KA extends Kind = never>(
  condition: Tensor<NoInfer<OneOr<S>>, 'bool', Dev, Kind, NoInfer<OneShape<S>>>, a: CheckedLiteral<N, IntOperandCheck<'where', D, N>> | Tensor<[], NoInfer<D>, NoInfer<Same<Dev, D>>, KA>, b: Tensor<S, D, NoInfer<Same<Dev>>, KB>): Tensor<S, D, Dev, KA | KB>;
export function where<L extends Shape, X extends number, D extends DType, Dev extends Device, N extends number, KB extends Kind, KA extends Kind = never>(
  condition: Tensor<[...L, 1], 'bool', Dev, Kind>, a: CheckedLiteral<N, IntOperandCheck<'where', D, N>> | Tensor<[], NoInfer<D>, NoInfer<Same<Dev, D>>, KA>, b: Tensor<[...L, X], D, NoInfer<Same<Dev>>, KB>): Tensor<[...L, X], D, Dev, KA | KB>;
// The check of any call; with the fill first, the same checks with the roles of a and b swapped.
export function where<SC extends Shape, DC extends DType, A extends AnyTensor | number, B extends Operand, DevC extends Device>(
  condition: Tensor<SC, DC, DevC, Kind> & DTypeIs<'where', DC, 'bool', 'condition'>,
  a: [A] extends [number] ? A : A & DeviceCheck<'where', DevC, DeviceOfTensor<A>>,
  b: [A] extends [number] ? FillFirstOperand<SC, DevC, A, B>
    : WhereOperand<DTypeOfTensor<A>, DeviceOfTensor<A>, B, RefusedArg<`where: shapes ${RawShape<SC>}, ${RawShape<ShapeOfTensor<A>>} and ${RawShape<OperandShape<B>>} do not broadcast`, 'where', [SC, A, B], B>>,
): [A] extends [number] ? Tensor<ShapeOf<EachWhere<SC, ShapeOfTensor<B>, []>>, DTypeOfTensor<B>, DeviceOfTensor<B>, OperandKind<B>>
  : Tensor<ShapeOf<EachWhere<SC, ShapeOfTensor<A>, OperandShape<B>>>, DTypeOfTensor<A>, DeviceOfTensor<A>, KindOf<A> | OperandKind<B>>;
export function where(condition: AnyTensor, a: AnyTensor | number, b: Operand): AnyTensor {
  expectDType('where', condition, ['bool'], 'condition');
  if (typeof a !== 'number') return choose(condition, a, b, false);
  if (typeof b === 'number') throw new Error('where: a or b must be a tensor, got two numbers');
  // The fill first (torch.where(logits < kth, -inf, logits)): the tensor is b, and the number takes its dtype.
  return choose(condition, b, a, true);
}
/** where of tensor t and fill (t's dtype), t where the condition holds, or the fill there when fillFirst. */
function choose(condition: AnyTensor, t: AnyTensor, fill: Operand, fillFirst: boolean): AnyTensor {
  deviceOf('where', t, condition);
  const other = operand('where', t, fill);
  const shape = broadcastShapes('where', broadcastShapes('where', condition.shape, t.shape), typeof fill === 'number' ? [] : fill.shape);
  // Expand all three to the result shape first: tfjs's where broadcasts only partly.
  const raw = run(t.device, () => tf.tidy(() => {
    const [x, y] = [tf.broadcastTo(t.raw, shape), tf.broadcastTo(other, shape)];
    return tf.where(tf.broadcastTo(condition.raw, shape), fillFirst ? y : x, fillFirst ? x : y);
  }));
  if (typeof fill === 'number') other.dispose();
  return wrap('where', raw, t.device, shape, t.dtype);
}

/** A cast's kind: float32 keeps the values and their kind (softmax output cast to float32 is still probabilities); another dtype gives plain values. */
export type CastKind<To extends DType, K extends Kind> = [To] extends ['float32'] ? K : 'values';
/** The same values in another dtype. */
export function cast<S extends Shape, D extends DType, Dev extends Device, To extends DType, K extends Kind>(x: Tensor<S, D, Dev, K>, dtype: To): Tensor<S, To, Dev, CastKind<To, K>> {
  return wrap('cast', run(x.device, () => tf.cast(x.raw, dtype)), x.device, x.shape, dtype);
}

/** Literal bounds of clipByValue the wrong way round, with the run-time sentence. */
export type ClipBoundsCheck<Lo extends number, Hi extends number> =
  OrderIs<CompareReal<Lo, Hi>, 'gt'> extends true ? `clipByValue: min ${Lo} is greater than max ${Hi}` : unknown;
/**
 * clipByValue's checks, on max (one check: each costs on every call): the bounds' order, then on an int32 tensor
 * a fraction as either bound (tfjs would truncate it).
 */
type ClipCheck<D extends DType, Lo extends number, Hi extends number> =
  ClipBoundsCheck<Lo, Hi> extends infer M extends string ? M
  : [D] extends ['int32'] ? (IntOperandCheck<'clipByValue', D, Lo> extends infer M extends string ? M : IntOperandCheck<'clipByValue', D, Hi>) : unknown;
/** Values limited to [min, max] (on an int32 tensor, integer bounds). The kind is kept: clipped softmax output (clip(p, 1e-7, 1)) is still probabilities. */
export function clipByValue<S extends Shape, D extends DType, Dev extends Device, Lo extends number, Hi extends number, K extends Kind>(
  x: Tensor<S, D, Dev, K> & DTypeIs<'clipByValue', D, NumericDType>, min: Lo, max: CheckedLiteral<Hi, ClipCheck<D, Lo, Hi>>,
): Tensor<S, D, Dev, K> {
  expectDType('clipByValue', x, ['float32', 'int32']);
  if (min > max) throw new Error(`clipByValue: min ${min} is greater than max ${max}`);
  if (x.dtype === 'int32') for (const b of [min, max]) intOperand('clipByValue', b);
  // tfjs-wasm's clip of an int32 tensor returns float32 bit patterns as its values (1 reads as 1065353216):
  // int32 is clipped by maximum and minimum against full-shape bounds instead.
  const clip = x.dtype === 'int32'
    ? () => tf.tidy(() => tf.minimum(tf.maximum(x.raw, tf.fill(x.shape, min, 'int32')), tf.fill(x.shape, max, 'int32')))
    : () => tf.clipByValue(x.raw, min, max);
  return wrap('clipByValue', run(x.device, clip), x.device, x.shape, x.dtype);
}

// ---- As Tensor methods (installed by src/ops/methods.ts): the signatures above with the tensor as
// `this`. Kept beside the functions so a change to one is made to both; named types, so every tensor
// type shares them (inline members of Tensor's interface were instantiated per tensor type).
/** ArithmeticOp with the first operand as `this`. */
export interface ArithmeticMethod<Op extends string> {
  <S extends Shape, D extends NumericDType, Dev extends Device, N extends number>(
    this: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind, NoInfer<OneShapeOf<S>>> | CheckedLiteral<N, IntOperandCheck<Op, D, N>>): Tensor<S, D, Dev>;
  <L extends Shape, X extends number, D extends NumericDType, Dev extends Device>(this: Tensor<[...L, X], D, Dev, Kind>, b: Tensor<[NoInfer<X>], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X], D, Dev>;
  <L extends Shape, X extends number, Y extends number, D extends NumericDType, Dev extends Device>(this: Tensor<[...L, X, Y], D, Dev, Kind>, b: Tensor<[NoInfer<X>, NoInfer<Y>], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X, Y], D, Dev>;
  <L extends Shape, X extends number, D extends NumericDType, Dev extends Device>(this: Tensor<[...L, X], D, Dev, Kind>, b: Tensor<[...L, 1], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X], D, Dev>;
  <L extends Shape, Y extends number, X extends number, D extends NumericDType, Dev extends Device>(this: Tensor<[...L, Y, X], D, Dev, Kind>, b: Tensor<[1, NoInfer<X>], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, Y, X], D, Dev>;
  <X extends number, R extends Shape, D extends NumericDType, Dev extends Device>(this: Tensor<[X, ...R], D, Dev, Kind>, b: Tensor<[1, ...R], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[X, ...R], D, Dev>;
  <X extends number, R extends Shape, D extends NumericDType, Dev extends Device>(this: Tensor<[X, ...R], D, Dev, Kind>, b: Tensor<[NoInfer<X>, ...Ones<R>], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[X, ...R], D, Dev>;
  <X extends number, Y extends number, R extends Shape, D extends NumericDType, Dev extends Device>(this: Tensor<[X, 1, ...R], D, Dev, Kind>, b: Tensor<[1, Y, ...R], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[X, Y, ...R], D, Dev>;
  <Y extends number, X extends number, R extends Shape, D extends NumericDType, Dev extends Device>(this: Tensor<[1, Y, ...R], D, Dev, Kind>, b: Tensor<[X, 1, ...R], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[X, Y, ...R], D, Dev>;
  <S extends Shape, D extends NumericDType, Dev extends Device>(this: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<OneOr<S>>, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind, NoInfer<OneShape<S>>>): Tensor<S, D, Dev>;
  // As the function's: an operand of lower rank either way round (`x.add(bias [C, 1, 1])`, `gain.mul(x)`), the smaller
  // operand of the same rank first (`mask.add(scores)`), [..., 1, 1] by a matrix.
  <S extends Shape, D extends NumericDType, Dev extends Device>(this: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<LowerOneOr<S>>, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind, NoInfer<OneShape<S>>>): Tensor<S, D, Dev>;
  <S extends Shape, D extends NumericDType, Dev extends Device>(this: Tensor<NoInfer<LowerOneOr<S>>, D, Dev, Kind, NoInfer<OneShape<S>>>, b: Tensor<S, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<S, D, Dev>;
  <S extends Shape, D extends NumericDType, Dev extends Device>(this: Tensor<NoInfer<SmallerOf<S>>, D, Dev, Kind, NoInfer<OneShape<S>>>, b: Tensor<S, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<S, D, Dev>;
  // As the function's: `x.expandDims(-1).mul(freqs)`, Mamba's `delta.expandDims(-1).mul(A)`.
  <L extends Shape, Y extends number, D extends NumericDType, Dev extends Device>(this: Tensor<[...L, 1], D, Dev, Kind>, b: Tensor<[Y], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, Y], D, Dev>;
  <L extends Shape, Y extends number, Z extends number, D extends NumericDType, Dev extends Device>(this: Tensor<[...L, 1, 1], D, Dev, Kind>, b: Tensor<[Y, Z], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, Y, Z], D, Dev>;
  <L extends Shape, X extends number, Y extends number, D extends NumericDType, Dev extends Device>(this: Tensor<[...L, X, 1], D, Dev, Kind>, b: Tensor<[NoInfer<X>, Y], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X, Y], D, Dev>;
  <S extends Shape, D extends DType, Dev extends Device, B extends Operand>(
    this: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, NumericDType>, b: B & OperandCheck<Op, S, D, Dev, B>,
  ): Tensor<ShapeOf<EachBroadcast<S, OperandShape<B>, ''>>, D, Dev>;
}
/**
 * ComparisonOp with the first operand as `this`, with the generic forms comparisons use most (a trailing
 * [X], a keepDims column: `logits.less(kth [B, 1])` in top-k sampling, an outer [X, 1] by [1, Y] either
 * way round); the function has them all.
 */
export interface ComparisonMethod<Op extends string> {
  <S extends Shape, D extends DType, Dev extends Device, N extends number>(
    this: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind, NoInfer<OneShapeOf<S>>> | CheckedLiteral<N, IntOperandCheck<Op, D, N>>): Tensor<S, 'bool', Dev>;
  <L extends Shape, X extends number, D extends DType, Dev extends Device>(this: Tensor<[...L, X], D, Dev, Kind>, b: Tensor<[NoInfer<X>], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X], 'bool', Dev>;
  <L extends Shape, X extends number, D extends DType, Dev extends Device>(this: Tensor<[...L, X], D, Dev, Kind>, b: Tensor<[...L, 1], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X], 'bool', Dev>;
  <S extends Shape, D extends DType, Dev extends Device>(this: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<OneOr<S>>, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind, NoInfer<OneShape<S>>>): Tensor<S, 'bool', Dev>;
  <S extends Shape, D extends DType, Dev extends Device>(this: Tensor<NoInfer<SmallerOf<S>>, D, Dev, Kind, NoInfer<OneShape<S>>>, b: Tensor<S, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<S, 'bool', Dev>;
  <S extends Shape, D extends DType, Dev extends Device>(this: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<LowerOneOr<S>>, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind, NoInfer<OneShape<S>>>): Tensor<S, 'bool', Dev>;
  <S extends Shape, D extends DType, Dev extends Device>(this: Tensor<NoInfer<LowerOneOr<S>>, D, Dev, Kind, NoInfer<OneShape<S>>>, b: Tensor<S, NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<S, 'bool', Dev>;
  <X extends number, Y extends number, D extends DType, Dev extends Device>(this: Tensor<[X, 1], D, Dev, Kind>, b: Tensor<[1, Y], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[X, Y], 'bool', Dev>;
  <Y extends number, X extends number, D extends DType, Dev extends Device>(this: Tensor<[1, Y], D, Dev, Kind>, b: Tensor<[X, 1], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[X, Y], 'bool', Dev>;
  <L extends Shape, X extends number, Y extends number, D extends DType, Dev extends Device>(this: Tensor<[...L, X, 1], D, Dev, Kind>, b: Tensor<[...L, 1, Y], NoInfer<D>, NoInfer<Same<Dev, D>>, Kind>): Tensor<[...L, X, Y], 'bool', Dev>;
  <S extends Shape, D extends DType, Dev extends Device, B extends Operand>(this: Tensor<S, D, Dev, Kind>, b: B & OperandCheck<Op, S, D, Dev, B>): Tensor<ShapeOf<EachBroadcast<S, OperandShape<B>, ''>>, 'bool', Dev>;
}
/** FloatUnaryOp as a method. */
export type FloatUnaryMethod<Op extends string> = <S extends Shape, D extends DType, Dev extends Device>(
  this: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, 'float32'>,
) => Tensor<S, 'float32', Dev>;
/** KindMapOp (exp, log) as a method. */
export type KindMapMethod<Op extends string, From extends Kind, To extends Kind> = <S extends Shape, D extends DType, Dev extends Device, K extends Kind>(
  this: Tensor<S, D, Dev, K> & DTypeIs<Op, D, 'float32'>,
) => Tensor<S, 'float32', Dev, [K] extends [From] ? To : 'values'>;
/** A numeric unary op (neg, abs, square, relu) as a method: the dtype kept. */
export type NumericUnaryMethod<Op extends string> = <S extends Shape, D extends DType, Dev extends Device>(
  this: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, NumericDType>,
) => Tensor<S, D, Dev>;
/**
 * LogicalOp (logicalAnd / logicalOr) with the first mask as `this`: two masks of one shape and a padding mask
 * with a causal one in generic code (the function's other forms cost ~65 instantiations a signature here), then the check.
 */
export interface LogicalMethod<Op extends string> {
  <S extends Shape, Dev extends Device>(this: Tensor<S, 'bool', Dev, Kind>, b: Tensor<NoInfer<S>, 'bool', NoInfer<Same<Dev>>, Kind, NoInfer<OneShapeOf<S>>>): Tensor<S, 'bool', Dev>;
  <S extends Shape, Dev extends Device>(this: Tensor<S, 'bool', Dev, Kind>, b: Tensor<NoInfer<OneOr<S>>, 'bool', NoInfer<Same<Dev>>, Kind, NoInfer<OneShape<S>>>): Tensor<S, 'bool', Dev>;
  <S extends Shape, Dev extends Device>(this: Tensor<NoInfer<SmallerOf<S>>, 'bool', Dev, Kind, NoInfer<OneShape<S>>>, b: Tensor<S, 'bool', NoInfer<Same<Dev>>, Kind>): Tensor<S, 'bool', Dev>;
  <S extends Shape, Dev extends Device>(this: Tensor<S, 'bool', Dev, Kind>, b: Tensor<NoInfer<LowerOneOr<S>>, 'bool', NoInfer<Same<Dev>>, Kind, NoInfer<OneShape<S>>>): Tensor<S, 'bool', Dev>;
  <S extends Shape, Dev extends Device>(this: Tensor<NoInfer<LowerOneOr<S>>, 'bool', Dev, Kind, NoInfer<OneShape<S>>>, b: Tensor<S, 'bool', NoInfer<Same<Dev>>, Kind>): Tensor<S, 'bool', Dev>;
  <L extends Shape, Y extends number, X extends number, Dev extends Device>(this: Tensor<[...L, 1, Y], 'bool', Dev, Kind>, b: Tensor<[X, NoInfer<Y>], 'bool', NoInfer<Same<Dev>>, Kind>): Tensor<[...L, X, Y], 'bool', Dev>;
  <S extends Shape, D extends DType, Dev extends Device, B extends AnyTensor>(
    this: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, 'bool'>, b: B & BinaryCheck<Op, S, D, Dev, B>,
  ): Tensor<ShapeOf<EachBroadcast<S, OperandShape<B>, ''>>, 'bool', Dev>;
}
/** logicalNot as a method. */
export type LogicalNotMethod = <S extends Shape, D extends DType, Dev extends Device>(this: Tensor<S, D, Dev, Kind> & DTypeIs<'logicalNot', D, 'bool'>) => Tensor<S, 'bool', Dev>;
/** where as tfjs chains it: `a.where(condition, b)` is `where(condition, a, b)`. */
export interface WhereMethod {
  <S extends Shape, D extends DType, Dev extends Device, N extends number, KA extends Kind, KB extends Kind = never>(
    this: Tensor<S, D, Dev, KA>, condition: Tensor<NoInfer<S>, 'bool', NoInfer<Same<Dev>>, Kind, NoInfer<OneShapeOf<S>>>, b: Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | Tensor<[], NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | CheckedLiteral<N, IntOperandCheck<'where', D, N>>): Tensor<S, D, Dev, KA | KB>;
  <L extends Shape, X extends number, Y extends number, D extends DType, Dev extends Device, N extends number, KA extends Kind, KB extends Kind = never>(
    this: Tensor<[...L, X, Y], D, Dev, KA>, condition: Tensor<[NoInfer<X>, NoInfer<Y>], 'bool', NoInfer<Same<Dev>>, Kind>, b: Tensor<[...L, NoInfer<X>, NoInfer<Y>], NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | Tensor<[], NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | CheckedLiteral<N, IntOperandCheck<'where', D, N>>): Tensor<[...L, X, Y], D, Dev, KA | KB>;
  <S extends Shape, D extends DType, Dev extends Device, N extends number, KA extends Kind, KB extends Kind = never>(
    this: Tensor<S, D, Dev, KA>, condition: Tensor<NoInfer<OneOr<S>>, 'bool', NoInfer<Same<Dev>>, Kind, NoInfer<OneShape<S>>>, b: Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | Tensor<[], NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | CheckedLiteral<N, IntOperandCheck<'where', D, N>>): Tensor<S, D, Dev, KA | KB>;
  <L extends Shape, X extends number, D extends DType, Dev extends Device, N extends number, KA extends Kind, KB extends Kind = never>(
    this: Tensor<[...L, X], D, Dev, KA>, condition: Tensor<[...L, 1], 'bool', NoInfer<Same<Dev>>, Kind>, b: Tensor<[...L, NoInfer<X>], NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | Tensor<[], NoInfer<D>, NoInfer<Same<Dev, D>>, KB> | CheckedLiteral<N, IntOperandCheck<'where', D, N>>): Tensor<[...L, X], D, Dev, KA | KB>;
  <SC extends Shape, DC extends DType, S extends Shape, D extends DType, Dev extends Device, B extends Operand, DevC extends Device, K extends Kind>(
    this: Tensor<S, D, Dev, K>,
    condition: Tensor<SC, DC, DevC, Kind> & FirstError<[DTypeIs<'where', DC, 'bool', 'condition'>, DeviceCheck<'where', DevC, Dev>]>,
    b: WhereOperand<D, Dev, B, RefusedArg<`where: shapes ${RawShape<SC>}, ${RawShape<S>} and ${RawShape<OperandShape<B>>} do not broadcast`, 'where', [SC, Tensor<S, D, Dev>, B], B>>,
  ): Tensor<ShapeOf<WhereShape<SC, S, OperandShape<B>>>, D, Dev, K | OperandKind<B>>;
}
/** cast as a method. */
export type CastMethod = <S extends Shape, D extends DType, Dev extends Device, To extends DType, K extends Kind>(this: Tensor<S, D, Dev, K>, dtype: To) => Tensor<S, To, Dev, CastKind<To, K>>;
/** clipByValue as a method. */
export type ClipByValueMethod = <S extends Shape, D extends DType, Dev extends Device, Lo extends number, Hi extends number, K extends Kind>(
  this: Tensor<S, D, Dev, K> & DTypeIs<'clipByValue', D, NumericDType>, min: Lo, max: CheckedLiteral<Hi, ClipCheck<D, Lo, Hi>>,
) => Tensor<S, D, Dev, K>;
