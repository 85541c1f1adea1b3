// The typed tensor: a tfjs tensor whose shape, dtype and device are also in its type.
import { inspect } from 'node:util';
import { tf } from './tf.js';
import type { EachDimOneSize, Single, FormatShape, Shape, ShapeOf } from '../shapes/core.js';
import type { SizeOf } from '../shapes/dims.js';
import type { LiteralCheck } from '../shapes/literals.js';
import { assertShape, formatShape } from '../shapes/rules.js';
import { backendOf, onDevice, type DefaultDevice, type Device } from './backend.js';

/** The element types: float32 numbers, int32 indices and counts, bool masks. */
export type DType = 'float32' | 'int32' | 'bool';
/** The numeric dtypes (arithmetic is defined on these). */
export type NumericDType = 'float32' | 'int32';

/** The typed array that holds a dtype's values. */
export type DataOf<D extends DType> = D extends 'float32' ? Float32Array : D extends 'int32' ? Int32Array : Uint8Array;
/** A JS value of one element of a dtype. */
export type ScalarOf<D extends DType> = D extends 'bool' ? boolean : number;
/** Nested JS arrays of a shape's values: `number[][]` for [3, 4]. */
export type NestedArray<S, E> = S extends [unknown, ...infer R extends Shape] ? NestedArray<R, E>[] : S extends [] ? E : unknown;

declare const kindKey: unique symbol;
declare const dimsKey: unique symbol;
/**
 * What a float tensor's numbers mean, where mixing meanings is a classic bug: plain `values` (the
 * default of every tensor type a user writes), softmax `probabilities`, logSoftmax `log-probabilities`.
 */
export type Kind = 'values' | 'probabilities' | 'log-probabilities';
/** The kinds a loss that takes logits accepts (anything but probabilities). */
export type LogitKind = Exclude<Kind, 'probabilities'>;
/** T with its kind replaced by K. */
export type Tagged<T, K extends Kind> = T extends Tensor<infer S, infer D, infer Dev, Kind> ? Tensor<S, D, Dev, K> : never;
/** Softmax output: each row sums to 1. */
export type Probabilities<S extends Shape, Dev extends Device = DefaultDevice> = Tensor<S, 'float32', Dev, 'probabilities'>;
/** logSoftmax output: each row's exponentials sum to 1. */
export type LogProbabilities<S extends Shape, Dev extends Device = DefaultDevice> = Tensor<S, 'float32', Dev, 'log-probabilities'>;
/** @deprecated the kinds a loss on logits accepts; use LogitKind. */
export type NotProbabilities = LogitKind;
/** The shape of a tensor type; of a union of tensor types (a conditional's branches), the union of their shapes. */
export type ShapeOfTensor<T> = T extends Tensor<infer S extends Shape, DType, Device, Kind> ? S : never;
/** The dtype of a tensor type (a union for a union of tensors). */
// (The shape is inferred, not matched against Shape: for a tensor of type-parameter dims the match
// cannot be decided, and the dtype or device would stay unevaluated in a user's generic code.)
export type DTypeOfTensor<T> = T extends Tensor<infer _S, infer D, Device, Kind> ? D : never;
/** The device of a tensor type (a union for a union of tensors). */
export type DeviceOfTensor<T> = T extends Tensor<infer _S, DType, infer Dev, Kind> ? Dev : never;
/**
 * The tensor of a shape rule's result R: its shape, or never for the error sentence of a call that its
 * check already rejects. The same type as writing `Tensor<ShapeOf<R>, ...>`. R is not constrained (nor is
 * Tensor's S): a constraint made tsc check each signature's rule result against it, deriving the rule's
 * constraint through all its branches (~100-2,000 instantiations per signature).
 */
export type RuleTensor<R, D extends DType = 'float32', Dev extends Device = DefaultDevice, K extends Kind = 'values'> =
  Tensor<ShapeOf<R>, D, Dev, K>;
/** The kind of a tensor type. */
export type KindOf<T> = T extends Tensor<infer _S, DType, Device, infer K> ? K : never;

/**
 * A tensor of shape S, dtype D, on device Dev, of kind K. `Tensor<[3, 4]>` is a float32 3x4 of plain
 * values on the default device. Make tensors with the creation ops (`st.tensor`, `st.zeros`, ...),
 * not with `new`. G is never written: it is `{ dims: unknown }` when each dim of S has one size and
 * `{ dims: sentence }` when one is a union (see EachDimOneSize), so a dim that two arguments infer
 * differently (`128 | 64`) rejects the call wherever the tensor type is written. (An object, not the
 * check itself: an object type is instantiated lazily, so the walk over S's dims runs only when two
 * tensor types are compared that far, not for every tensor type tsc creates; as the bare check it was
 * ~14k of the library's ~163k instantiations. Written inline, not as an alias, so that tsc relates
 * it structurally and never by an alias's variance in S.) H, never
 * written either, is the dtype and device as inference reads them (see Single): a helper's one
 * dtype or device parameter inferred from two tensors takes the first one's, not a union of both.
 * Declared `out` (covariant, as the structure is; tsc checks that here, once): two tensor types are
 * then related by their arguments, where tsc otherwise computed the variance through every member and
 * chained method, in each checker and in every user's program (~2.4k instantiations per program).
 * S is not constrained to Shape (the ops that make tensors constrain their own S): tsc checked every
 * `Tensor<[...L, X]>` written in a signature against Shape, and relating a tuple to an array resolves
 * all of Array's members for that tuple; that was ~15% of the library's check (and of users' own
 * tensor types).
 */
