// Chained methods on Tensor, as tfjs users write them: x.add(y).matMul(w).reshape([...]).sum(-1).
// Each method is its function with the tensor as `this`: the same overloads, the same checks (the
// check types of the op modules, so each rule is defined once) and the same sentences, and at run
// time it calls the function, which checks again. Declared here by merging into the Tensor class's
// interface, and installed on its prototype when the ops are imported (tensor.ts cannot import
// the op modules: they import it).
import type { Mul } from '../shapes/arith.js';
import type { ExpandDims, Gather, Reduce, Slice, Squeeze, Transpose } from '../shapes/axes.js';
import type { CheckedArg, EachDimOneSize, ErrorOf, FirstError, FormatShape, NormAxis, Shape, ShapeOf } from '../shapes/core.js';
import type { Pad, PadPair, Tile } from '../shapes/layout.js';
import type { MatMul } from '../shapes/matmul.js';
import type { Reshape } from '../shapes/reshape.js';
import type { DefaultDevice, Device } from './backend.js';
import type { DeviceCheck, DTypeIs, SameDTypeCheck } from './checks.js';
import * as elementwise from './elementwise.js';
import type { BinaryCheck, BinaryShape, Operand } from './elementwise.js';
import * as layout from './layout.js';
import * as linalg from './linalg.js';
import * as nn from './nn.js';
import * as reduce from './reduce.js';
import * as scan from './scan.js';
import * as shapeOps from './shape-ops.js';
import { Tensor, type AnyTensor, type DType, type Kind, type LogProbabilities, type NumericDType, type Probabilities } from './tensor.js';

type Axes = number | number[] | undefined;
type AxisCheck<Op extends string, S extends Shape, A extends number> =
  number extends S['length'] ? unknown : [NormAxis<S['length'], A>] extends [never] ? `${Op}: axis ${A} is out of range for ${FormatShape<S>}` : unknown;

/** A binary arithmetic method: ArithmeticOp's overloads with the first operand as `this`. */
interface ArithmeticMethod<Op extends string> {
  <S extends Shape, D extends NumericDType, Dev extends Device>(this: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Dev>, Kind> | number): Tensor<S, D, Dev>;
  <L extends Shape, X extends number, D extends NumericDType, Dev extends Device>(this: Tensor<[...L, X], D, Dev>, b: Tensor<[NoInfer<X>], NoInfer<D>, NoInfer<Dev>, Kind>): Tensor<[...L, X], D, Dev>;
  <L extends Shape, X extends number, Y extends number, D extends NumericDType, Dev extends Device>(this: Tensor<[...L, X, Y], D, Dev>, b: Tensor<[NoInfer<X>, NoInfer<Y>], NoInfer<D>, NoInfer<Dev>>): Tensor<[...L, X, Y], D, Dev>;
  <L extends Shape, X extends number, D extends NumericDType, Dev extends Device>(this: Tensor<[...L, X], D, Dev>, b: Tensor<[...L, 1], NoInfer<D>, NoInfer<Dev>>): Tensor<[...L, X], D, Dev>;
  <S extends Shape, D extends DType, Dev extends Device, B extends Operand>(
    this: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, NumericDType>, b: B & BinaryCheck<Op, S, D, Dev, B>,
  ): Tensor<BinaryShape<S, B>, D, Dev>;
}
/** A comparison method: ComparisonOp's overloads with the first operand as `this`. */
interface ComparisonMethod<Op extends string> {
  <S extends Shape, D extends DType, Dev extends Device>(this: Tensor<S, D, Dev, Kind>, b: Tensor<NoInfer<S>, NoInfer<D>, NoInfer<Dev>, Kind> | number): Tensor<S, 'bool', Dev>;
  <S extends Shape, D extends DType, Dev extends Device, B extends Operand>(this: Tensor<S, D, Dev, Kind>, b: B & BinaryCheck<Op, S, D, Dev, B>): Tensor<BinaryShape<S, B>, 'bool', Dev>;
}
/** A unary float method (exp, log, ...): float32 in, float32 out. */
type FloatUnaryMethod<Op extends string> = <S extends Shape, D extends DType, Dev extends Device>(this: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, 'float32'>) => Tensor<S, 'float32', Dev>;
/** A unary numeric method (neg, abs, square, relu): the dtype kept. */
type NumericUnaryMethod<Op extends string> = <S extends Shape, D extends DType, Dev extends Device>(this: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, NumericDType>) => Tensor<S, D, Dev>;
/** A reduction method: ReductionOp's overloads with the tensor as `this`. */
interface ReductionMethod<Op extends string, Allowed extends DType> {
  <L extends Shape, X extends number, D extends Allowed, Dev extends Device>(this: Tensor<[...L, X], D, Dev>, axis: -1, keepDims: true): Tensor<[...L, 1], D, Dev>;
  <L extends Shape, X extends number, D extends Allowed, Dev extends Device>(this: Tensor<[...L, X], D, Dev>, axis: -1, keepDims?: false): Tensor<L, D, Dev>;
  <S extends Shape, D extends DType, Dev extends Device, const A extends Axes = undefined, const K extends boolean = false>(
    this: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, Allowed>, axis?: CheckedArg<A, ErrorOf<Reduce<Op, S, A, K>>>, keepDims?: K,
  ): Tensor<ShapeOf<Reduce<Op, S, A, K>>, D, Dev>;
}
type ArgReductionMethod<Op extends string> = <S extends Shape, D extends DType, Dev extends Device, const A extends number = 0>(
  this: Tensor<S, D, Dev, Kind> & DTypeIs<Op, D, NumericDType>, axis?: CheckedArg<A, ErrorOf<Reduce<Op, S, A>>>,
) => Tensor<ShapeOf<Reduce<Op, S, A>>, 'int32', Dev>;

