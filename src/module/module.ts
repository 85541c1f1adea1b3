// Modules, as PyTorch's nn.Module: a layer's parameters are the Variables in its public fields,
// and those of its child modules (fields holding a Module, or an array or tuple of them), named
// by the path of fields that reaches them: `model.layers.0.mlp.gate_proj.weight`, the name
// PyTorch's state_dict gives (and the Hugging Face checkpoint layout uses). The compiler computes
// the same names from the field types (ParamsOf), so a module's parameter record is typed: its
// keys and each parameter's shape are known, and gradients or state of another model do not fit.
//
// What counts, at run time and in the type alike: own enumerable fields holding a float32
// Variable, a Module, or an array/tuple of those. Keep such fields public (TypeScript's `private`
// hides a field from the type but not from the run-time walk); state in `#private` fields is
// invisible to both.
import type { Shape } from '../shapes/core.js';
import type { Device } from '../ops/backend.js';
import { dispose } from '../ops/autodiff.js';
import { parameterRecord, type AnyParameter } from '../ops/records.js';
import { Variable } from '../ops/variable.js';
import { loadModule, loadStateDict, saveModule, stateDict, type StateDict, type StateFor, type StateSentence, type StateTensor } from './state.js';

/** The (name, parameter) entries of a value held at path P, as a union of pairs. */
type EntriesOf<T, P extends string> =
  0 extends 1 & T ? never
  : T extends Variable<Shape, 'float32', Device> ? [P, T]
    : T extends Module ? FieldEntries<T, `${P}.`>
      : T extends readonly unknown[]
        ? number extends T['length']
          ? EntriesOf<T[number], `${P}.${number}`>
          : { [I in IndexNames<T['length']>]: EntriesOf<I extends keyof T ? T[I] : T[number], `${P}.${I}`> }[IndexNames<T['length']>]
        : never;

/** '0' | '1' | ... | `${N - 1}` (a pattern past 256 elements): the names of a list's elements. */
type IndexNames<N, Acc extends unknown[] = [], U extends string = never> =
  Acc['length'] extends N ? U : Acc['length'] extends 256 ? `${number}` : IndexNames<N, [...Acc, unknown], U | `${Acc['length']}`>;

/**
 * The entries of every field of M, names prefixed. Methods (most of a layer's keys) are dropped by one
 * test first: they hold no parameter, and each EntriesOf test on a function type costs a relation.
 */
type FieldEntries<M, Prefix extends string> = {
  [K in keyof M & string]-?: M[K] extends (...args: never) => unknown ? never : EntriesOf<M[K], `${Prefix}${K}`>;
}[keyof M & string];

/**
 * The typed parameter record of module M: `{ 'fc1.weight': Variable<[4, 8]>, ... }`. Arrays of
 * modules give pattern keys (`layers.${number}.mlp.up_proj.weight`); tuples and lists of a literal
 * length (ListOf) give each index.
 */
export type ParamsOf<M> = { [E in FieldEntries<M, ''> as NameOf<E>]: ValueOf<E> };
type NameOf<E> = E extends readonly [infer N extends string, unknown] ? N : never;
type ValueOf<E> = E extends readonly [string, infer V] ? V : never;

/** The names of M's parameters. */
export type ParamNames<M> = keyof ParamsOf<M> & string;

/** A function called with a module's output each time its forward runs (see registerForwardHook). */
export type ForwardHook<M extends Module = Module> = (module: M, output: unknown) => void;

function isModuleValue(v: unknown): v is Module {
  return v instanceof Module;
}

function isParameter(v: unknown): v is AnyParameter {
  return v instanceof Variable && v.dtype === 'float32';
}

/**
 * The base of every layer. The shipped layers declare their type parameters `out` (covariant: a
 * layer of literal dims is one of `number` dims, as the structure says): tsc checks that annotation
 * once, where the class is declared, and then relates two of its types by their arguments; without
 * it every checker (tsc 7 runs four) computed each layer's variance by relating its whole structure,
 * a large part of the library's check time. Declare your own layers' dims `out` too when tsc
 * accepts it (it reports TS2636 where a dim is not covariant).
 */
export abstract class Module {
  #hooks = new Set<(output: unknown) => void>();