export class Tensor<out S = Shape, out D extends DType = 'float32', out Dev extends Device = DefaultDevice, out K extends Kind = 'values', out G = { dims: EachDimOneSize<S> }, H = Single<D, Dev>> {
  /** The kind, in the type only (softmax output is not assignable where plain values are expected). */
  declare readonly [kindKey]: K;
  /**
   * The union-dim check, in the type only: G's dims (the sentence or unknown), not the object, so that for a union
   * of tensor types tsc still finds by this property (a literal in one member) which member an argument was meant
   * for, and its message names the shapes that differ (TS 5.9 otherwise picked a member by type id). Read by an
   * indexed access, not `G extends { dims: infer X } ? X : G`: the conditional ran inference for each tensor type
   * (~1.7k instantiations); the intersection keeps a G written as unknown (the bridges below) reading unknown.
   */
  declare readonly [dimsKey]: (G & { dims: unknown })['dims'];
  /** The tfjs tensor underneath; for use by the ops layer. */
  readonly raw: tf.Tensor;
  /** The device this tensor lives on, as in its type. */
  readonly device: Dev;

  /** @internal Wraps a tfjs tensor after checking its shape and dtype against the type's. */
  constructor(raw: tf.Tensor, device: Dev, op: string, shape: readonly number[], dtype: D) {
    assertShape(op, raw.shape, shape);
    if (raw.dtype !== dtype) throw new Error(`${op}: expected dtype ${dtype}, got ${raw.dtype}`);
    this.raw = raw;
    this.device = device;
  }

  /** The dims, as in the type. */
  get shape(): S {
    return shapeOf(this);
  }
  get dtype(): D {
    return dtypeOf(this);
  }
  get rank(): RankOf<S> {
    return this.raw.rank as RankOf<S>;
  }
  /** Number of elements. */
  get size(): number {
    return this.raw.size;
  }
  get isDisposed(): boolean {
    return this.raw.isDisposed;
  }
  /** The backend this tensor's ops run on (what `default` stands for, resolved). */
  get backend(): string {
    return backendOf(this.device);
  }

  /** Frees the tensor's memory now. */
  dispose(): void {
    this.raw.dispose();
  }
  // The reading methods and `to` are named method types with a typed `this`, as item (below): members
  // written over S, D and K were compared at marker types in tsc's check of each `out` annotation, of
  // Tensor and of Variable (`to`, a generic method, unified at each: ~1.5k instantiations; the four
  // readers ~1.5k more). One type for every tensor.
  /** The values, as the dtype's typed array. */
  declare data: DataMethod;
  declare dataSync: DataSyncMethod;
  /** The values as nested JS arrays (booleans for a bool tensor). */
  declare array: ArrayMethod;
  declare arraySync: ArraySyncMethod;
  /**
   * The value of a one-element tensor. `item()` of a tensor with a known dim other than 1 (`[2, 65]`)
   * fails to compile; of dynamic dims it is checked at run time, with the same sentence.
   */
  declare item: ItemMethod;

  /**
   * Copies the data to another device. The copy really moves: the result's memory lives on the
   * target backend. Gradients flow back through the move.
   */
  declare to: ToMethod;

  toString(): string {
    return `Tensor<${formatShape(this.raw.shape)}, ${this.raw.dtype}, ${this.device}>\n${this.raw.toString()}`;
  }
  print(): void {
    console.log(this.toString());
  }
  /**
   * What console.log and util.inspect show: the type and the values, as
   * `Tensor<[2, 3], float32, default> [[1, 2, 3], [4, 5, 6]]` (large tensors elided by tfjs).
   */
  [inspect.custom](): string {
    const head = `Tensor<${formatShape(this.raw.shape)}, ${this.raw.dtype}, ${this.device}>`;
    if (this.raw.isDisposed) return `${head} (disposed)`;
    // tfjs prints "Tensor\n    [[1, 2, 3],\n     [4, 5, 6]]": keep the values, one line when they are short.
    const lines = this.raw.toString().split('\n').slice(1).map((l) => l.replace(/^ {4}/, ''));
    const oneLine = lines.map((l) => l.trim()).join(' ').replace(/,\]/g, ']');
    return oneLine.length <= 72 ? `${head} ${oneLine}` : `${head}\n${lines.join('\n')}`;
  }
}

