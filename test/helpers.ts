// Helpers shared by the test files.
import { expect } from 'vitest';
import { ShapeError } from '../src/shapes/rules.js';
import { Rng } from '../src/util/rng.js';

/** Asserts two arrays agree elementwise within tol (relative above magnitude 1), naming the worst element. */
export function closeValues(a: ArrayLike<number>, e: ArrayLike<number>, tol = 1e-5, what = 'values'): void {
  expect(a.length, `${what}: element count`).toBe(e.length);
  let worst = 0;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    const x = Number(a[i]);
    const y = Number(e[i]);
    if (x === y || (Number.isNaN(x) && Number.isNaN(y))) continue;
    const err = Math.abs(x - y) / Math.max(1, Math.abs(y));
    if (!(err <= worst)) {
      worst = Number.isNaN(err) ? Infinity : err;
      at = i;
    }
  }
  expect(worst, `${what}: worst error at flat index ${at}: got ${a[at]}, expected ${e[at]}`).toBeLessThanOrEqual(tol);
}

/** A seeded stream of floats in [0, 1) (the library's own PRNG). */
export function seededRandom(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

// `as` (but `as const`), `any`, ts-ignore/expect-error/nocheck, and the non-null `!`.
export const escape = /\bas\s+(?!const\b)(any|unknown|never|[A-Z]\w*|\[|\{|\()|:\s*any\b|<any>|\bany\[\]|@ts-(ignore|expect-error|nocheck)|[\w)\]]!(?=[.)\];,[])/;
/** A mapped type's key remapping (`[K in Keys as Name<K>]`), which is not a cast: removed before escape is tested. */
export const keyRemap = /\[\s*\w+\s+in\s+[^\]]*?\bas\b/g;

/** The lines of a source text that hold a type escape (comments and imports skipped). */
export function escapesInText(text: string, where: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    const code = line.trim();
    if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*') || code.startsWith('import ') || code.startsWith('export *')) return;
    if (escape.test(line.replace(keyRemap, '['))) found.push(`${where}:${i + 1}: ${code}`);
  });
  return found;
}

/** fn throws a ShapeError (named so) whose message is exactly `sentence`. */
export function expectShapeError(fn: () => unknown, sentence: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `expected a ShapeError: ${sentence}`).toBeInstanceOf(ShapeError);
  expect((thrown as Error).message).toBe(sentence);
  expect((thrown as Error).name).toBe('ShapeError');
}