// Every method declares its own type parameters and types `this` with them, never the class's S,
// D and Dev: members that mention those in conditional types would make tsc compare tensor types
// member by member instead of by their type arguments (slow, and wrong in generic layer code).
declare module './tensor.js' {
  interface Tensor<S extends Shape = Shape, D extends DType = 'float32', Dev extends Device = DefaultDevice, K extends Kind = 'values', G = EachDimOneSize<S>> {
    // ---- arithmetic and comparisons (NumPy broadcasting; a JS number is a scalar of this dtype)
    add: ArithmeticMethod<'add'>;
    sub: ArithmeticMethod<'sub'>;
    mul: ArithmeticMethod<'mul'>;
    div: ArithmeticMethod<'div'>;
    pow: ArithmeticMethod<'pow'>;
    maximum: ArithmeticMethod<'maximum'>;
    minimum: ArithmeticMethod<'minimum'>;
    squaredDifference: ArithmeticMethod<'squaredDifference'>;
    equal: ComparisonMethod<'equal'>;
    notEqual: ComparisonMethod<'notEqual'>;
    less: ComparisonMethod<'less'>;
    lessEqual: ComparisonMethod<'lessEqual'>;
    greater: ComparisonMethod<'greater'>;
    greaterEqual: ComparisonMethod<'greaterEqual'>;

    // ---- unary
    neg: NumericUnaryMethod<'neg'>;
    abs: NumericUnaryMethod<'abs'>;
    square: NumericUnaryMethod<'square'>;
    relu: NumericUnaryMethod<'relu'>;
    exp: FloatUnaryMethod<'exp'>;
    log: FloatUnaryMethod<'log'>;
    sqrt: FloatUnaryMethod<'sqrt'>;
    rsqrt: FloatUnaryMethod<'rsqrt'>;
    sigmoid: FloatUnaryMethod<'sigmoid'>;
    tanh: FloatUnaryMethod<'tanh'>;
    sin: FloatUnaryMethod<'sin'>;
    cos: FloatUnaryMethod<'cos'>;
    silu: FloatUnaryMethod<'silu'>;
    gelu: FloatUnaryMethod<'gelu'>;
    /** The same values in another dtype. */
    cast<S2 extends Shape, D2 extends DType, Dev2 extends Device, To extends DType>(this: Tensor<S2, D2, Dev2, Kind>, dtype: To): Tensor<S2, To, Dev2>;
    clipByValue<S2 extends Shape, D2 extends DType, Dev2 extends Device>(this: Tensor<S2, D2, Dev2, Kind> & DTypeIs<'clipByValue', D2, NumericDType>, min: number, max: number): Tensor<S2, D2, Dev2>;

    // ---- reductions
    sum: ReductionMethod<'sum', NumericDType>;
    max: ReductionMethod<'max', NumericDType>;
    min: ReductionMethod<'min', NumericDType>;
    prod: ReductionMethod<'prod', NumericDType>;
    mean: ReductionMethod<'mean', 'float32'>;
    logSumExp: ReductionMethod<'logSumExp', 'float32'>;
    argMax: ArgReductionMethod<'argMax'>;
    argMin: ArgReductionMethod<'argMin'>;
    cumsum<S2 extends Shape, D2 extends DType, Dev2 extends Device, const A extends number = 0>(
      this: Tensor<S2, D2, Dev2, Kind> & DTypeIs<'cumsum', D2, NumericDType>, axis?: CheckedArg<A, AxisCheck<'cumsum', S2, A>>, exclusive?: boolean, reverse?: boolean,
    ): Tensor<S2, D2, Dev2>;

