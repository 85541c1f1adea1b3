// Type-level checks shared by the ops: each is `unknown` when it passes and the error sentence
// when it fails, so `param: Tensor<...> & Check` makes tsc print the sentence at the bad argument.
import type { CheckedArg, FormatShape, IsDynamic, IsDynamicRank, IsUnion } from '../shapes/core.js';
import type { IsFraction, TruncatedText } from '../shapes/literals.js';
import type { Device } from './backend.js';
import type { DType } from './tensor.js';

/** The tensors of one op must live on one device. */
export type DeviceCheck<Op extends string, A extends Device, B extends Device> =
  [A] extends [B] ? ([B] extends [A] ? unknown : DeviceMessage<Op, A, B>) : DeviceMessage<Op, A, B>;
/**
 * DeviceCheck that continues with Then when the devices agree. Written as a plain chain of tests on
 * its inputs (no test on a result), so that in a user's generic code the checker can still relate an
 * argument to it: identical type parameters pass, different ones fail (see AgreeOr).
 */
export type SameDevice<Op extends string, A extends Device, B extends Device, Then> =
  [A] extends [B] ? ([B] extends [A] ? Then : DeviceMessage<Op, A, B>) : DeviceMessage<Op, A, B>;
type DeviceMessage<Op extends string, A extends Device, B extends Device> =
  `${Op}: tensors are on different devices (${Choices<A>} vs ${Choices<B>}); move one with .to('${Choices<OneOf<A, B>>}')`;

/** The operands of an arithmetic op must share a dtype (no silent upcasts). */
export type SameDTypeCheck<Op extends string, A extends DType, B extends DType> =
  [A] extends [B] ? ([B] extends [A] ? unknown : DTypeMessage<Op, A, B>) : DTypeMessage<Op, A, B>;
type DTypeMessage<Op extends string, A extends DType, B extends DType> =
  `${Op}: dtypes differ (${Choices<A>} vs ${Choices<B>}); cast one with cast(x, '${Choices<OneOf<A, B>>}')`;

// ---- Unions: a dtype or device chosen at run time (`cond ? 'cpu' : 'default'`) is a union type.

type LastOf<U> = (U extends unknown ? (x: () => U) => void : never) extends (x: infer I) => void ? (I extends () => infer L ? L : never) : never;
/** A union of names as it prints in a sentence: `cpu | default`. */
export type Choices<U extends string> = (0 extends 1 & U ? U : true extends IsUnion<U> ? Join<U> : U) extends infer C extends string ? C : never;
type Join<U extends string, Acc extends string = ''> =
  [U] extends [never] ? Acc : LastOf<U> extends infer L extends string ? Join<Exclude<U, L>, Acc extends '' ? L : `${L} | ${Acc}`> : Acc;
/** Of two dtypes or devices, the one a fix should move to: the single one when the other is a union. */
type OneOf<A extends string, B extends string> = true extends IsUnion<A> ? (true extends IsUnion<B> ? A : B) : A;
/**
 * The other operand's dtype or device in the generic-friendly signatures of ops that combine
 * tensors (used as NoInfer<Same<Dev, D>>): the first operand's device, except that a union (a dtype or device
 * chosen at run time, `'cpu' | 'default'`) is marked so that nothing matches it, since covariance would let any one of its
 * members through; the checked signature then compares the two and prints the sentence. Passes for
 * type parameters (a user's `<Dev extends Device>` layer): the test is on a template, which the
 * checker skips there. The mark is the one type `Device & RunTimeChoice`, not `T & RunTimeChoice`:
 * checking each signature's `Tensor<..., NoInfer<Same<Dev, D>>>` against Device, tsc resolved the
 * members of every signature's own `Dev & RunTimeChoice` (String's, as Dev's apparent type), ~1 ms a
 * signature in tsc 7 (~100 signatures); the fixed intersection is resolved once.
 */
export type Same<T, Also = T> = `${true extends IsUnion<T> | IsUnion<Also> ? 'union: chosen at run time' : 'ok'}` extends `${string}: ${string}` ? Device & RunTimeChoice : T;
declare const runTimeChoice: unique symbol;
/** What a run-time choice is marked with, so that no single dtype or device matches it (never would print as never). */
type RunTimeChoice = { readonly [runTimeChoice]: 'chosen at run time: the other tensor must have this same type' };

