// The causality probe: a language model's prediction at position t may depend on tokens 0..t only.
// Attention without a causal mask, or a norm over the time axis, trains happily (and reports a
// wonderful val loss) while reading the answer from the future. The probe changes every token after
// a cut position and checks that the logits at and before the cut do not move.
import type * as st from '../ops/index.js';
import { Rng } from '../util/rng.js';
import { fmt, logitsOf, maxAbsDiff, randomIds, scaleOf, type TokenModel } from './model.js';

export interface CausalityOptions {
  /** Sequence length probed (default min(16, maxSeqLen)). */
  length?: number;
  /** Rows per batch (default 2); each row gets its own tokens and its own perturbation. */
  batch?: number;
  /** Cut positions: tokens after each are changed (default 0, 1, the middle and length - 2). */
  cuts?: number[];
  /** Seed of the tokens and perturbations (default 0). */
  seed?: number;
  /** A change above tolerance * max(1, max |logit|) is a leak (default 1e-5). */
  tolerance?: number;
}

/** What changing the tokens after one cut did. */
export interface CutResult {
  cut: number;
  /** Largest change of a logit at a position <= cut (should be 0). */
  changeBefore: number;
  /** Earliest position <= cut whose logits moved beyond tolerance, if any. */
  firstLeak?: number;
  /** The batch row where the largest change at or before the cut was seen. */
  row: number;
  /** Largest change of a logit after the cut (the perturbation reached the model). */
  changeAfter: number;
}

export interface CausalityReport {
  ok: boolean;
  length: number;
  batch: number;
  tolerance: number;
  cuts: CutResult[];
  /** The worst leak: the earliest leaking position over all cuts, its cut, and that cut's largest change (in row). */
  leak?: { position: number; cut: number; row: number; change: number };
  /** True when changing tokens moved no logit at all: the probe saw nothing (the model ignores its input?). */
  inert: boolean;
}

/** Probes whether model's logits at positions <= t ignore the tokens after t, for several t and batch rows. */
export function checkCausal<Dev extends st.Device>(model: TokenModel<Dev>, options: CausalityOptions = {}): CausalityReport {
  const vocab = model.config.vocabSize;
  const length = options.length ?? Math.min(16, model.config.maxSeqLen);
  const batch = options.batch ?? 2;
  if (!Number.isInteger(length) || length < 2) throw new Error(`checkCausal: length must be an integer >= 2, got ${length}`);
  if (!Number.isInteger(batch) || batch < 1) throw new Error(`checkCausal: batch must be a positive integer, got ${batch}`);
  if (vocab < 2) throw new Error(`checkCausal: needs a vocabulary of at least 2 tokens, got ${vocab}`);
  const cuts = [...new Set(options.cuts ?? [0, 1, Math.floor(length / 2), length - 2])].filter((c) => c >= 0 && c < length - 1).sort((a, b) => a - b);
  if (cuts.length === 0) throw new Error(`checkCausal: no cut position in [0, ${length - 2}]`);
  const rng = new Rng(options.seed ?? 0);
  const base = randomIds(rng, batch, length, vocab);
  const reference = logitsOf(model, base, batch, length);
  const v = reference.vocab;
  const tolerance = (options.tolerance ?? 1e-5) * scaleOf(reference.values);

  const results: CutResult[] = [];
  for (const cut of cuts) {
    const changed = Int32Array.from(base);
    for (let b = 0; b < batch; b++) {
      // A different token at every position after the cut (never the same one by chance).
      for (let t = cut + 1; t < length; t++) changed[b * length + t] = (base[b * length + t] + 1 + rng.int(vocab - 1)) % vocab;
    }
    const moved = logitsOf(model, changed, batch, length).values;
    const result: CutResult = { cut, changeBefore: 0, row: 0, changeAfter: 0 };
    for (let b = 0; b < batch; b++) {
      for (let t = 0; t < length; t++) {
        const at = (b * length + t) * v;
        const d = maxAbsDiff(reference.values, moved, at, at + v);
        if (t > cut) {
          result.changeAfter = Math.max(result.changeAfter, d);
          continue;
        }
        if (d > result.changeBefore) {
          result.changeBefore = d;
          result.row = b;
        }
        if (d > tolerance && (result.firstLeak === undefined || t < result.firstLeak)) result.firstLeak = t;
      }
    }
    results.push(result);
  }
  let leak: CausalityReport['leak'];
  for (const r of results) {
    if (r.firstLeak !== undefined && (leak === undefined || r.firstLeak < leak.position)) {
      leak = { position: r.firstLeak, cut: r.cut, row: r.row, change: r.changeBefore };
    }
  }
  const inert = results.every((r) => r.changeAfter === 0 && r.changeBefore === 0);
  return { ok: leak === undefined && !inert, length, batch, tolerance, cuts: results, leak, inert };
}

/** The report as lines of text: one verdict, then one line per cut. */
export function formatCausality(report: CausalityReport): string {
  const lines: string[] = [];
  if (report.leak !== undefined) {
    const l = report.leak;
    lines.push(`causality: LEAK: logits at positions <= ${l.cut} move by up to ${fmt(l.change)} when only the tokens after position ${l.cut} change ` +
      `(first moved: position ${l.position}, batch row ${l.row}); the model sees the future (attention without a causal mask? a norm or mean over the time axis?)`);
  } else if (report.inert) {
    lines.push('causality: INCONCLUSIVE: changing tokens moved no logit at all (does the model read its input?)');
  } else {
    lines.push(`causality: ok: logits at positions <= t never moved when tokens after t changed (${report.cuts.length} cuts, ${report.batch} rows, length ${report.length})`);
  }
  for (const r of report.cuts) {
    lines.push(`  cut ${r.cut}: max change at positions <= ${r.cut}: ${fmt(r.changeBefore)}${r.firstLeak === undefined ? '' : ` (first moved: position ${r.firstLeak})`}; after: ${fmt(r.changeAfter)}`);
  }
  return lines.join('\n');
}