    // ---- products
    matMul<L extends Shape, M extends number, K extends number, N extends number, Dev2 extends Device>(
      this: Tensor<[...L, M, K], 'float32', Dev2>, b: Tensor<[...L, NoInfer<K>, N], 'float32', NoInfer<Dev2>>, transposeA?: false, transposeB?: false,
    ): Tensor<[...L, M, N], 'float32', Dev2>;
    matMul<L extends Shape, M extends number, K extends number, N extends number, Dev2 extends Device>(
      this: Tensor<[...L, M, K], 'float32', Dev2>, b: Tensor<[...L, N, NoInfer<K>], 'float32', NoInfer<Dev2>>, transposeA: false, transposeB: true,
    ): Tensor<[...L, M, N], 'float32', Dev2>;
    matMul<L extends Shape, M extends number, K extends number, N extends number, Dev2 extends Device>(
      this: Tensor<[...L, M, K], 'float32', Dev2>, b: Tensor<[NoInfer<K>, N], 'float32', NoInfer<Dev2>>, transposeA?: false, transposeB?: false,
    ): Tensor<[...L, M, N], 'float32', Dev2>;
    matMul<SA extends Shape, D2 extends DType, Dev2 extends Device, SB extends Shape, DB extends DType, DevB extends Device, TA extends boolean = false, TB extends boolean = false>(
      this: Tensor<SA, D2, Dev2, Kind> & DTypeIs<'matMul', D2, 'float32'>,
      b: Tensor<SB, DB, DevB, Kind> & FirstError<[DeviceCheck<'matMul', Dev2, DevB>, SameDTypeCheck<'matMul', D2, DB>, ErrorOf<MatMul<SA, SB, TA, TB>>]>,
      transposeA?: TA, transposeB?: TB,
    ): Tensor<ShapeOf<MatMul<SA, SB, TA, TB>>, D2, Dev2>;

    // ---- shape
    reshape<S2 extends Shape, D2 extends DType, Dev2 extends Device, K2 extends Kind, const T extends Shape>(this: Tensor<S2, D2, Dev2, K2>, shape: T & ErrorOf<Reshape<S2, T>>): Tensor<ShapeOf<Reshape<S2, T>>, D2, Dev2, K2>;
    transpose<S2 extends Shape, D2 extends DType, Dev2 extends Device, K2 extends Kind, const P extends number[] | undefined = undefined>(
      this: Tensor<S2, D2, Dev2, K2>, perm?: P & ErrorOf<Transpose<S2, P>>,
    ): Tensor<ShapeOf<Transpose<S2, P>>, D2, Dev2, K2>;
    expandDims<S2 extends Shape, D2 extends DType, Dev2 extends Device, K2 extends Kind, const A extends number = 0>(
      this: Tensor<S2, D2, Dev2, K2>, axis?: CheckedArg<A, ErrorOf<ExpandDims<S2, A>>>,
    ): Tensor<ShapeOf<ExpandDims<S2, A>>, D2, Dev2, K2>;
    squeeze<S2 extends Shape, D2 extends DType, Dev2 extends Device, K2 extends Kind, const A extends number[] | undefined = undefined>(
      this: Tensor<S2, D2, Dev2, K2>, axis?: A & ErrorOf<Squeeze<S2, A>>,
    ): Tensor<ShapeOf<Squeeze<S2, A>>, D2, Dev2, K2>;
    slice<S2 extends Shape, D2 extends DType, Dev2 extends Device, K2 extends Kind, const B extends number | number[], const Z extends number | number[] | undefined = undefined>(
      this: Tensor<S2, D2, Dev2, K2>, begin: CheckedArg<B, ErrorOf<Slice<S2, B, Z>>>, size?: Z,
    ): Tensor<ShapeOf<Slice<S2, B, Z>>, D2, Dev2, K2>;
    gather<N extends number, R extends Shape, D2 extends DType, Dev2 extends Device, K2 extends Kind, SI extends Shape>(
      this: Tensor<[N, ...R], D2, Dev2, K2>, indices: Tensor<SI, 'int32', NoInfer<Dev2>, Kind>,
    ): Tensor<[...SI, ...R], D2, Dev2, K2>;
    gather<S2 extends Shape, D2 extends DType, Dev2 extends Device, K2 extends Kind, SI extends Shape, DI extends DType, DevI extends Device, const A extends number = 0>(
      this: Tensor<S2, D2, Dev2, K2>,
      indices: Tensor<SI, DI, DevI, Kind> & FirstError<[DeviceCheck<'gather', Dev2, DevI>, DTypeIs<'gather', DI, 'int32', 'indices'>, ErrorOf<Gather<S2, SI, A>>]>,
      axis?: A,
    ): Tensor<ShapeOf<Gather<S2, SI, A>>, D2, Dev2, K2>;
    tile<S2 extends Shape, D2 extends DType, Dev2 extends Device, K2 extends Kind, const R extends number[]>(this: Tensor<S2, D2, Dev2, K2>, reps: R & ErrorOf<Tile<S2, R>>): Tensor<ShapeOf<Tile<S2, R>>, D2, Dev2, K2>;
    pad<S2 extends Shape, D2 extends DType, Dev2 extends Device, const P extends PadPair[]>(
      this: Tensor<S2, D2, Dev2, Kind>, paddings: P & ErrorOf<Pad<S2, P>>, value?: number,
    ): Tensor<ShapeOf<Pad<S2, P>>, D2, Dev2>;
    /** The last dim, declared as H * Dh, split into [H, Dh] (see splitLastDim). */
    splitLastDim<L extends Shape, H extends number, Dh extends number, D2 extends DType, Dev2 extends Device, K2 extends Kind>(
      this: Tensor<[...L, NoInfer<Mul<H, Dh>>], D2, Dev2, K2>, heads: H, headDim: Dh,
    ): Tensor<[...L, H, Dh], D2, Dev2, K2>;

