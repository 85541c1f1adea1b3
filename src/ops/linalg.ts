// Matrix products. tfjs on wasm is fast (XNNPACK) only for rank-2, non-transposed matmuls, and runs
// every other product (batched, or with a transposed operand) in a scalar loop; so every product
// here goes through batchMatMulRaw (./kernels.ts), a SIMD kernel that is fast for batched and
// transposed-A products too, with gradients that are products of the same fast kind. On other
// backends batchMatMulRaw is tf.matMul with explicit transposes.
import { tf } from './tf.js';
import type { DimsAgree, FirstError, FormatDim, FormatShape, Shape, ShapeOf } from '../shapes/core.js';
import type { MatMul } from '../shapes/matmul.js';
import { broadcastShapes, formatShape, matMulShape, ShapeError } from '../shapes/rules.js';
import type { Device } from './backend.js';
import type { AgreeOr, DeviceCheck, DTypeIs, ErrorIn, InitDims, LastDim, RawShape, Refused, RunTimeDim, RunTimeRank, Same, SameDevice, SameDTypeCheck, SecondLastDim } from './checks.js';
import type { CheckedLiteral } from '../shapes/literals.js';
import { deviceOf, expectDType, run, sameDType, wrap } from './internal.js';
import { batchMatMulRaw, columnSumsRaw } from './kernels.js';
import type { AnyTensor, DeviceOfTensor, DType, DTypeOfTensor, Kind, ShapeOfTensor, Tensor } from './tensor.js';

/** The batched product with its gradient: a [batch, M, K] @ b [batch, K, N] (same batch). */
const batchMatMul3d: (a: tf.Tensor, b: tf.Tensor) => tf.Tensor = tf.customGrad((...inputs) => {
  const [a, b, save] = inputs as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
  // Saved, not closed over: the forward pass frees its intermediates before the backward pass.
  save([a, b]);
  return {
    value: batchMatMulRaw(a, b),
    gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
      const g = dy as tf.Tensor;
      const [sa, sb] = saved;
      // da = dy @ b^T, db = a^T @ dy (the kernel reads transposed operands in place).
      return [batchMatMulRaw(g, sb, false, 1, true), batchMatMulRaw(sa, g, true)];
    },
  };
}) as (a: tf.Tensor, b: tf.Tensor) => tf.Tensor;

/**
 * a @ b for rank-2 operands, with a gradient made of fast products: da = dy @ transpose(b),
 * db = transpose(a) @ dy (the kernel reads transposed operands in place).
 */
export const matMul2d: (a: tf.Tensor, b: tf.Tensor) => tf.Tensor = tf.customGrad((...inputs) => {
  const [a, b, save] = inputs as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
  save([a, b]);
  const sa: number[] = a.shape;
  const sb: number[] = b.shape;
  const [m, k, n] = [sa[0], sa[1], sb[1]];
  return {
    value: tf.reshape(batchMatMulRaw(tf.reshape(a, [1, m, k]), tf.reshape(b, [1, k, n])), [m, n]),
    gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
      const g = tf.reshape(dy as tf.Tensor, [1, m, n]);
      const [sa, sb] = saved;
      const da = batchMatMulRaw(g, tf.reshape(sb, [1, k, n]), false, 1, true);
      const db = batchMatMulRaw(tf.reshape(sa, [1, m, k]), g, true);
      return [tf.reshape(da, [m, k]), tf.reshape(db, [k, n])];
    },
  };
}) as (a: tf.Tensor, b: tf.Tensor) => tf.Tensor;

