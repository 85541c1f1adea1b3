// Chained methods on Tensor, as tfjs users write them: x.add(y).matMul(w).reshape([...]).sum(-1).
// Each method is its function with the tensor as `this`: the same overloads, the same checks and
// the same sentences, and at run time it calls the function, which checks again. The method types
// are declared beside their functions (`ReshapeMethod` next to `reshape`, ...) and only named here:
// a named type is one type for every tensor, where members written inline in Tensor's interface
// were instantiated again for each tensor type (~145k instantiations of the library's check).
// Declared by merging into the Tensor class's interface, and installed on its prototype when the
// ops are imported (tensor.ts cannot import the op modules: they import them).
import type { EachDimOneSize, Single, Shape } from '../shapes/core.js';
import type { DefaultDevice, Device } from './backend.js';
import * as elementwise from './elementwise.js';
import type {
  ArithmeticMethod, CastMethod, ClipByValueMethod, ComparisonMethod, FloatUnaryMethod, KindMapMethod, LogicalMethod,
  LogicalNotMethod, NumericUnaryMethod, Operand, WhereMethod,
} from './elementwise.js';
import * as layout from './layout.js';
import type { PadMethod, TileMethod, UnstackMethod } from './layout.js';
import * as linalg from './linalg.js';
import type { MatMulMethod } from './linalg.js';
import * as nn from './nn.js';
import type { DropoutMethod, LogSoftmaxMethod, SoftmaxMethod } from './nn.js';
import * as reduce from './reduce.js';
import type { ArgReductionMethod, ReductionMethod } from './reduce.js';
import * as scan from './scan.js';
import type { CumsumMethod } from './scan.js';
import * as select from './select.js';
import type { TopKMethod } from './select.js';
import * as shapeOps from './shape-ops.js';
import type {
  ConcatMethod, ExpandDimsMethod, GatherMethod, MergeLastDimsMethod, OneHotMethod, RepeatInterleaveMethod, ReshapeMethod,
  SliceMethod, SplitLastDimMethod, SplitMethod, SqueezeMethod, StackMethod, TransposeMethod,
} from './shape-ops.js';
import { Tensor, type AnyTensor, type DType, type Kind, type NumericDType } from './tensor.js';

/** The chained methods every tensor has (one non-generic interface: the same member types for every tensor type). */
export interface TensorMethods {
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
  logicalAnd: LogicalMethod<'logicalAnd'>;
  logicalOr: LogicalMethod<'logicalOr'>;
  logicalNot: LogicalNotMethod;
  /** `a.where(condition, b)`: a where condition is true, else b (tfjs's chained form of where(condition, a, b)). */
  where: WhereMethod;

  // ---- unary
  neg: NumericUnaryMethod<'neg'>;
  abs: NumericUnaryMethod<'abs'>;
  square: NumericUnaryMethod<'square'>;
  relu: NumericUnaryMethod<'relu'>;
  exp: KindMapMethod<'exp', 'log-probabilities', 'probabilities'>;
  log: KindMapMethod<'log', 'probabilities', 'log-probabilities'>;
  sqrt: FloatUnaryMethod<'sqrt'>;
  rsqrt: FloatUnaryMethod<'rsqrt'>;
  sigmoid: FloatUnaryMethod<'sigmoid'>;
  tanh: FloatUnaryMethod<'tanh'>;
  sin: FloatUnaryMethod<'sin'>;
  cos: FloatUnaryMethod<'cos'>;
  silu: FloatUnaryMethod<'silu'>;
  gelu: FloatUnaryMethod<'gelu'>;
  /** The same values in another dtype. */
  cast: CastMethod;
  clipByValue: ClipByValueMethod;
  dropout: DropoutMethod;

  // ---- reductions and scans
  sum: ReductionMethod<'sum', NumericDType>;
  max: ReductionMethod<'max', NumericDType>;
  min: ReductionMethod<'min', NumericDType>;
  prod: ReductionMethod<'prod', NumericDType>;
  mean: ReductionMethod<'mean', 'float32'>;
  logSumExp: ReductionMethod<'logSumExp', 'float32'>;
  argMax: ArgReductionMethod<'argMax'>;
  argMin: ArgReductionMethod<'argMin'>;
  cumsum: CumsumMethod;
  topk: TopKMethod;

  // ---- products
  matMul: MatMulMethod;