    // ---- neural nets
    softmax<S2 extends Shape, D2 extends DType, Dev2 extends Device, const A extends number = -1>(
      this: Tensor<S2, D2, Dev2, Kind> & DTypeIs<'softmax', D2, 'float32'>, dim?: CheckedArg<A, AxisCheck<'softmax', S2, A>>,
    ): Probabilities<S2, Dev2>;
    logSoftmax<S2 extends Shape, D2 extends DType, Dev2 extends Device, const A extends number = -1>(
      this: Tensor<S2, D2, Dev2, Kind> & DTypeIs<'logSoftmax', D2, 'float32'>, dim?: CheckedArg<A, AxisCheck<'logSoftmax', S2, A>>,
    ): LogProbabilities<S2, Dev2>;
  }
}

/** Each method calls its function with the tensor first; the function checks its arguments again. */
function method(fn: unknown): (this: AnyTensor, ...args: unknown[]) => unknown {
  const f = fn as (...args: unknown[]) => unknown;
  return function (this: AnyTensor, ...args: unknown[]) {
    return f(this, ...args);
  };
}

const implementations = {
  add: elementwise.add, sub: elementwise.sub, mul: elementwise.mul, div: elementwise.div, pow: elementwise.pow,
  maximum: elementwise.maximum, minimum: elementwise.minimum, squaredDifference: elementwise.squaredDifference,
  equal: elementwise.equal, notEqual: elementwise.notEqual, less: elementwise.less, lessEqual: elementwise.lessEqual,
  greater: elementwise.greater, greaterEqual: elementwise.greaterEqual,
  neg: elementwise.neg, abs: elementwise.abs, square: elementwise.square, relu: elementwise.relu, exp: elementwise.exp,
  log: elementwise.log, sqrt: elementwise.sqrt, rsqrt: elementwise.rsqrt, sigmoid: elementwise.sigmoid, tanh: elementwise.tanh,
  sin: elementwise.sin, cos: elementwise.cos, silu: elementwise.silu, gelu: elementwise.gelu, cast: elementwise.cast,
  clipByValue: elementwise.clipByValue,
  sum: reduce.sum, max: reduce.max, min: reduce.min, prod: reduce.prod, mean: reduce.mean, logSumExp: reduce.logSumExp,
  argMax: reduce.argMax, argMin: reduce.argMin, cumsum: scan.cumsum,
  matMul: linalg.matMul,
  reshape: shapeOps.reshape, transpose: shapeOps.transpose, expandDims: shapeOps.expandDims, squeeze: shapeOps.squeeze,
  slice: shapeOps.slice, gather: shapeOps.gather, splitLastDim: shapeOps.splitLastDim, tile: layout.tile, pad: layout.pad,
  softmax: nn.softmax, logSoftmax: nn.logSoftmax,
} satisfies { [K in keyof Tensor]?: unknown };

for (const [name, fn] of Object.entries(implementations)) {
  Object.defineProperty(Tensor.prototype, name, { value: method(fn), writable: true, configurable: true, enumerable: false });
}
