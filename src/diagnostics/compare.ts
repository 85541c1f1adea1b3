// Layer-by-layer comparison with a reference implementation: the activations a reference computed
// for fixed tokens (scripts/reference/llama_reference.py dumps them), against ours for the same
// tokens, in the order the data flows. Errors propagate forward, so the first layer that differs
// is where the bug is.
import { readSafetensors } from '../io/safetensors.js';
import { fmt } from './model.js';

/** One recorded activation: its shape and row-major values. */
export interface Activation {
  shape: number[];
  data: Float32Array;
}

/** Activations by name, in the order they were computed. */
export type Activations = Map<string, Activation>;

/** What the reference script writes: the tokens it ran and its activations, in data-flow order. */
export interface ReferenceDump {
  tokens: { shape: [number, number]; data: Int32Array };
  activations: Activations;
  /** Each layer's attention weights [B, heads, T, T], when the dump has them (layers.{i}.attention_weights). */
  attentionWeights: Activation[];
}

/**
 * The names of a Llama's activations in data-flow order: embedding, then per layer its attention
 * output and its MLP output (each before its residual add), the final norm, the logits.
 */
export function activationNames(layers: number): string[] {
  const names = ['embedding'];
  for (let i = 0; i < layers; i++) names.push(`layers.${i}.attention`, `layers.${i}.mlp`);
  names.push('norm', 'logits');
  return names;
}

/** Reads a reference dump (safetensors: an int32 `tokens` [B, T] and float32 activations). */
export function readReference(path: string): ReferenceDump {
  const { tensors } = readSafetensors(path);
  const tokens = tensors.tokens;
  if (tokens === undefined || tokens.dtype !== 'I32' || tokens.shape.length !== 2) {
    throw new Error(`${path}: needs an int32 'tokens' tensor [batch, time] (the ids the reference ran); is it a reference dump?`);
  }
  const activations: Activations = new Map();
  let layers = 0;
  while (tensors[`layers.${layers}.attention`] !== undefined) layers++;
  // Data-flow order, then anything else the file holds (compared too, listed last).
  const order = [...activationNames(layers), ...Object.keys(tensors).filter((k) => k !== 'tokens')];
  const attentionWeights: Activation[] = [];
  for (let i = 0; i < layers; i++) {
    const w = tensors[`layers.${i}.attention_weights`];
    if (w !== undefined && w.dtype === 'F32') attentionWeights.push({ shape: w.shape, data: w.data });
  }
  for (const name of order) {
    const t = tensors[name];
    if (t === undefined || activations.has(name) || name.endsWith('.attention_weights')) continue;
    if (t.dtype !== 'F32') throw new Error(`${path}: activation '${name}' holds ${t.storedDtype} values, not floats`);
    activations.set(name, { shape: t.shape, data: t.data });
  }
  if (activations.size === 0) throw new Error(`${path}: holds no activations besides 'tokens'`);
  return { tokens: { shape: [tokens.shape[0], tokens.shape[1]], data: tokens.data }, activations, attentionWeights };
}

/** One activation compared. */
export interface LayerComparison {
  name: string;
  /** Largest |ours - reference| (NaN when the activation is missing or its shape differs). */
  maxAbsError: number;
  /** Largest |reference|: the scale the error is read against. */
  scale: number;
  /** Why it could not be compared, if it could not. */
  problem?: string;
  ok: boolean;
}

export interface ComparisonReport {
  ok: boolean;
  tolerance: number;
  layers: LayerComparison[];
  /** The first activation whose error exceeds the tolerance (or that is missing). */
  firstDifference?: string;
}

/** Compares our activations with the reference's, name by name in the reference's order. */
export function compareActivations(ours: Activations, reference: Activations, tolerance = 1e-4): ComparisonReport {
  const layers: LayerComparison[] = [];
  for (const [name, ref] of reference) {
    let scale = 0;
    for (const v of ref.data) scale = Math.max(scale, Math.abs(v));
    const mine = ours.get(name);
    if (mine === undefined) {
      layers.push({ name, maxAbsError: NaN, scale, problem: 'not recorded by our model', ok: false });
      continue;
    }
    if (mine.shape.join(',') !== ref.shape.join(',')) {
      layers.push({ name, maxAbsError: NaN, scale, problem: `shape [${mine.shape.join(', ')}] but the reference has [${ref.shape.join(', ')}]`, ok: false });
      continue;
    }
    let worst = 0;
    for (let i = 0; i < ref.data.length; i++) {
      const d = Math.abs(mine.data[i] - ref.data[i]);
      worst = Number.isNaN(d) ? Infinity : Math.max(worst, d);
    }
    layers.push({ name, maxAbsError: worst, scale, ok: worst <= tolerance });
  }
  const first = layers.find((l) => !l.ok);
  return { ok: first === undefined, tolerance, layers, firstDifference: first?.name };
}

/** The report as a table and a verdict. */
export function formatComparison(report: ComparisonReport): string {
  const width = Math.max(10, ...report.layers.map((l) => l.name.length));
  const lines = [`${'activation'.padEnd(width)}  max abs error  max |reference|`];
  for (const l of report.layers) {
    const error = l.problem ?? fmt(l.maxAbsError);
    const mark = l.ok ? '' : l.name === report.firstDifference ? '   <- first difference' : '   (differs)';
    lines.push(`${l.name.padEnd(width)}  ${error.padStart(13)}  ${fmt(l.scale).padStart(15)}${mark}`);
  }
  lines.push(report.ok
    ? `all ${report.layers.length} activations agree with the reference within ${fmt(report.tolerance)}`
    : `first difference: ${report.firstDifference} (tolerance ${fmt(report.tolerance)}); the layers before it agree`);
  return lines.join('\n');
}