/** A tensor must have one of the allowed dtypes; Allowed prints as given, e.g. 'float32 or int32'. */
export type DTypeIs<Op extends string, D extends DType, Allowed extends DType, What extends string = 'tensor'> =
  [D] extends [Allowed] ? unknown : `${Op}: ${What} must be ${AllowedText<Allowed>}, got ${Choices<D>}`;
type AllowedText<A extends DType> = [A] extends ['float32'] ? 'float32' : [A] extends ['int32'] ? 'int32' : [A] extends ['bool'] ? 'bool'
  : [A] extends ['float32' | 'int32'] ? 'float32 or int32' : 'float32, int32 or bool';

/**
 * A JS number operand takes the tensor's dtype: on an int32 tensor a literal fraction would become
 * an integer (0.5 -> 0, so `mul(counts, 0.5)` gives zeros). The sentence, or unknown.
 */
export type IntOperandCheck<Op extends string, D extends DType, N extends number> =
  IsFraction<N> extends true ? ([D] extends ['int32'] ? IntOperandMessage<Op, N> : unknown) : unknown;
type IntOperandMessage<Op extends string, N extends number> =
  `${Op}: ${N} is not an integer, but the tensor is int32 (the number would become ${TruncatedText<N>}); cast the tensor to float32 first`;

/**
 * The error sentence among the results of a shape rule applied to each member of a union of shapes
 * (a conditional's branches): unknown when every member passed. (ErrorOf would give unknown as soon
 * as one member passed.)
 */
export type ErrorIn<R> = [Extract<R, string>] extends [never] ? unknown : Extract<R, string>;

// ---- The checked signatures in a user's generic code.

/**
 * Each op's rule over its operands In: unknown when they fit, else the sentence. Every op with a
 * checked signature registers its rule beside that signature, by declaration merging:
 * `declare module './checks.js' { interface Rules<In> { matMul: ... } }`.
 */
export interface Rules<In extends readonly unknown[]> {}
/**
 * The check of a checked signature's parameter: `Rules<In>[Op]` (unknown, or the sentence) wherever
 * the checker evaluates it, which it does for every call with known shapes. In a user's generic code
 * it cannot: a conditional over their type parameters stays unevaluated, and TypeScript then prints
 * the check as this alias with its arguments. So the first argument is the op's sentence written
 * over the user's own dims, and that is what they read:
 * `Refused<`matMul: inner dimensions differ (${O} vs ${B})`, "matMul", [...]>`.
 */
export type Refused<Sentence extends string, Op extends keyof Rules<[]>, In extends readonly unknown[]> =
  // Both branches are the rule, so the checker relates an argument to exactly the rule; the test is on
  // Sentence only so that the alias stays unevaluated (and is printed) just where the sentence is generic.
  // (In brackets: a sentence of never, from a shape of unknown rank, must not distribute to never.)
  [Sentence] extends [Sentence] ? Rules<In>[Op] : Rules<In>[Op];

// Generic sentences show each dim as its own type, so that a type parameter prints by the name the
// user gave it (`${T}`); a formatting conditional over it would stay unevaluated and print its own name.
/** The last dim of a shape of known length (in generic code: the user's type parameter). */
export type LastDim<S> = S extends readonly [...unknown[], infer X extends number] ? X : '?';
/** The dim before the last. */
export type SecondLastDim<S> = S extends readonly [...unknown[], infer X extends number, unknown] ? X : '?';
/**
 * A shape of known length as a generic sentence shows it: `[${B}, ${T}, ${D}]`. (Built without testing
 * the text so far: a test on a text with a type parameter in it would stay unevaluated.)
 */
export type RawShape<S> = S extends readonly [infer H extends number, ...infer R] ? `[${H}${RawRest<R>}]` : S extends readonly [] ? '[]' : '[...]';
/** A shape without its last dim (a shape of known length). */
export type InitDims<S> = S extends readonly [...infer I, unknown] ? I : [];
/** Several shapes as a generic sentence shows them: `[${A}, ${B}] and [${A}, ${C}]` (an array's, or a rest's, by its element's). */
export type RawShapes<L> = L extends readonly [infer S, ...infer R] ? (R extends readonly [] ? RawShape<S> : `${RawShape<S>} and ${RawShapes<R>}`) : L extends readonly (infer S)[] ? RawShape<S> : '';
/**
 * Refused for an argument that is not only a tensor (a number, a list): CheckedArg's brand, so that a
 * failed number argument does not collapse to never; printed as `RefusedArg<sentence, ...>` in generic code.
 */
