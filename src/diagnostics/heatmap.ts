// Tensors as pictures ("plt.imshow is your friend"): a matrix as a heatmap PNG, one block of pixels
// per value, a colour bar on the right. Encoding is pngjs's; this file only maps values to colours.
import { PNG } from 'pngjs';
import * as st from '../ops/index.js';
import { writeFileAtomic } from '../io/files.js';

/** viridis (matplotlib's perceptually uniform map) at 0, 1/8, ..., 1; values between are interpolated. */
const VIRIDIS: readonly (readonly [number, number, number])[] = [
  [68, 1, 84], [72, 40, 120], [62, 73, 137], [49, 104, 142], [38, 130, 142], [31, 158, 137], [53, 183, 121], [110, 206, 88], [253, 231, 37],
];
/** Blue for negative, white for 0, red for positive (signed weights). */
const DIVERGING: readonly (readonly [number, number, number])[] = [[33, 102, 172], [247, 247, 247], [178, 24, 43]];
/** Values that are NaN or infinite. */
const NOT_FINITE: readonly [number, number, number] = [255, 0, 255];

export type Colormap = 'viridis' | 'diverging';

export interface HeatmapOptions {
  /** viridis (default) for values such as probabilities; diverging for signed values, centred on 0. */
  colormap?: Colormap;
  /** The value of the lowest colour (default: the smallest finite value; diverging: -max |x|). */
  min?: number;
  /** The value of the highest colour (default: the largest finite value; diverging: max |x|). */
  max?: number;
  /** Pixels per value, each side (default: what makes the longer side about 512 pixels, 1 to 32). */
  cell?: number;
}

/** What a heatmap was drawn with: its size and the value range of its colours. */
export interface HeatmapInfo {
  width: number;
  height: number;
  min: number;
  max: number;
}

function colour(map: readonly (readonly [number, number, number])[], u: number): readonly [number, number, number] {
  const x = Math.min(1, Math.max(0, u)) * (map.length - 1);
  const i = Math.min(map.length - 2, Math.floor(x));
  const f = x - i;
  const a = map[i];
  const b = map[i + 1];
  return [Math.round(a[0] + (b[0] - a[0]) * f), Math.round(a[1] + (b[1] - a[1]) * f), Math.round(a[2] + (b[2] - a[2]) * f)];
}

function range(values: ArrayLike<number>, options: HeatmapOptions): { min: number; max: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) {
    lo = 0;
    hi = 1;
  }
  if (options.colormap === 'diverging') {
    const top = Math.max(Math.abs(lo), Math.abs(hi)) || 1;
    return { min: options.min ?? -top, max: options.max ?? top };
  }
  return { min: options.min ?? lo, max: options.max ?? hi };
}

/** A heatmap PNG of values (row-major rows x cols): the encoded file and what it shows. */
export function heatmapPng(values: ArrayLike<number>, rows: number, cols: number, options: HeatmapOptions = {}): { png: Buffer; info: HeatmapInfo } {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) throw new Error(`heatmap: needs at least a 1 x 1 matrix, got ${rows} x ${cols}`);
  if (values.length !== rows * cols) throw new Error(`heatmap: ${values.length} values do not fill ${rows} x ${cols}`);
  const cell = options.cell ?? Math.max(1, Math.min(32, Math.floor(512 / Math.max(rows, cols))));
  if (!Number.isInteger(cell) || cell < 1) throw new Error(`heatmap: cell must be a positive integer, got ${cell}`);
  if (rows * cell > 16384 || cols * cell > 16384) throw new Error(`heatmap: ${rows} x ${cols} at ${cell} pixels per value exceeds 16384 pixels a side`);
  const map = options.colormap === 'diverging' ? DIVERGING : VIRIDIS;
  const { min, max } = range(values, options);
  const span = max - min || 1;
  // The colour bar: a gap, then a strip from max (top) to min (bottom).
  const gap = Math.max(2, Math.round(cell / 2));
  const bar = Math.max(8, cell);
  const width = cols * cell + gap + bar;
  const height = rows * cell;
  const png = new PNG({ width, height });
  const put = (x: number, y: number, c: readonly [number, number, number]): void => {
    const at = (y * width + x) * 4;
    png.data[at] = c[0];
    png.data[at + 1] = c[1];
    png.data[at + 2] = c[2];
    png.data[at + 3] = 255;
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = values[r * cols + c];
      const rgb = Number.isFinite(v) ? colour(map, (v - min) / span) : NOT_FINITE;
      for (let dy = 0; dy < cell; dy++) for (let dx = 0; dx < cell; dx++) put(c * cell + dx, r * cell + dy, rgb);
    }
  }
  for (let y = 0; y < height; y++) {
    for (let x = cols * cell; x < cols * cell + gap; x++) put(x, y, [255, 255, 255]);
    const rgb = colour(map, height === 1 ? 1 : 1 - y / (height - 1));
    for (let x = cols * cell + gap; x < width; x++) put(x, y, rgb);
  }
  return { png: PNG.sync.write(png), info: { width, height, min, max } };
}

/** Writes a matrix (or a vector, as one row) to path as a heatmap PNG; returns what it shows. */
export function writeHeatmap(path: string, x: st.Tensor<[number, number] | [number], 'float32', st.Device>, options: HeatmapOptions = {}): HeatmapInfo {
  const shape = x.shape;
  const rows = shape.length === 2 ? shape[0] : 1;
  const cols = shape.length === 2 ? shape[1] : shape[0];
  const { png, info } = heatmapPng(x.dataSync(), rows, cols, options);
  writeFileAtomic(path, png);
  return info;
}

/** Reads a PNG back (for tests and checks): its size and RGBA pixels. */
export function readPng(bytes: Buffer): { width: number; height: number; data: Buffer } {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

/**
 * The RoPE rotation table for positions 0 .. length - 1 of a head of headDim dims: [length, headDim],
 * the cosines of the headDim / 2 pair angles, then their sines. It is read from the op itself
 * (rotating the unit pairs (1, 0)), so the picture shows what the model computes.
 */
export function ropeTable(length: number, headDim: number, theta: number): st.Tensor<[number, number], 'float32', st.DefaultDevice> {
  return st.tidy(() => {
    const half = headDim / 2;
    const unit = Float32Array.from({ length: length * headDim }, (_, i) => (i % 2 === 0 ? 1 : 0));
    const rotated = st.rotaryEmbedding(st.tensor(unit, [1, length, headDim]), 0, theta).dataSync();
    const table = new Float32Array(length * headDim);
    for (let p = 0; p < length; p++) {
      for (let i = 0; i < half; i++) {
        table[p * headDim + i] = rotated[p * headDim + 2 * i];
        table[p * headDim + half + i] = rotated[p * headDim + 2 * i + 1];
      }
    }
    return st.tensor(table, [length, headDim]);
  });
}
