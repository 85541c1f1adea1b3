// The sentences of the layers' forwards, at compile time and at run time. Two forms, both chosen for
// their cost (each is paid at every forward call, the library's own included; see docs/typing.md):
// - Expect<Sentence, T, By>: T itself once By is known, so a literal mismatch reads as an ordinary one
//   (`Tensor<[2, 4, 96]>` is not `Tensor<[2, 4, 128], ..., LayerInput<Sentence>>`: the layers mark the kind); while By holds type parameters (a caller's generic
//   code) it stays unevaluated, tsc relates an argument to its branch (an identical type parameter passes)
//   and a wrong one prints the alias, whose first argument is the sentence. One conditional, no text to build.
// - LayerCheck<Sentence>: intersected into a forward's `this`, an empty brand that carries the device
//   sentence, so the 'this' message prints it; no conditional at all.
import type { Device } from '../ops/backend.js';
import type { Choices } from '../ops/checks.js';
import type { DType } from '../ops/tensor.js';
import type { Groupings, IsLiteral, Mul } from '../shapes/arith.js';
import type { IsDynamic, IsUnion, UnionMessage } from '../shapes/core.js';
import { formatShape, ShapeError } from '../shapes/rules.js';
import type { Attention, KVCache } from './attention.js';
import type { RotaryEmbedding } from './rope.js';

/** T, printed with Sentence where it stays unevaluated (see above); By is what it waits for. */
export type Expect<Sentence extends string, T, By> = [By] extends [By] ? T : T;

/**
 * The width D a layer whose model dim is A * B * C takes (Attention, Block): any grouping of the product (the caller's
 * own is kept), a `number` one (checked at run time); written as D's constraint (`D extends GroupedWidth<...D...>`),
 * so that another width makes D this type. For known sizes that is a number with a required brand that prints the
 * sentence (`Attention.forward: last dim 96 is not 2 x 2 x 32 = 128`); in generic code the alias, with Sentence over
 * the caller's dims (`Attention.forward: last dim ${Mul<KV, Dh>} is not ${KV} x ${Rep} x ${Dh}`), as Expect.
 */
export type GroupedWidth<Sentence extends string, D, A extends number, B extends number, C extends number> =
  [D] extends [Groupings<A, B, C>] ? Groupings<A, B, C> : IsDynamic<D> extends true ? number
  // A union (a width from a conditional's two branches) gets the union sentence, not one per member.
  : true extends IsUnion<D> ? number & WidthRefused<UnionMessage<Sentence extends `${infer Op}: ${string}` ? Op : '', D>>
  : number & WidthRefused<`${Sentence}${ProductText<A, B, C>}`>;
type ProductText<A extends number, B extends number, C extends number> =
  [IsLiteral<A>, IsLiteral<B>, IsLiteral<C>] extends [true, true, true] ? ` = ${Mul<Mul<A, B>, C>}` : '';
declare const widthRefused: unique symbol;
/** What no dim has: a width that is not the layer's prints as `number & WidthRefused<"the sentence">`. */
export interface WidthRefused<Sentence extends string> { readonly [widthRefused]: Sentence }

/**
 * The dtype of a forward's token ids, written as the constraint of its own parameter (`I extends IdsDType<'...', I>`,
 * the ids `Tensor<S, I>`): int32; any other dtype (or a run-time choice of two) makes I int32 with a required brand
 * that prints the sentence: `... parameter of type 'Tensor<[4, 16], "int32" & DTypeRefused<"Embedding.forward: the
 * ids must be int32", "float32">, ...>'`. One conditional per dtype, cached; the body reads I as int32 (its constraint).
 */
export type IdsDType<Sentence extends string, I> = [I] extends ['int32'] ? 'int32' : 'int32' & DTypeRefused<Sentence, I>;
declare const dtypeRefused: unique symbol;
/** What no dtype has: a dtype that is not the one needed prints as `"int32" & DTypeRefused<"the sentence", "float32">` (Got: the dtype given). */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export interface DTypeRefused<Sentence extends string, Got> { readonly [dtypeRefused]: Sentence }

