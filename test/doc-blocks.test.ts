// The Markdown code-block check (test/doc-blocks.ts, used by test/package.test.ts) on small
// inputs: it finds the blocks and their marked errors, and it fails a block that drifted.
import { describe, expect, it } from 'vitest';
import { blockProblems, diagnostics, docBlocks } from './doc-blocks.js';

const markdown = [
  '# title', '', '```ts', 'const a = st.zeros([3, 4]);', 'st.matMul(a, a);  // tsc: matMul: inner dimensions',
  '                  //      differ (4 vs 3)', '// a plain comment', '```', '', '```sh', 'npm test', '```', '',
  '```ts', "import { zeros } from 'shapetype';", 'zeros([2]);', '```',
].join('\n');

describe('Markdown code blocks', () => {
  const blocks = docBlocks(markdown, 'X.md');

  it('finds the ts blocks, adds the import a block lacks, and reads each marked sentence with its continuation', () => {
    expect(blocks.map((b) => b.where)).toEqual(['X.md:3', 'X.md:14']);
    expect(blocks[0].program.split('\n')[0]).toBe("import * as st from 'shapetype';");
    expect([...blocks[0].expected]).toEqual([[3, 'matMul: inner dimensions differ (4 vs 3)']]);
    expect(blocks[1].program.split('\n')[0]).toBe("import { zeros } from 'shapetype';");
    expect(blocks[1].expected.size).toBe(0);
  });

  it('turns a comment that is a tensor type into a check of the line\'s result', () => {
    const [b] = docBlocks(['```ts', 'const a = st.zeros([3, 4]);   // Tensor<[3, 4], "float32", "default">', 'st.matMul(a, st.transpose(a)); // Tensor<[3, 3]>', 'st.neg(a); // negated', '```'].join('\n'), 'Z.md');
    expect(b.program.split('\n').slice(4)).toEqual([
      '(a) satisfies st.Tensor<[3, 4], "float32", "default">;', '(st.matMul(a, st.transpose(a))) satisfies st.Tensor<[3, 3]>;', 'export {};',
    ]);
  });

  it('refuses an unclosed block', () => {
    expect(() => docBlocks('```ts\nconst a = 1;\n', 'Y.md')).toThrow('Y.md:1: unclosed code block');
  });

  it('reads tsc diagnostics with their continuation lines', () => {
    const out = "docs-blocks/block0.ts(3,11): error TS2345: Argument of type 'A' is not\n  assignable to 'matMul: inner dimensions differ (4 vs 3)'.\nother line\n";
    expect(diagnostics(out)).toEqual([{ file: 'docs-blocks/block0.ts', line: 3, text: "TS2345: Argument of type 'A' is not assignable to 'matMul: inner dimensions differ (4 vs 3)'." }]);
  });

  it('passes a block that fails as marked, and names each way a block drifted', () => {
    const right = { line: 3, text: 'TS2345: ... matMul: inner dimensions differ (4 vs 3) in [3, 4] @ [3, 4]' };
    expect(blockProblems(blocks[0], [right], 'tsc')).toEqual([]);
    const [missing] = blockProblems(blocks[0], [], 'tsc');
    expect(missing).toContain('X.md:3 (tsc): program line 3 should not compile');
    const [otherSentence] = blockProblems(blocks[0], [{ line: 3, text: 'TS2345: something else' }], 'tsc');
    expect(otherSentence).toContain('fails without "matMul: inner dimensions differ (4 vs 3)"');
    const [unexpected] = blockProblems(blocks[1], [{ line: 2, text: 'TS2554: Expected 2 arguments' }], 'tsc');
    expect(unexpected).toBe('X.md:14 (tsc): program line 2 (zeros([2]);): TS2554: Expected 2 arguments');
  });
});
