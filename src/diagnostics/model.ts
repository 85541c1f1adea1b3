// What the probes need of a model: token ids [B, T] in, logits [B, T, V] out. The shipped Llama
// fits, and so does any model a user writes with the same forward.
import * as st from '../ops/index.js';
import { Rng } from '../util/rng.js';

/** Options every probed forward takes: dropout only while training, seeded masks. */
export interface ProbeForwardOptions {
  training?: boolean;
  seed?: number;
}

/** A language model the probes can run: `forward(ids [B, T]) -> logits [B, T, V]`. */
export interface TokenModel<Dev extends st.Device = st.Device> {
  readonly config: { readonly vocabSize: number; readonly maxSeqLen: number };
  readonly device: Dev;
  forward(ids: st.Tensor<[number, number], 'int32', Dev>, options?: ProbeForwardOptions): st.Tensor<[number, number, number], 'float32', Dev>;
}

/** Seeded random token ids, rows of `length` in [0, vocab). */
export function randomIds(rng: Rng, batch: number, length: number, vocab: number): Int32Array {
  return Int32Array.from({ length: batch * length }, () => rng.int(vocab));
}

/** The model's logits for ids (flat, row-major [B, T, V]) and their vocab size, read back; no tensor is left behind. */
export function logitsOf<Dev extends st.Device>(
  model: TokenModel<Dev>, ids: Int32Array, batch: number, length: number, options?: ProbeForwardOptions,
): { values: Float32Array; vocab: number } {
  return st.tidy(() => {
    const logits = model.forward(st.tensor(ids, [batch, length], 'int32', model.device), options);
    const [b, t, v] = logits.shape;
    if (b !== batch || t !== length) {
      throw new Error(`the model's forward gave logits [${logits.shape.join(', ')}] for ids [${batch}, ${length}]; expected [${batch}, ${length}, vocab]`);
    }
    return { values: logits.dataSync(), vocab: v };
  });
}

/** The largest |a - b| (Infinity when one is NaN and the other is not). */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>, from = 0, to = a.length): number {
  let worst = 0;
  for (let i = from; i < to; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y || (Number.isNaN(x) && Number.isNaN(y))) continue;
    const d = Math.abs(x - y);
    worst = Number.isNaN(d) ? Infinity : Math.max(worst, d);
  }
  return worst;
}

/** The largest |x|, at least 1: the scale changes are judged against. */
export function scaleOf(a: ArrayLike<number>): number {
  let top = 1;
  for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i])) top = Math.max(top, Math.abs(a[i]));
  return top;
}

/** A short figure for reports: 3 significant digits, exponent form when small. */
export function fmt(x: number): string {
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return String(x);
  return Math.abs(x) < 1e-3 || Math.abs(x) >= 1e5 ? x.toExponential(2) : x.toPrecision(3);
}