/** The raw product behind matMul and linear, picking the fast path where one exists. */
function product(a: tf.Tensor, b: tf.Tensor, transposeA: boolean, transposeB: boolean): tf.Tensor {
  const x = transposeA ? tf.transpose(a, swapLast(a.rank)) : a;
  const y = transposeB ? tf.transpose(b, swapLast(b.rank)) : b;
  if (x.rank === 2 && y.rank === 2) return matMul2d(x, y);
  if (y.rank === 2) {
    // [..., M, K] @ [K, N]: one rank-2 product over the flattened leading dims.
    const lead = x.shape.slice(0, -1);
    const flat = tf.reshape(x, [-1, ...x.shape.slice(-1)]);
    return tf.reshape(matMul2d(flat, y), [...lead, ...y.shape.slice(1)]);
  }
  // Expand broadcast batch dims first, so that broadcastTo's gradient sums over them; then one
  // batched product over the flattened batch dims.
  const batch = broadcastShapes('matMul', x.shape.slice(0, -2), y.shape.slice(0, -2));
  const expand = (t: tf.Tensor): tf.Tensor =>
    (t.shape.slice(0, -2).join() === batch.join() ? t : tf.broadcastTo(t, [...batch, ...t.shape.slice(-2)]));
  const sx: number[] = x.shape;
  const sy: number[] = y.shape;
  const [m, k, n] = [sx[x.rank - 2], sx[x.rank - 1], sy[y.rank - 1]];
  const flatA = tf.reshape(expand(x), [-1, m, k]);
  const flatB = tf.reshape(expand(y), [-1, k, n]);
  return tf.reshape(batchMatMul3d(flatA, flatB), [...batch, m, n]);
}
function swapLast(rank: number): number[] {
  const perm = Array.from({ length: rank }, (_, i) => i);
  [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1], perm[rank - 2]];
  return perm;
}

declare module './checks.js' {
  interface Rules<In extends readonly unknown[]> {
    /** matMul(a, b, transposeA, transposeB): the operands' devices, dtypes and shapes. */
    matMul: In extends [infer A, infer B, infer TA extends boolean, infer TB extends boolean]
      // The shape rule after FirstError, not in it: FirstError's test on a sentence over generic dims stays unevaluated.
      ? FirstError<[DeviceCheck<'matMul', DeviceOfTensor<A>, DeviceOfTensor<B>>, SameDTypeCheck<'matMul', DTypeOfTensor<A>, DTypeOfTensor<B>>]> extends infer E extends string
        ? E : InnerDimsRule<ShapeOfTensor<A>, ShapeOfTensor<B>, TA, TB>
      : never;
    /** linear(x, weight): the weight against x [S] (W is [in, out]). */
    linear: In extends [infer S extends Shape, infer W extends Shape, infer Dev extends Device, infer DevW extends Device, infer XIn]
      ? SameDevice<'linear', Dev, DevW, LinearWeightCheck<S, W, XIn>> : never;
    /** linear's bias [SBias] against the weight [W]. */
    linearBias: In extends [infer W extends Shape, infer SBias extends Shape, infer Dev extends Device, infer DevBias extends Device]
      ? SameDevice<'linear', Dev, DevBias, BiasCheck<W, SBias>> : never;
  }
}
/**
 * matMul's shape rule, deciding first on the inner dims alone: in a user's code generic over the batch only
 * (`x: Tensor<[B, 784]>` @ a `[100, 10]` weight) they are literals that disagree while MatMul, which matches the
 * whole shapes, stays unevaluated and printed its own body (ErrorIn<[B, 784, 100, 10] extends ...>). The
 * sentence is MatMul's, the shapes printed by FormatShape (a generic one as `${FormatShape<[B, 784]>}`).
 * A union of shapes (a conditional's branches) keeps MatMul's member-by-member sentence.
 */
type InnerDimsRule<SA extends Shape, SB extends Shape, TA extends boolean, TB extends boolean> =
  [InnerMark<SA, SB, TA, TB>] extends [['inner', infer KA, infer KB]]
    ? `matMul: inner dimensions differ (${FormatDim<KA>} vs ${FormatDim<KB>}) in ${FormatShape<SA>} @ ${FormatShape<SB>}${InnerSuggest<KA, SecondLastDim<SB>, LastDim<SB>, TB>}`
    : ErrorIn<MatMul<SA, SB, TA, TB>>;
/** ['inner', KA, KB] when one pair of shapes has inner dims that disagree (tested on the dims, not on a sentence; a shape of unknown rank has none). */
type InnerMark<SA, SB, TA extends boolean, TB extends boolean, SA0 = SA, SB0 = SB> =
  SA extends unknown ? SB extends unknown
    ? [[SA0, SB0]] extends [[SA, SB]]
      ? ([TA extends true ? SecondLastDim<SA> : LastDim<SA>, TB extends true ? LastDim<SB> : SecondLastDim<SB>] extends [infer KA extends number, infer KB extends number]
        ? (DimsAgree<KA, KB> extends false ? ['inner', KA, KB] : 'other') : 'other')
      : 'other'
    : never : never;
