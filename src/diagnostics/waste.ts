// Wasted computation: a linear map applied straight to the output of another linear map (or of an
// embedding), with no nonlinearity between, composes with it into one map. The pair costs more
// than the one map and can express nothing more; after an embedding the second map can be folded
// into the table for free. The data flow is read from the model's own forward through its modules'
// hooks: module B is fed module A's output when B's output equals A's output times B's weight.
import * as st from '../ops/index.js';
import { Embedding } from '../layers/embedding.js';
import { Linear } from '../layers/linear.js';
import type { Module } from '../module/module.js';

interface Fired {
  name: string;
  kind: 'linear' | 'embedding';
  inFeatures: number;
  outFeatures: number;
  /** Linear only: the weight [in, out], read back. */
  weight?: Float32Array;
  output: Float32Array;
  /** Rows of the output (all dims but the last). */
  rows: number;
}

/** A linear map fed directly by another linear map or an embedding. */
export interface WastedPair {
  first: string;
  firstKind: 'linear' | 'embedding';
  second: string;
  /** The two maps' shapes: first in -> out (embedding: vocab x dim), second in -> out. */
  firstShape: [number, number];
  secondShape: [number, number];
  /** Multiply-add FLOPs per token the pair costs beyond one merged map (0 for a low-rank factorisation that saves compute). */
  wastedFlopsPerToken: number;
}

export interface WasteReport {
  ok: boolean;
  pairs: WastedPair[];
  /** Matmul FLOPs per token of every linear map the forward ran (2 * in * out each). */
  linearFlopsPerToken: number;
}

/**
 * A Linear's or an Embedding's sizes (and, for a Linear, how to read its weight); undefined for
 * other modules. Read from the class and the module's one parameter, its weight ([in, out] or
 * [vocab, dim]), rather than by narrowing with instanceof, which costs the compiler dearly here.
 */
function mapOf(module: Module): { kind: 'linear' | 'embedding'; inFeatures: number; outFeatures: number; readWeight?: () => Float32Array } | undefined {
  const kind = module.constructor === Linear ? 'linear' : module.constructor === Embedding ? 'embedding' : undefined;
  const params = module.namedParameters();
  if (kind === undefined || params.length !== 1 || params[0][0] !== 'weight') return undefined;
  const weight = params[0][1];
  const [rows, cols] = weight.shape;
  if (weight.shape.length !== 2 || rows === undefined || cols === undefined) return undefined;
  return { kind, inFeatures: rows, outFeatures: cols, readWeight: kind === 'linear' ? () => Float32Array.from(weight.dataSync()) : undefined };
}

/** Is second's output what its weight makes of first's output (to float32 rounding)? */
function feeds(first: Fired, second: Fired): boolean {
  const w = second.weight;
  if (w === undefined || first.outFeatures !== second.inFeatures || first.rows !== second.rows) return false;
  const n = second.inFeatures;
  const m = second.outFeatures;
  for (let r = 0; r < second.rows; r++) {
    for (let o = 0; o < m; o++) {
      let sum = 0;
      let size = 0;
      for (let i = 0; i < n; i++) {
        const term = first.output[r * n + i] * w[i * m + o];
        sum += term;
        size += Math.abs(term);
      }
      if (Math.abs(sum - second.output[r * m + o]) > 1e-4 * Math.max(size, 1e-6)) return false;
    }
  }
  return true;
}

/**
 * Runs run() (one forward of model) with hooks on its Linear and Embedding modules and reports
 * every linear map fed directly by another linear map or an embedding, with the FLOPs it wastes.
 */
export function checkWastedComputation(model: Module, run: () => unknown): WasteReport {
  const fired: Fired[] = [];
  const removers: (() => void)[] = [];
  try {
    for (const [name, module] of model.namedModules()) {
      const shape = mapOf(module);
      if (shape === undefined) continue;
      // The hook goes on the module as a plain Module: its own type plays no part in what is recorded.
      const plain: Module = module;
      removers.push(plain.registerForwardHook((_m, output) => {
        if (!(output instanceof st.Tensor) || output.size === 0) return;
        fired.push({ name, ...shape, weight: shape.readWeight?.(), output: Float32Array.from(output.dataSync()), rows: output.size / shape.outFeatures });
      }));
    }
    st.tidy(() => {
      run();
    });
  } finally {
    for (const remove of removers) remove();
  }
  const pairs: WastedPair[] = [];
  const seen = new Set<string>();
  fired.forEach((second, j) => {
    if (second.kind !== 'linear') return;
    for (let i = 0; i < j; i++) {
      const first = fired[i];
      const key = `${first.name} -> ${second.name}`;
      if (seen.has(key) || !feeds(first, second)) continue;
      seen.add(key);
      const [a, b, c] = [first.inFeatures, first.outFeatures, second.outFeatures];
      // After an embedding, the second map folds into the table: all of its FLOPs are wasted. After a
      // linear map, the merged a -> c map costs 2ac against 2ab + 2bc.
      const wasted = first.kind === 'embedding' ? 2 * b * c : Math.max(0, 2 * (a * b + b * c) - 2 * a * c);
      pairs.push({ first: first.name, firstKind: first.kind, second: second.name, firstShape: [a, b], secondShape: [b, c], wastedFlopsPerToken: wasted });
    }
  });
  const counted = new Set<string>();
  let linearFlopsPerToken = 0;
  for (const f of fired) {
    if (f.kind !== 'linear' || counted.has(f.name)) continue;
    counted.add(f.name);
    linearFlopsPerToken += 2 * f.inFeatures * f.outFeatures;
  }
  return { ok: pairs.length === 0, pairs, linearFlopsPerToken };
}

const thousands = (n: number): string => n.toLocaleString('en-US');

export function formatWaste(report: WasteReport): string {
  if (report.ok) return `wasted computation: ok: no linear map is fed directly by another linear map or an embedding (${thousands(report.linearFlopsPerToken)} matmul FLOPs per token)`;
  const lines = ['wasted computation: WARNING:'];
  for (const p of report.pairs) {
    const share = report.linearFlopsPerToken > 0 ? ` (${((100 * p.wastedFlopsPerToken) / report.linearFlopsPerToken).toFixed(0)}% of the ${thousands(report.linearFlopsPerToken)} matmul FLOPs per token)` : '';
    const what = p.firstKind === 'embedding'
      ? `${p.second} (linear ${p.secondShape[0]} -> ${p.secondShape[1]}) is applied straight to the output of the embedding ${p.first} (${p.firstShape[0]} x ${p.firstShape[1]}), with no nonlinearity between: fold it into the embedding table`
      : `${p.second} (linear ${p.secondShape[0]} -> ${p.secondShape[1]}) is applied straight to the output of ${p.first} (linear ${p.firstShape[0]} -> ${p.firstShape[1]}), with no nonlinearity between: the two are one ${p.firstShape[0]} -> ${p.secondShape[1]} linear map`;
    lines.push(`  ${what}; it wastes ${thousands(p.wastedFlopsPerToken)} FLOPs per token${share}`);
  }
  return lines.join('\n');
}
