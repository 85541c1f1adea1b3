// Character-level data: nanoGPT's split (first 90% train, last 10% val), random contiguous
// training windows and a fixed set of val windows.
import * as st from '../index.js';
import { decodeUtf8, readBoundedFile } from '../io/json.js';
import { CharTokenizer } from '../text/tokenizer.js';
import { Rng } from '../util/rng.js';

/** A corpus split into train and val token streams. */
export interface Corpus {
  tokenizer: CharTokenizer;
  train: Int32Array;
  val: Int32Array;
}

/**
 * The largest training text read: 256 MiB. Its characters are held as a string (2 bytes each)
 * and as int32 tokens (4 bytes each), and V8 strings stop at 2^29 characters.
 */
export const MAX_DATA_BYTES = 256 * 1024 * 1024;

/**
 * Reads a UTF-8 text file and splits it as nanoGPT does: the first 90% for training, the rest for
 * validation. The file must be a regular file of at most MAX_DATA_BYTES (checked before reading,
 * so /dev/zero or a FIFO is refused at once) and valid UTF-8 (a binary file is refused, not
 * trained on as replacement characters).
 */
export function loadCorpus(path: string, trainFraction = 0.9): Corpus {
  let bytes: Buffer;
  try {
    bytes = readBoundedFile(path, MAX_DATA_BYTES, 'training text');
  } catch (e) {
    throw new Error(`data: ${e instanceof Error ? e.message : String(e)}`);
  }
  const text = decodeUtf8(bytes, `data: ${path}`);
  const all0 = [...text.slice(0, 2)];
  if (all0.length < 2) throw new Error(`data: ${path} holds ${[...text].length} characters; training needs text`);
  const tokenizer = CharTokenizer.fromText(text);
  const all = tokenizer.encode(text);
  const cut = Math.floor(all.length * trainFraction);
  return { tokenizer, train: all.subarray(0, cut), val: all.subarray(cut) };
}

/** Token windows: inputs [B, T] and the next-token targets [B, T]. */
export interface Batch<B extends number, T extends number> {
  inputs: st.Tensor<[B, T], 'int32'>;
  targets: st.Tensor<[B, T], 'int32'>;
}

/** A batch from windows starting at the given offsets. */
export function batchAt<B extends number, T extends number>(tokens: Int32Array, starts: readonly number[], batch: B, context: T): Batch<B, T> {
  if (starts.length !== batch) throw new Error(`data: ${starts.length} window starts for a batch of ${batch}`);
  const x = new Int32Array(batch * context);
  const y = new Int32Array(batch * context);
  starts.forEach((s, b) => {
    if (s < 0 || s + context + 1 > tokens.length) throw new Error(`data: window at ${s} of length ${context + 1} leaves the ${tokens.length} tokens`);
    x.set(tokens.subarray(s, s + context), b * context);
    y.set(tokens.subarray(s + 1, s + context + 1), b * context);
  });
  return { inputs: st.tensor(x, [batch, context], 'int32'), targets: st.tensor(y, [batch, context], 'int32') };
}

/** Random contiguous windows (the rng's state advances; save it to resume exactly). */
export function randomBatch<B extends number, T extends number>(tokens: Int32Array, rng: Rng, batch: B, context: T): Batch<B, T> {
  const span = tokens.length - context - 1;
  if (span <= 0) throw new Error(`data: ${tokens.length} tokens are too few for windows of ${context + 1}`);
  return batchAt(tokens, Array.from({ length: batch }, () => rng.int(span + 1)), batch, context);
}

/** Start offsets of a fixed set of windows, evenly spread over the tokens: the same every run. */
export function fixedWindows(tokens: Int32Array, count: number, context: number): number[] {
  const span = tokens.length - context - 1;
  if (span < 0) throw new Error(`data: ${tokens.length} tokens are too few for windows of ${context + 1}`);
  return Array.from({ length: count }, (_, i) => Math.floor((i * span) / Math.max(1, count - 1)));
}