declare const layerCheck: unique symbol;
/**
 * Nothing to check, printed as the sentence: a forward declared
 * `this: Linear<In, Out, NoInfer<XDev>> & LayerCheck<`Linear.forward: the input is on ${XDev}, not on the layer's device`>`
 * (XDev its input's device) makes tsc print `The 'this' context of type 'Linear<784, 128, "cpu">' is not assignable
 * to method's 'this' of type 'Linear<784, 128, "default"> & LayerCheck<"Linear.forward: the input is on default, not
 * on the layer's device">'`. Every object has the optional key; Sentence is for printing only (unused, so tsc takes
 * it as independent and never compares two of them), and the layer's own type stays as it was in the body.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export interface LayerCheck<Sentence extends string> { readonly [layerCheck]?: true }
/**
 * The kind of a layer's input, 'values', marked with the layer's sentence: nothing more is checked, but an input of
 * another shape prints it where its dims are literals too (`... parameter of type 'Tensor<[2, 32000], "float32",
 * "default", LayerInput<"Linear.forward: the input's last dim must be the layer's in-features">, ...>'`). A constant
 * type argument, so the mark costs no type per call.
 */
export type LayerInput<Sentence extends string> = 'values' & LayerCheck<Sentence>;
/**
 * A layer's float32 input dtype marked with the layer's sentence, so token ids passed where values go print it
 * (`... parameter of type 'Tensor<[B, 128], "float32" & LayerCheck<"Linear.forward: the input must be float32">, ...>'`).
 * A constant type argument, as LayerInput.
 */
export type FloatInput<Sentence extends string> = 'float32' & LayerCheck<Sentence>;
/** The same mark on a model's token ids (`TokenIds<"Llama.forward: the ids must be [batch, time] token ids">`). */
export type TokenIds<Sentence extends string> = 'values' & LayerCheck<Sentence>;

/** Dev marked with LayerCheck: the same sentence on a layer's device argument, for the layers whose `this` it is cheaper on. */
export type OnInputDevice<Dev extends Device, Sentence extends string> = Dev & LayerCheck<Sentence>;
/**
 * Intersected into a model's `this` beside OnInputDevice (Llama.forward, forwardCached, loss; LlamaModel.forward): ids
 * whose device is a run-time choice (`'cpu' | 'default'`) are never on the model's device, though covariance lets the
 * model's one device fit the union (unless the model is on that same union); then it is a required brand, which no model has, and prints the sentence with the
 * union (`Llama.loss: the ids are on a device chosen at run time (cpu | default), not on the model's device`); else unknown. The test is on a template,
 * as Same's (src/ops/checks.ts), so that a type parameter (a caller's `<Dev extends Device>` code) passes. Beside the
 * device, not in it: the model's body then reads its layers as before (as the device's own conditional it measured
 * +1,045 instantiations; on every layer's forward, +1,519; as here, +704).
 */
export type OneDevice<Dev extends Device, ModelDev extends Device, Sentence extends string> =
  `${true extends IsUnion<Dev> ? 'union: chosen at run time' : 'ok'}` extends `${string}: ${string}`
    // A model built on the same run-time choice (one variable for both) takes it.
    ? ([Dev] extends [ModelDev] ? unknown : DeviceRefused<UnionDeviceSentence<Sentence, Dev>>) : unknown;
/** The sentence (one member per device of the union) with the union written once. */
type UnionDeviceSentence<Sentence extends string, Dev extends Device> =
  Sentence extends `${infer Pre} on ${string}, not ${infer Post}` ? `${Pre} on a device chosen at run time (${Choices<Dev>}), not ${Post}` : Sentence;
declare const deviceRefused: unique symbol;
/** What no model has: ids on a run-time choice of devices print as `DeviceRefused<"the sentence">`. */
export interface DeviceRefused<Sentence extends string> { readonly [deviceRefused]: Sentence }