  /** The direct children, by field name (arrays give `name.0`, `name.1`, ...), in field order. */
  namedChildren(): [string, Module][] {
    const out: [string, Module][] = [];
    for (const [key, value] of Object.entries(this)) {
      if (isModuleValue(value)) out.push([key, value]);
      else if (Array.isArray(value)) value.forEach((v, i) => { if (isModuleValue(v)) out.push([`${key}.${i}`, v]); });
    }
    return out;
  }

  /** This module (named '') and every module below it, depth first in field order, as PyTorch's named_modules. */
  namedModules(prefix = ''): [string, Module][] {
    const out: [string, Module][] = [[prefix, this]];
    for (const [name, child] of this.namedChildren()) out.push(...child.namedModules(prefix === '' ? name : `${prefix}.${name}`));
    return out;
  }

  /** Every parameter with its state-dict name, in field order (own parameters before a child's, as fields come). */
  namedParameters(prefix = ''): [string, AnyParameter][] {
    const out: [string, AnyParameter][] = [];
    const at = (key: string): string => (prefix === '' ? key : `${prefix}.${key}`);
    const visit = (key: string, value: unknown): void => {
      if (isParameter(value)) out.push([at(key), value]);
      else if (isModuleValue(value)) out.push(...value.namedParameters(at(key)));
    };
    for (const [key, value] of Object.entries(this)) {
      if (Array.isArray(value)) value.forEach((v, i) => visit(`${key}.${i}`, v));
      else visit(key, value);
    }
    return out;
  }

  /**
   * The parameters, keyed by state-dict name and typed by the fields that hold them. One variable
   * held under two names (tied weights) is refused: an optimizer would update it twice.
   */
  parameters<M extends Module>(this: M): ParamsOf<M> {
    const entries = this.namedParameters();
    const seen = new Map<AnyParameter, string>();
    for (const [name, p] of entries) {
      const first = seen.get(p);
      if (first !== undefined) throw new Error(`${this.constructor.name}: one variable is both '${first}' and '${name}'; tied parameters are not supported`);
      seen.set(p, name);
    }
    return parameterRecord<ParamsOf<M>>(`${this.constructor.name}.parameters`, entries);
  }

  /** Number of trainable values. */
  parameterCount(): number {
    return this.namedParameters().reduce((n, [, p]) => n + p.size, 0);
  }

  /**
   * Calls hook with this module's output after each forward (the shipped layers all report);
   * returns a function that removes it. The output is freed by the caller's tidy as usual: read or
   * copy it inside the hook.
   */
  registerForwardHook<M extends Module>(this: M, hook: ForwardHook<M>): () => void {
    const call = (output: unknown): void => hook(this, output);
    this.#hooks.add(call);
    return () => {
      this.#hooks.delete(call);
    };
  }

  /** Whether any forward hook is registered (a layer may skip computing what only hooks would see). */
  protected hasForwardHooks(): boolean {
    return this.#hooks.size > 0;
  }

  /** Reports output to the forward hooks and returns it: a layer's forward ends with `return this.emit(y)`. */
  protected emit<T>(output: T): T {
    for (const hook of this.#hooks) hook(output);
    return output;
  }

  /** The parameters' values by state-dict name (copies read from the device). */
  stateDict<M extends Module>(this: M): StateDict<M> {
    return stateDict(this);
  }

  /**
   * Assigns every parameter from state (all names and shapes checked first). The state dict of a module of another
   * type (another width, other layers) does not compile: `... parameter of type 'Record<string, StateTensor> &
   * StateFor<"loadStateDict: does not fit the module", Mlp<64, 256>>'`.
   */
  loadStateDict<M extends Module>(this: M, state: Record<string, StateTensor> & StateFor<StateSentence, NoInfer<M>>): void {
    loadStateDict(this, state);
  }

  /** Saves the parameters to a safetensors file, by state-dict name. */
  save(path: string, metadata?: Record<string, string>): void {
    saveModule(this, path, metadata);
  }

  /** Loads parameters saved by save (every name and shape must match). */
  load(path: string): void {
    loadModule(this, path);
  }

  /** Frees every parameter (and whatever a subclass adds). */
  dispose(): void {
    dispose(this.namedParameters().map(([, p]) => p));
  }
}