export type RefusedArg<Sentence extends string, Op extends keyof Rules<[]>, In extends readonly unknown[], A> =
  [Sentence] extends [Sentence] ? CheckedArg<A, Rules<In>[Op]> : CheckedArg<A, Rules<In>[Op]>;
/**
 * RefusedArg for a signature type shared by several ops (`ReductionOp<'sum', ...>`, `ReductionOp<'mean', ...>`):
 * its test is on Dims, the generic part of the sentence (the shape's text), not on the sentence, which
 * holds the op's name. Relating one op's signature to another's (`typeof mean` to `typeof sum`, or
 * TypeScript measuring the variance of the op's name) then meets two checks with identical tests,
 * related by their branches; a test on the sentence made that comparison expand both whole (TS2589).
 */
export type RefusedArgOf<Sentence extends string, Op extends keyof Rules<[]>, In extends readonly unknown[], A, Dims extends string> =
  [Dims] extends [Dims] ? CheckedArg<A, Rules<In>[Op]> : CheckedArg<A, Rules<In>[Op]>;
/** S with every dim `number`: its rank alone, which generic code knows. */
export type RankOnly<S> = { [I in keyof S]: number };
/**
 * A shape rule's sentence as generic code shows it. R is the rule applied to RankOnly<S>, so it is
 * decided wherever the rank is (an axis out of range, a perm or a list of the wrong length), and its
 * shape is then written over the user's dims (a sentence without the shape, such as a negative slice
 * begin, as it is). Else when R passes: only the dims themselves, unknown there, can fail the call.
 */
export type RankSentence<R, S extends readonly unknown[], Else extends string> =
  R extends `${infer Pre}${FormatShape<RankOnly<S>>}${infer Post}` ? `${Pre}${RawShape<S>}${Post}` : R extends string ? R : Else;
/**
 * The checked argument A of a shape op on x [S]: Rules<In>[Op]; in generic code, printed with the
 * sentence RankSentence<R, S, Else> (R: the op's rule over RankOnly<S>).
 */
export type ShapeArg<Op extends keyof Rules<[]>, In extends readonly unknown[], A, S extends readonly unknown[], R, Else extends string> =
  RefusedArgOf<RankSentence<R, S, Else>, Op, In, A, RawShape<S>>;
type RawRest<S> = S extends readonly [infer H extends number, ...infer R] ? `, ${H}${RawRest<R>}` : '';

/**
 * unknown when dims A and B agree (each assignable to the other, or one of them dynamic: DimsAgree's
 * rule), else M. The equality is tested first and directly, so that in generic code, where nothing can
 * be evaluated, the checker relating an argument to this check still passes it for the same type
 * parameter on both sides (the false branch is skipped for an identity) and fails it for two different
 * ones. A test on a computed result (`R extends string ? R : unknown`) would pass both: the checker
 * probes it with every type parameter replaced by one wildcard, under which any two dims agree.
 */
export type AgreeOr<A, B, M> = [A] extends [B] ? ([B] extends [A] ? unknown : DynamicOr<A, B, M>) : DynamicOr<A, B, M>;
type DynamicOr<A, B, M> = IsDynamic<A> extends true ? unknown : IsDynamic<B> extends true ? unknown : M;

// ---- Operands known only at run time. A `number` dim or a `number[]` shape is checked at run time;
// the ops whose generic forms unify dims (linear, rmsNorm, attention) have an overload that takes such
// an operand in generic code too, where the checked signature's rule cannot be evaluated.
/** unknown for a dim known only at run time (`number`), else never (that overload does not apply). */
export type RunTimeDim<D> = IsDynamic<D> extends true ? unknown : never;
/** unknown for a shape whose rank is known only at run time (`number[]`), else never. */
export type RunTimeRank<S extends readonly unknown[]> = IsDynamicRank<S> extends true ? unknown : never;

declare const recoveryOnly: unique symbol;
/**
 * A parameter no argument fits, so the signature that takes it is never taken: the first of an op's call type
 * (reshape, concat). When no signature takes a call, tsc types the call by its first candidate (the
 * error is the last one's sentence), so this one gives a refused call a plain result, and the lines after it are
 * checked against that instead of against a form's half-inferred result (a refused `reshape(out [B, H, T, Dh],
 * [b, t, dim])` was `[B, T, Product<Between<...>>]`, an error more; now the shape asked for). tsc tries the
 * signatures with a parameter of literal type first, so where an op has such forms this one has one too.
 */
export type RecoveryOnly = { readonly [recoveryOnly]: 'the type of a refused call' };
