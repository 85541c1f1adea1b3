// A module's parameters to and from safetensors, by state-dict name, in shapetype's orientation
// (a Linear's weight is [in, out]; the Hugging Face Llama files, which hold it [out, in], are
// written and read by src/io/checkpoint.ts). Loading checks every name and shape first and
// names all the problems at once, as PyTorch's load_state_dict(strict=True) does.
import { tensor } from '../ops/creation.js';
import { formatShape } from '../shapes/rules.js';
import { readSafetensors, writeSafetensors, type SafetensorsTensor } from '../io/safetensors.js';
import type { Module } from './module.js';

/** The values of a state dict entry: float32, row-major. */
export interface StateTensor {
  shape: readonly number[];
  data: Float32Array;
}

declare const stateOf: unique symbol;
/**
 * A state dict read from a module of type M (stateDict's result): a plain record of tensors by name, marked with M.
 * The mark is an optional key (never present at run time) holding a method type of M, which tsc compares in both
 * directions: the state of a model of `number` dims fits one of literal dims and back, one of other dims or
 * other layers does not.
 */
export type StateDict<M> = Record<string, StateTensor> & StateOf<M>;
/** The mark of StateDict. */
export interface StateOf<M> { readonly [stateOf]?: { of(module: M): void }['of'] }
/**
 * What loadStateDict takes for a module M: any record of tensors by name (from a file, built by hand: checked at run
 * time), but not the state dict of a module of another type, which prints the sentence (Sentence is for printing only).
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export interface StateFor<Sentence extends string, M> { readonly [stateOf]?: { of(module: M): void }['of'] }
/** What loadStateDict prints at compile time and throws (with every mismatch) at run time. */
export type StateSentence = 'loadStateDict: does not fit the module';

/** The format written to the files' metadata, so a reader can tell them from other safetensors. */
export const MODULE_FORMAT = 'shapetype-module';

/** The parameters' values, read back from the device, keyed by state-dict name. */
export function stateDict<M extends Module>(module: M): StateDict<M> {
  const out: StateDict<M> = {};
  for (const [name, p] of module.namedParameters()) out[name] = { shape: [...p.shape], data: p.dataSync() };
  return out;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/**
 * Assigns each parameter the values of its name in state. Every missing name, unexpected name
 * and wrong shape is reported in one error before anything is assigned.
 */
export function loadStateDict<M extends Module>(module: M, state: Record<string, StateTensor> & StateFor<StateSentence, NoInfer<M>>, where = 'loadStateDict'): void {
  const params = module.namedParameters();
  const problems: string[] = [];
  const known = new Set<string>();
  for (const [name, p] of params) {
    known.add(name);
    const t = Object.hasOwn(state, name) ? state[name] : undefined;
    if (t === undefined) problems.push(`'${name}' is missing`);
    else if (!sameShape(t.shape, p.shape)) problems.push(`'${name}' has shape ${formatShape(t.shape)} but the parameter has ${formatShape(p.shape)}`);
  }
  for (const name of Object.keys(state)) if (!known.has(name)) problems.push(`'${name}' is not a parameter of this ${module.constructor.name}`);
  if (problems.length > 0) {
    const shown = problems.slice(0, 8).join('; ');
    throw new Error(`${where}: does not fit the module: ${shown}${problems.length > 8 ? `; and ${problems.length - 8} more` : ''}`);
  }
  for (const [name, p] of params) {
    const value = tensor(state[name].data, [...p.shape], 'float32', p.device);
    p.assign(value);
    value.dispose();
  }
}

/** Writes the parameters to a safetensors file (atomically), with optional string metadata. */
export function saveModule(module: Module, path: string, metadata: Record<string, string> = {}): void {
  const tensors: Record<string, SafetensorsTensor> = {};
  for (const [name, t] of Object.entries(stateDict(module))) tensors[name] = { dtype: 'F32', shape: [...t.shape], data: t.data };
  writeSafetensors(path, tensors, { ...metadata, format: MODULE_FORMAT });
}

/** Reads a file saveModule wrote (or any safetensors file of float tensors named as the parameters) into the module. */
export function loadModule(module: Module, path: string): void {
  const file = readSafetensors(path);
  const state: Record<string, StateTensor> = {};
  for (const [name, t] of Object.entries(file.tensors)) {
    if (t.dtype !== 'F32') throw new Error(`${path}: tensor '${name}' holds ${t.storedDtype} values, not floats`);
    state[name] = { shape: t.shape, data: t.data };
  }
  loadStateDict(module, state, path);
}