/** What a forward's run-time check compares: its layer's device, and the last dim it needs (named as the sentence names it). */
export interface InputExpectation {
  device: Device;
  /** 'the ids' for an embedding or a model (default 'the input'); 'model' for a model (default 'layer'). */
  input?: string;
  owner?: string;
  lastDim?: { size: number; name: string };
  /** The dtype it needs (token ids: int32). */
  dtype?: DType;
}
/**
 * The run-time twin of a forward's checks: throws the sentence the types print, with the sizes and the
 * devices, for inputs whose dims or device the compiler did not know (`number` dims, a run-time choice):
 * `Linear.forward: the input is on default, not on the layer's device (cpu); move it with .to('cpu')`,
 * `Linear.forward: the input's last dim must be the layer's in-features (784), got [32, 780]`.
 */
export function expectInput(op: string, x: { readonly device: Device; readonly dtype: DType; readonly shape: readonly number[] }, expected: InputExpectation): void {
  const { device, input = 'the input', owner = 'layer', lastDim, dtype } = expected;
  if (dtype !== undefined && x.dtype !== dtype) throw new Error(`${op}: ${input} must be ${dtype}, got ${x.dtype}`);
  if (x.device !== device) {
    throw new Error(`${op}: ${input} ${input.endsWith('s') ? 'are' : 'is'} on ${x.device}, not on the ${owner}'s device (${device}); move ${input.endsWith('s') ? 'them' : 'it'} with .to('${device}')`);
  }
  if (lastDim && x.shape[x.shape.length - 1] !== lastDim.size) {
    throw new ShapeError(`${op}: ${input}'s last dim must be the ${owner}'s ${lastDim.name} (${lastDim.size}), got ${formatShape(x.shape)}`);
  }
}

/**
 * What a forward taking a rotary embedding prints when it is of another head dim or device (carried by LayerCheck on
 * the rope parameter, so tsc prints it beside `RotaryEmbedding<32, "default">`); expectRope throws it at run time.
 */
export type RopeSentence<Op extends string, Dh extends number, Dev extends Device> =
  `${Op}: the rope must be built with the layer's head dim ${Dh} on ${Dev}`;
/**
 * What a forward taking a KV cache prints when it is of another batch, layout or device (on the cache option, as
 * RopeSentence); expectCache throws it at run time. The cached length is any (`number`): it grows each step.
 */
export type CacheSentence<Op extends string, B extends number, KV extends number, Dh extends number, Dev extends Device> =
  `${Op}: the cache must be [${B}, ${KV}, number, ${Dh}] on ${Dev}: this input's batch, the layer's kv heads and head dim`;

/** The run-time twin of RopeSentence. */
export function expectRope(op: string, rope: RotaryEmbedding<number, Device>, layer: Attention<number, number, number, Device>): void {
  const device = layer.q_proj.weight.device;
  if (rope.headDim !== layer.headDim || rope.device !== device) {
    throw new ShapeError(`${op}: the rope must be built with the layer's head dim ${layer.headDim} on ${device}, got head dim ${rope.headDim} on ${rope.device}`);
  }
}
/** The run-time twin of CacheSentence: the keys and values of batch, the layer's kv heads and head dim, on its device. */
export function expectCache(op: string, cache: KVCache<number, number, number, Device>, batch: number, layer: Attention<number, number, number, Device>): void {
  const device = layer.q_proj.weight.device;
  for (const t of [cache.keys, cache.values]) {
    const [b, kv, , dh] = t.shape;
    if (t.shape.length !== 4 || b !== batch || kv !== layer.kvHeads || dh !== layer.headDim || t.device !== device) {
      throw new ShapeError(`${op}: the cache must be [${batch}, ${layer.kvHeads}, number, ${layer.headDim}] on ${device}: this input's batch, the layer's kv heads and head dim, got ${formatShape(t.shape)} on ${t.device}`);
    }
  }
}