  // ---- shape
  reshape: ReshapeMethod;
  transpose: TransposeMethod;
  expandDims: ExpandDimsMethod;
  squeeze: SqueezeMethod;
  /** `x.concat(y, axis)` or `x.concat([y, z], axis)`: concat([x, ...], axis). */
  concat: ConcatMethod;
  /** `x.stack(y, axis)` or `x.stack([y, z], axis)`: stack([x, ...], axis). */
  stack: StackMethod;
  split: SplitMethod;
  unstack: UnstackMethod;
  slice: SliceMethod;
  gather: GatherMethod;
  oneHot: OneHotMethod;
  tile: TileMethod;
  pad: PadMethod;
  /** The last dim, declared as H * Dh, split into [H, Dh] (see splitLastDim). */
  splitLastDim: SplitLastDimMethod;
  mergeLastDims: MergeLastDimsMethod;
  repeatInterleave: RepeatInterleaveMethod;

  // ---- neural nets
  softmax: SoftmaxMethod;
  logSoftmax: LogSoftmaxMethod;
}

declare module './tensor.js' {
  // Merged into the class's interface; its type parameters must repeat the class's exactly.
  interface Tensor<out S = Shape, out D extends DType = 'float32', out Dev extends Device = DefaultDevice, out K extends Kind = 'values', out G = { dims: EachDimOneSize<S> }, H = Single<D, Dev>> extends TensorMethods {}
}

/** A method that calls its function with the tensor first; the function checks its arguments again. */
function method(fn: unknown): (this: AnyTensor, ...args: unknown[]) => unknown {
  const f = fn as (...args: unknown[]) => unknown;
  return function (this: AnyTensor, ...args: unknown[]) {
    return f(this, ...args);
  };
}
/** A list op's method: the tensor first in the list, then `other` (one tensor or a list). */
function listMethod(fn: unknown): (this: AnyTensor, other: unknown, axis?: number) => unknown {
  const f = fn as (xs: unknown[], axis?: number) => unknown;
  return function (this: AnyTensor, other: unknown, axis?: number) {
    return f([this, ...(Array.isArray(other) ? other : [other])], axis);
  };
}

const implementations = {
  add: method(elementwise.add), sub: method(elementwise.sub), mul: method(elementwise.mul), div: method(elementwise.div),
  pow: method(elementwise.pow), maximum: method(elementwise.maximum), minimum: method(elementwise.minimum),
  squaredDifference: method(elementwise.squaredDifference),
  equal: method(elementwise.equal), notEqual: method(elementwise.notEqual), less: method(elementwise.less),
  lessEqual: method(elementwise.lessEqual), greater: method(elementwise.greater), greaterEqual: method(elementwise.greaterEqual),
  logicalAnd: method(elementwise.logicalAnd), logicalOr: method(elementwise.logicalOr), logicalNot: method(elementwise.logicalNot),
  where(this: AnyTensor, condition: AnyTensor, b: Operand): unknown {
    return (elementwise.where as (c: AnyTensor, a: AnyTensor, b: Operand) => unknown)(condition, this, b);
  },
  neg: method(elementwise.neg), abs: method(elementwise.abs), square: method(elementwise.square), relu: method(elementwise.relu),
  exp: method(elementwise.exp), log: method(elementwise.log), sqrt: method(elementwise.sqrt), rsqrt: method(elementwise.rsqrt),
  sigmoid: method(elementwise.sigmoid), tanh: method(elementwise.tanh), sin: method(elementwise.sin), cos: method(elementwise.cos),
  silu: method(elementwise.silu), gelu: method(elementwise.gelu), cast: method(elementwise.cast),
  clipByValue: method(elementwise.clipByValue), dropout: method(nn.dropout),
  sum: method(reduce.sum), max: method(reduce.max), min: method(reduce.min), prod: method(reduce.prod), mean: method(reduce.mean),
  logSumExp: method(reduce.logSumExp), argMax: method(reduce.argMax), argMin: method(reduce.argMin), cumsum: method(scan.cumsum),
  topk: method(select.topk),
  matMul: method(linalg.matMul),
  reshape: method(shapeOps.reshape), transpose: method(shapeOps.transpose), expandDims: method(shapeOps.expandDims),
  squeeze: method(shapeOps.squeeze), concat: listMethod(shapeOps.concat), stack: listMethod(shapeOps.stack),
  split: method(shapeOps.split), unstack: method(layout.unstack), slice: method(shapeOps.slice), gather: method(shapeOps.gather),
  oneHot: method(shapeOps.oneHot), tile: method(layout.tile), pad: method(layout.pad), splitLastDim: method(shapeOps.splitLastDim),
  mergeLastDims: method(shapeOps.mergeLastDims), repeatInterleave: method(shapeOps.repeatInterleave),
  softmax: method(nn.softmax), logSoftmax: method(nn.logSoftmax),
} satisfies { [K in keyof TensorMethods]: unknown };

for (const [name, fn] of Object.entries(implementations)) {
  Object.defineProperty(Tensor.prototype, name, { value: fn, writable: true, configurable: true, enumerable: false });
}