/** MatMul's hint when the other dim of b fits (the same text as shapes/matmul.ts's). */
type InnerSuggest<KA, MB, NB, TB extends boolean> =
  TB extends false
    ? (DimsAgree<KA, NB> extends true ? '; did you mean matMul(a, b, false, true) or matMul(a, transpose(b))?' : '')
    : (DimsAgree<KA, MB> extends true ? '; did you mean matMul(a, b) without transposeB?' : '');
/**
 * matMul's check of b: the devices' and dtypes' sentence first, which code generic over the batch knows while
 * the shapes' generic sentence would claim the inner dims differ; then the rule (Refused).
 */
type MatMulCheck<A, B, TA, TB> =
  FirstError<[DeviceCheck<'matMul', DeviceOfTensor<A>, DeviceOfTensor<B>>, SameDTypeCheck<'matMul', DTypeOfTensor<A>, DTypeOfTensor<B>>]> extends infer M extends string
    ? M : Refused<MatMulSentence<ShapeOfTensor<A>, ShapeOfTensor<B>, TA, TB>, 'matMul', [A, B, TA, TB]>;
/** matMul's sentence in generic code, over the inner dims as the user named them. */
type MatMulSentence<SA, SB, TA, TB> =
  `matMul: inner dimensions differ (${TA extends true ? SecondLastDim<SA> : LastDim<SA>} vs ${TB extends true ? LastDim<SB> : SecondLastDim<SB>})${BatchClause<InitDims<InitDims<SA>>, InitDims<InitDims<SB>>>}`;
/**
 * Operands that both have batch dims can fail on those as well (the same inner dim in both, as the user
 * wrote it, with another number of heads): generic code cannot tell which, so the sentence names both.
 * (Decided by the lengths alone, known there; no batch dims on one side always broadcast.)
 */
type BatchClause<BA, BB> = BA extends [] ? '' : BB extends [] ? '' : BatchText<BA, BB>;
type BatchText<BA, BB> = ` or batch dims ${RawShape<BA>} and ${RawShape<BB>} do not broadcast`;

