// The Llama is written with typed ops only: src/module, src/layers and src/llama hold no type escapes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escape, escapesInText, keyRemap } from './helpers.js';

const root = join(import.meta.dirname, '..');

function escapesIn(dir: string): string[] {
  return readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts'))
    .flatMap((file) => escapesInText(readFileSync(join(root, dir, file), 'utf8'), `${dir}/${file}`));
}

describe('no type escapes in the Llama', () => {
  it('src/module has none', () => expect(escapesIn('src/module')).toEqual([]));
  it('src/layers has none', () => expect(escapesIn('src/layers')).toEqual([]));
  it('src/llama has none', () => expect(escapesIn('src/llama')).toEqual([]));
  it('src/diagnostics has none', () => expect(escapesIn('src/diagnostics')).toEqual([]));
  it('the check itself catches each kind of escape', () => {
    for (const bad of ['const x = y as Tensor<[2]>;', 'let a: any = 1;', '// @ts-ignore\n', 'f(x!)', 'x!.shape', 'y as unknown']) {
      expect(escape.test(bad), bad).toBe(true);
    }
    for (const good of ['const s = [1, 2] as const;', 'if (x !== y) {}', 'const asked = 1;']) expect(escape.test(good), good).toBe(false);
    expect(escape.test('type P = { [E in Entries as NameOf<E>]: ValueOf<E> };'.replace(keyRemap, '['))).toBe(false);
    expect(escape.test('type P = { [E in Entries as NameOf<E>]: ValueOf<E> }; const y = x as Foo;'.replace(keyRemap, '['))).toBe(true);
  });
});