/** Tensor's `to`: the same tensor type on device T. */
export type ToMethod = <T extends Device, S = Shape, D extends DType = DType, K extends Kind = Kind>(this: Tensor<S, D, Device, K, unknown>, device: T) => Tensor<S, D, T, K>;
export type DataMethod = <D extends DType>(this: Tensor<unknown, D, Device, Kind, unknown>) => Promise<DataOf<D>>;
export type DataSyncMethod = <D extends DType>(this: Tensor<unknown, D, Device, Kind, unknown>) => DataOf<D>;
export type ArrayMethod = <S, D extends DType>(this: Tensor<S, D, Device, Kind, unknown>) => Promise<NestedArray<S, ScalarOf<D>>>;
export type ArraySyncMethod = <S, D extends DType>(this: Tensor<S, D, Device, Kind, unknown>) => NestedArray<S, ScalarOf<D>>;
/**
 * item's type: its own type parameters and a typed `this`, as the chained methods (a member of the
 * class that tested S would make tsc compare tensor types member by member).
 */
export type ItemMethod = <S extends Shape, D extends DType>(this: Tensor<S, D, Device, Kind> & ItemCheck<S>) => ScalarOf<D>;
/** A known dim other than 1 means the tensor does not have exactly one element: the sentence, or unknown. */
export type ItemCheck<S extends Shape> = LiteralCheck<
  number extends S['length'] ? 'ok' : true extends NotOne<S[number]> ? `item: needs a tensor of one element, got shape ${FormatShape<S>}` : 'ok'>;
type NotOne<X> = X extends unknown ? (number extends SizeOf<X> ? false : SizeOf<X> extends 1 ? false : true) : never;
Object.defineProperty(Tensor.prototype, 'item', {
  value: function item(this: AnyTensor): number | boolean {
    if (this.raw.size !== 1) throw new Error(`item: needs a tensor of one element, got shape ${formatShape(this.raw.shape)}`);
    return scalarOf(this, this.raw.dataSync()[0]);
  },
  writable: true, configurable: true, enumerable: false,
});

installMethods({
  async data(this: AnyTensor): Promise<DataOf<DType>> {
    return dataOf(this, await this.raw.data());
  },
  dataSync(this: AnyTensor): DataOf<DType> {
    return dataOf(this, this.raw.dataSync());
  },
  async array(this: AnyTensor): Promise<unknown> {
    return nestedOf(this, await this.raw.array());
  },
  arraySync(this: AnyTensor): unknown {
    return nestedOf(this, this.raw.arraySync());
  },
  to(this: AnyTensor, device: Device): AnyTensor {
    const source = this.raw;
    const target = backendOf(device);
    if (backendOf(this.device) === target) return new Tensor(source.clone(), device, 'to', this.raw.shape, this.dtype);
    const from = this.device;
    const move = (x: tf.Tensor, dev: Device): tf.Tensor =>
      onDevice(dev, () => tf.tensor(x.dataSync(), x.shape, x.dtype));
    const raw =
      source.dtype === 'float32'
        ? tf.customGrad((...inputs) => ({
          value: move(rawInput(inputs[0]), device),
          gradFunc: (dy: tf.Tensor | tf.Tensor[]) => move(rawInput(dy), from),
        }))(source)
        : move(source, device);
    return new Tensor(raw, device, 'to', this.raw.shape, this.dtype);
  },
});
function installMethods(methods: Record<string, (this: AnyTensor, ...args: never[]) => unknown>): void {
  for (const [name, value] of Object.entries(methods)) {
    Object.defineProperty(Tensor.prototype, name, { value, writable: true, configurable: true, enumerable: false });
  }
}

function rawInput(x: unknown): tf.Tensor {
  if (x instanceof tf.Tensor) return x;
  throw new Error('to: expected a tensor input to the move');
}

// The type-to-value bridges: each is a checked assertion (the constructor verified shape and dtype).
// (G unknown: they take `this`, whose G is the class's own type parameter.)
function shapeOf<S>(t: Tensor<S, DType, Device, Kind, unknown>): S {
  return t.raw.shape as S;
}
function dtypeOf<D extends DType>(t: Tensor<unknown, D, Device, Kind, unknown>): D {
  return t.raw.dtype as D;
}
function dataOf<D extends DType>(_t: Tensor<unknown, D, Device, Kind, unknown>, data: unknown): DataOf<D> {
  return data as DataOf<D>;
}
function nestedOf<S, D extends DType>(t: Tensor<S, D, Device, Kind, unknown>, a: unknown): NestedArray<S, ScalarOf<D>> {
  // tfjs gives a bool tensor's values as 1 and 0; the type promises booleans.
  return (t.raw.dtype === 'bool' ? toBooleans(a) : a) as NestedArray<S, ScalarOf<D>>;
}
function toBooleans(a: unknown): unknown {
  return Array.isArray(a) ? a.map(toBooleans) : a === 1 || a === true;
}
function scalarOf<D extends DType>(t: Tensor<unknown, D, Device, Kind, unknown>, v: number | string | Uint8Array): ScalarOf<D> {
  return (t.raw.dtype === 'bool' ? v === 1 : v) as ScalarOf<D>;
}

/** A shape's rank: its length (a literal for a tuple). */
type RankOf<S> = S extends readonly unknown[] ? S['length'] : number;
/** Any tensor, whatever its shape, dtype, device and kind. */
export type AnyTensor = Tensor<Shape, DType, Device, Kind>;
