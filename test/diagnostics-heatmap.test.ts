// Heatmap PNGs: read back with the same library, their pixels follow the values; the RoPE table is
// the op's own cos/sin.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as st from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'shapetype-heatmap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pixel(img: { width: number; data: Buffer }, x: number, y: number): number[] {
  const at = (y * img.width + x) * 4;
  return [img.data[at], img.data[at + 1], img.data[at + 2], img.data[at + 3]];
}

describe('heatmap PNG', () => {
  it('draws one block per value, low values dark and high values bright (viridis), with a colour bar', () => {
    const path = join(dir, 'ramp.png');
    const x = st.tensor([[0, 1, 2], [3, 4, 5]]);
    const info = st.writeHeatmap(path, x, { cell: 4 });
    x.dispose();
    const img = st.readPng(readFileSync(path));
    expect([img.width, img.height]).toEqual([info.width, info.height]);
    expect(img.height).toBe(2 * 4);
    expect(img.width).toBe(3 * 4 + 2 + 8);
    expect([info.min, info.max]).toEqual([0, 5]);
    // Viridis ends: dark purple for the smallest value, yellow for the largest.
    expect(pixel(img, 0, 0)).toEqual([68, 1, 84, 255]);
    expect(pixel(img, 3, 3)).toEqual([68, 1, 84, 255]);
    expect(pixel(img, 2 * 4 + 1, 4 + 1)).toEqual([253, 231, 37, 255]);
    // Brightness grows along the row.
    const lum = (p: number[]): number => p[0] + p[1] + p[2];
    expect(lum(pixel(img, 4, 0))).toBeGreaterThan(lum(pixel(img, 0, 0)));
    // The bar: the top is the largest value's colour, the bottom the smallest's.
    expect(pixel(img, img.width - 1, 0)).toEqual([253, 231, 37, 255]);
    expect(pixel(img, img.width - 1, img.height - 1)).toEqual([68, 1, 84, 255]);
  });

  it('centres the diverging map on 0 and marks non-finite values', () => {
    const { png, info } = st.heatmapPng([-2, 0, 1, NaN], 1, 4, { colormap: 'diverging', cell: 1 });
    const img = st.readPng(png);
    expect([info.min, info.max]).toEqual([-2, 2]);
    expect(pixel(img, 0, 0)).toEqual([33, 102, 172, 255]);
    expect(pixel(img, 1, 0)).toEqual([247, 247, 247, 255]);
    expect(pixel(img, 3, 0)).toEqual([255, 0, 255, 255]);
  });

  it('refuses values that do not fill the matrix', () => {
    expect(() => st.heatmapPng([1, 2, 3], 2, 2)).toThrow(/3 values do not fill 2 x 2/);
  });

  it('reads the RoPE table from the op: cos and sin of position * theta^(-2i/d)', () => {
    const table = st.ropeTable(5, 4, 100);
    expect(table.shape).toEqual([5, 4]);
    const v = table.dataSync();
    table.dispose();
    for (let p = 0; p < 5; p++) {
      for (let i = 0; i < 2; i++) {
        const angle = p * Math.pow(100, (-2 * i) / 4);
        expect(v[p * 4 + i]).toBeCloseTo(Math.cos(angle), 5);
        expect(v[p * 4 + 2 + i]).toBeCloseTo(Math.sin(angle), 5);
      }
    }
  });
});