/** matMul's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface MatMulFunction {
  <L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    a: Tensor<[...L, M, K], 'float32', Dev, Kind>, b: Tensor<[...L, NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA?: false, transposeB?: false,
  ): Tensor<[...L, M, N], 'float32', Dev>;
  <L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    a: Tensor<[...L, M, K], 'float32', Dev, Kind>, b: Tensor<[...L, N, NoInfer<K>], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA: false, transposeB: true,
  ): Tensor<[...L, M, N], 'float32', Dev>;
  <L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    a: Tensor<[...L, M, K], 'float32', Dev, Kind>, b: Tensor<[NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA?: false, transposeB?: false,
  ): Tensor<[...L, M, N], 'float32', Dev>;
  // x of any rank in generic code ([...L, K]: a LoRA delta x @ A @ B over any leading dims), as linear takes it;
  // a rank of 1 (L = []) is refused here and gets the checked signature's sentence.
  <L extends Shape, K extends number, N extends number, Dev extends Device>(
    a: Tensor<[...L, K], 'float32', Dev, Kind>, b: Tensor<[NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind> & CheckedLiteral<unknown, L extends [] ? 'matMul: a must have rank >= 2' : unknown>,
    transposeA?: false, transposeB?: false,
  ): Tensor<[...L, N], 'float32', Dev>;
  // A weight-tied output head (nanoGPT's lm_head = wte): [..., M, K] @ [N, K]^T.
  <L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    a: Tensor<[...L, M, K], 'float32', Dev, Kind>, b: Tensor<[N, NoInfer<K>], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA: false, transposeB: true,
  ): Tensor<[...L, M, N], 'float32', Dev>;
  <L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    a: Tensor<[M, K], 'float32', Dev, Kind>, b: Tensor<[...L, NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA?: false, transposeB?: false,
  ): Tensor<[...L, M, N], 'float32', Dev>;
  // One matrix broadcast over a stack of them (`expandDims(x, 0) @ w` with w [E, K, N]: every expert of a mixture at once).
  // (b's batch is at least one dim, which the 1 broadcasts against; a plain [K, N] b keeps the 1, the form above.)
  <X extends number, L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    a: Tensor<[1, M, K], 'float32', Dev, Kind>, b: Tensor<[X, ...L, NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA?: false, transposeB?: false,
  ): Tensor<[X, ...L, M, N], 'float32', Dev>;
  <L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    a: Tensor<[...L, K, M], 'float32', Dev, Kind>, b: Tensor<[...L, NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA: true, transposeB?: false,
  ): Tensor<[...L, M, N], 'float32', Dev>;
  <L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    a: Tensor<[...L, K, M], 'float32', Dev, Kind>, b: Tensor<[...L, N, NoInfer<K>], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA: true, transposeB: true,
  ): Tensor<[...L, M, N], 'float32', Dev>;
  // One key/value head broadcast over the query heads in generic code (multi-query attention: q [B, H, T, Dh] @
  // k [B, 1, S, Dh]^T, then probs [B, H, T, S] @ v [B, 1, S, Dh]), and the mirror (one query row over many heads).
  // The checked signature cannot: Broadcast of a generic dim and 1 stays unevaluated (H could be 1 or not).
  <L extends Shape, X extends number, M extends number, K extends number, N extends number, Dev extends Device>(
    a: Tensor<[...L, X, M, K], 'float32', Dev, Kind>, b: Tensor<[...L, 1, NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA?: false, transposeB?: false,
  ): Tensor<[...L, X, M, N], 'float32', Dev>;
  <L extends Shape, X extends number, M extends number, K extends number, N extends number, Dev extends Device>(
    a: Tensor<[...L, X, M, K], 'float32', Dev, Kind>, b: Tensor<[...L, 1, N, NoInfer<K>], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA: false, transposeB: true,
  ): Tensor<[...L, X, M, N], 'float32', Dev>;
  <L extends Shape, X extends number, M extends number, K extends number, N extends number, Dev extends Device>(
    a: Tensor<[...L, 1, M, K], 'float32', Dev, Kind>, b: Tensor<[...L, X, NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA?: false, transposeB?: false,
  ): Tensor<[...L, X, M, N], 'float32', Dev>;
  <L extends Shape, X extends number, M extends number, K extends number, N extends number, Dev extends Device>(
    a: Tensor<[...L, 1, M, K], 'float32', Dev, Kind>, b: Tensor<[...L, X, N, NoInfer<K>], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA: false, transposeB: true,
  ): Tensor<[...L, X, M, N], 'float32', Dev>;
  // The checked signature takes each operand as a whole, so that a union of tensors (the branches of
  // a conditional) is checked member by member and the sentence names the member that does not fit.
  <A extends AnyTensor, B extends AnyTensor, TA extends boolean = false, TB extends boolean = false>(
    a: A & DTypeIs<'matMul', DTypeOfTensor<A>, 'float32'>,
    b: B & MatMulCheck<A, B, TA, TB>,
    transposeA?: TA, transposeB?: TB,
  ): Tensor<ShapeOf<MatMul<ShapeOfTensor<A>, ShapeOfTensor<B>, TA, TB>>, DTypeOfTensor<A>, DeviceOfTensor<A>, 'values'>;
}
function matMulImpl(a: AnyTensor, b: AnyTensor, transposeA?: boolean, transposeB?: boolean): AnyTensor {
  deviceOf('matMul', a, b);
  expectDType('matMul', a, ['float32']);
  sameDType('matMul', a, b);
  const out = matMulShape(a.shape, b.shape, transposeA ?? false, transposeB ?? false);
  const raw = run(a.device, () => tf.tidy(() => product(a.raw, b.raw, transposeA ?? false, transposeB ?? false)));
  return wrap('matMul', raw, a.device, out, a.dtype);
}
/**
 * The matrix product, tfjs's argument order: matMul(a, b, transposeA, transposeB). Batch dims
 * broadcast. The first signatures hold in generic code (same batch dims, a @ b^T, [..., M, K] @ [K, N],
 * [M, K] @ [..., K, N], [1, M, K] @ [E, ..., K, N]); the last checks any product and prints the sentence. (Four signatures take two
 * arguments: TypeScript 5.9 then prints only the last one's sentence, where for two or three it lists each.) `matMul(zeros([3, 4]), zeros([3, 4]))` fails to compile: inner dimensions differ.
 */
export const matMul: MatMulFunction = matMulImpl as unknown as MatMulFunction;

type LinearShape<S extends Shape, W extends Shape> =
  S extends [...infer Lead extends Shape, infer In]
    ? W extends [infer WIn, infer Out extends number]
      ? DimsAgree<In, WIn> extends true ? [...Lead, Out]
      : `linear: input's last dim ${FormatDim<In>} does not match the weight ${FormatShape<W>} (expects ${FormatDim<WIn>})`
      : `linear: weight must be [in, out], got ${FormatShape<W>}`
    : `linear: input must have rank >= 1, got ${FormatShape<S>}`;
/**
 * The weight [W] against x [S] whose last dim is In: LinearShape's sentences, as a chain of tests on the
 * inputs (AgreeOr), so that a weight that fits in generic code passes and the bias is checked next.
 */
type LinearWeightCheck<S extends Shape, W extends Shape, In> =
  S extends [] ? `linear: input must have rank >= 1, got ${FormatShape<S>}`
  : W extends [unknown, unknown]
    ? AgreeOr<In, W[0], `linear: input's last dim ${FormatDim<In>} does not match the weight ${FormatShape<W>} (expects ${FormatDim<W[0]>})`>
    : `linear: weight must be [in, out], got ${FormatShape<W>}`;
type BiasCheck<W extends Shape, SBias extends Shape> =
  W extends [unknown, unknown]
    ? (SBias extends [unknown] ? AgreeOr<SBias[0], W[1], `linear: bias ${FormatShape<SBias>} does not match the weight's output dim ${FormatDim<W[1]>}`>
      : `linear: bias must be [out], got ${FormatShape<SBias>}`)
    : unknown;

/** linear's sentence in generic code: x's last dim In (inferred by the signature) against the weight [in, out]. */
type LinearSentence<In extends number, W> = W extends [infer WIn extends number, infer Out extends number]
  ? `linear: input's last dim ${In} does not match the weight [${WIn}, ${Out}] (expects ${WIn})`
  : 'linear: weight must be [in, out]';

type LinearBiasSentence<W, SBias> = `linear: bias ${RawShape<SBias>} does not match the weight's output dim ${LastDim<W>}`;

/** linear's signatures: a call type, not overloads, so that tsc does not check each against the body. */
export interface LinearFunction {
  <L extends Shape, In extends number, Out extends number, Dev extends Device>(
    x: Tensor<[...L, In], 'float32', Dev, Kind>, weight: Tensor<[NoInfer<In>, Out], 'float32', NoInfer<Same<Dev>>, Kind>, bias?: Tensor<[NoInfer<Out>], 'float32', NoInfer<Same<Dev>>, Kind>,
  ): Tensor<[...L, Out], 'float32', Dev>;
  // A weight known only at run time, in generic code too: its in-dim (`[number, Out]`), or its rank.
  <L extends Shape, In extends number, WIn extends number, Out extends number, Dev extends Device>(
    x: Tensor<[...L, In], 'float32', Dev, Kind>, weight: Tensor<[WIn, Out], 'float32', NoInfer<Same<Dev>>, Kind> & RunTimeDim<WIn>, bias?: Tensor<[NoInfer<Out>], 'float32', NoInfer<Same<Dev>>, Kind>,
  ): Tensor<[...L, Out], 'float32', Dev>;
  <L extends Shape, In extends number, W extends Shape, Dev extends Device>(
    x: Tensor<[...L, In], 'float32', Dev, Kind>, weight: Tensor<W, 'float32', NoInfer<Same<Dev>>, Kind> & RunTimeRank<W>, bias?: Tensor<[number], 'float32', NoInfer<Same<Dev>>, Kind>,
  ): Tensor<[...L, number], 'float32', Dev>;
  <
    S extends Shape, W extends Shape, Dev extends Device, DevW extends Device, SBias extends Shape = [], DevBias extends Device = Dev, L extends Shape = Shape, In extends number = number,
  >(
    // The second member only infers x's last dim for the generic sentence (for a shape of rank >= 1 it is the same type).
    x: Tensor<S, 'float32', Dev, Kind> | Tensor<[...L, In], 'float32', Dev, Kind>,
    weight: Tensor<W, 'float32', DevW, Kind> & Refused<LinearSentence<In, W>, 'linear', [S, W, Dev, DevW, In]>,
    bias?: Tensor<SBias, 'float32', DevBias, Kind> & Refused<LinearBiasSentence<W, SBias>, 'linearBias', [W, SBias, Dev, DevBias]>,
  ): Tensor<ShapeOf<LinearShape<S, W>>, 'float32', Dev, 'values'>;
}
function linearImpl(x: AnyTensor, weight: AnyTensor, bias?: AnyTensor): AnyTensor {
  deviceOf('linear', x, weight, ...(bias ? [bias] : []));
  const xs = x.shape;
  const ws = weight.shape;
  if (xs.length < 1) throw new ShapeError(`linear: input must have rank >= 1, got ${formatShape(xs)}`);
  if (ws.length !== 2) throw new ShapeError(`linear: weight must be [in, out], got ${formatShape(ws)}`);
  if (xs[xs.length - 1] !== ws[0]) {
    throw new ShapeError(`linear: input's last dim ${xs[xs.length - 1]} does not match the weight ${formatShape(ws)} (expects ${ws[0]})`);
  }
  if (bias && (bias.shape.length !== 1 || bias.shape[0] !== ws[1])) {
    throw new ShapeError(`linear: bias ${formatShape(bias.shape)} does not match the weight's output dim ${ws[1]}`);
  }
  const out = [...xs.slice(0, -1), ws[1]];
  const raw = run(x.device, () => linearRaw(x.raw, weight.raw, bias?.raw));
  return wrap('linear', raw, x.device, out, 'float32');
}
/**
 * x @ w (+ bias) over any leading dims: [...Batch, In] x [In, Out] -> [...Batch, Out]. The leading
 * dims are flattened into one product, forward and backward, inside a single taped op. The last
 * signature checks any call and prints the sentence; the first three hold in generic code. (With four
 * signatures TypeScript 5.9 prints only the last one's sentence; for two or three it lists each.)
 */
export const linear: LinearFunction = linearImpl as unknown as LinearFunction;

/**
 * x [..., In] @ w [In, Out] (+ bias) as one taped op: the flattening to [rows, In], the product, the
 * bias and the reshape back run inside one custom gradient, whose backward is two fast products:
 * dx = dy @ w^T and dw = x^T @ dy (the kernel reads w and x transposed in place), db = column sums of dy.
 */
function linearRaw(x: tf.Tensor, w: tf.Tensor, bias: tf.Tensor | undefined): tf.Tensor {
  const xs: number[] = x.shape;
  const ws: number[] = w.shape;
  const [inF, outF] = [ws[0], ws[1]];
  const rows = inF === 0 ? 0 : x.size / inF;
  const outShape = [...xs.slice(0, -1), outF];
  const fn = tf.customGrad((...inputs) => {
    const save = inputs[inputs.length - 1] as tf.GradSaveFunc;
    const [xi, wi, bi] = inputs as tf.Tensor[];
    // Saved, not closed over: the forward pass frees its intermediates before the backward pass.
    save([xi, wi]);
    const y = batchMatMulRaw(tf.reshape(xi, [1, rows, inF]), tf.reshape(wi, [1, inF, outF]));
    return {
      value: tf.reshape(bias ? tf.add(y, bi) : y, outShape),
      gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
        const g = tf.reshape(dy as tf.Tensor, [1, rows, outF]);
        const [sx, sw] = saved;
        const dx = tf.reshape(batchMatMulRaw(g, tf.reshape(sw, [1, inF, outF]), false, 1, true), xs);
        const dw = tf.reshape(batchMatMulRaw(tf.reshape(sx, [1, rows, inF]), g, true), ws);
        return bias ? [dx, dw, columnSumsRaw(tf.reshape(g, [rows, outF]))] : [dx, dw];
      },
    };
  });
  return bias ? fn(x, w, bias) : fn(x, w);
}

// ---- As Tensor methods (installed by src/ops/methods.ts): the signatures above with the tensor as
// `this`. Kept beside the functions so a change to one is made to both; named types, so every tensor
// type shares them (inline members of Tensor's interface were instantiated per tensor type).
/** matMul with the first operand as `this`. */
export interface MatMulMethod {
  <L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    this: Tensor<[...L, M, K], 'float32', Dev, Kind>, b: Tensor<[...L, NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA?: false, transposeB?: false,
  ): Tensor<[...L, M, N], 'float32', Dev>;
  <L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    this: Tensor<[...L, M, K], 'float32', Dev, Kind>, b: Tensor<[...L, N, NoInfer<K>], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA: false, transposeB: true,
  ): Tensor<[...L, M, N], 'float32', Dev>;
  <L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    this: Tensor<[...L, M, K], 'float32', Dev, Kind>, b: Tensor<[NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA?: false, transposeB?: false,
  ): Tensor<[...L, M, N], 'float32', Dev>;
  <L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    this: Tensor<[...L, M, K], 'float32', Dev, Kind>, b: Tensor<[N, NoInfer<K>], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA: false, transposeB: true,
  ): Tensor<[...L, M, N], 'float32', Dev>;
  <X extends number, L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    this: Tensor<[1, M, K], 'float32', Dev, Kind>, b: Tensor<[X, ...L, NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA?: false, transposeB?: false,
  ): Tensor<[X, ...L, M, N], 'float32', Dev>;
  <L extends Shape, K extends number, N extends number, Dev extends Device>(
    this: Tensor<[...L, K], 'float32', Dev, Kind>, b: Tensor<[NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind> & CheckedLiteral<unknown, L extends [] ? 'matMul: a must have rank >= 2' : unknown>,
    transposeA?: false, transposeB?: false,
  ): Tensor<[...L, N], 'float32', Dev>;
  <L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    this: Tensor<[...L, K, M], 'float32', Dev, Kind>, b: Tensor<[...L, NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA: true, transposeB?: false,
  ): Tensor<[...L, M, N], 'float32', Dev>;
  <L extends Shape, M extends number, K extends number, N extends number, Dev extends Device>(
    this: Tensor<[...L, K, M], 'float32', Dev, Kind>, b: Tensor<[...L, N, NoInfer<K>], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA: true, transposeB: true,
  ): Tensor<[...L, M, N], 'float32', Dev>;
  // As the function's: one key/value head broadcast over the query heads (multi-query attention), and the mirror.
  <L extends Shape, X extends number, M extends number, K extends number, N extends number, Dev extends Device>(
    this: Tensor<[...L, X, M, K], 'float32', Dev, Kind>, b: Tensor<[...L, 1, NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA?: false, transposeB?: false,
  ): Tensor<[...L, X, M, N], 'float32', Dev>;
  <L extends Shape, X extends number, M extends number, K extends number, N extends number, Dev extends Device>(
    this: Tensor<[...L, X, M, K], 'float32', Dev, Kind>, b: Tensor<[...L, 1, N, NoInfer<K>], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA: false, transposeB: true,
  ): Tensor<[...L, X, M, N], 'float32', Dev>;
  <L extends Shape, X extends number, M extends number, K extends number, N extends number, Dev extends Device>(
    this: Tensor<[...L, 1, M, K], 'float32', Dev, Kind>, b: Tensor<[...L, X, NoInfer<K>, N], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA?: false, transposeB?: false,
  ): Tensor<[...L, X, M, N], 'float32', Dev>;
  <L extends Shape, X extends number, M extends number, K extends number, N extends number, Dev extends Device>(
    this: Tensor<[...L, 1, M, K], 'float32', Dev, Kind>, b: Tensor<[...L, X, N, NoInfer<K>], 'float32', NoInfer<Same<Dev>>, Kind>, transposeA: false, transposeB: true,
  ): Tensor<[...L, X, M, N], 'float32', Dev>;
  <SA extends Shape, D extends DType, Dev extends Device, SB extends Shape, DB extends DType, DevB extends Device, TA extends boolean = false, TB extends boolean = false>(
    this: Tensor<SA, D, Dev, Kind> & DTypeIs<'matMul', D, 'float32'>,
    b: Tensor<SB, DB, DevB, Kind> & (FirstError<[DeviceCheck<'matMul', Dev, DevB>, SameDTypeCheck<'matMul', D, DB>]> extends infer E extends string
      ? E : Refused<MatMulSentence<SA, SB, TA, TB>, 'matMul', [Tensor<SA, D, Dev>, Tensor<SB, DB, DevB>, TA, TB]>),
    transposeA?: TA, transposeB?: TB,
  ): Tensor<ShapeOf<MatMul<SA, SB, TA, TB>>, D, Dev, 'values'>;
}
