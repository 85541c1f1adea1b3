// The ```ts blocks of the shipped Markdown (README.md and the docs it links), as files a compiler
// checks against the installed package: a drifted example fails `npm test` (as type-fest checks
// its README). A line that must not compile says so in its comment, `// tsc: SENTENCE` (README)
// or `// error: SENTENCE` (docs), the sentence continued on the comment-only lines right below;
// the compilers must report an error on that line whose text contains the sentence, and no
// error on any other line. A comment that is a tensor type states the line's result type (typeChecks).

/** One code block: where it is, the program to compile and the errors it must give. */
export interface DocBlock {
  /** `README.md:12` (the line of the opening fence). */
  where: string;
  /** The program: the block, with `import * as st from 'shapetype'` first when it imports nothing. */
  program: string;
  /** Program line (1-based) -> the sentence the error on it must contain. */
  expected: Map<number, string>;
}

const marker = /\/\/\s*(?:tsc|error):\s*(.*)$/;
const continuation = /^\s*\/\/\s*(.*)$/;

/** The ```ts blocks of a Markdown text. */
export function docBlocks(markdown: string, file: string): DocBlock[] {
  const lines = markdown.split('\n');
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/.test(lines[i])) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    if (i === lines.length) throw new Error(`${file}:${start + 1}: unclosed code block`);
    const head = body.some((l) => /^import\s/.test(l)) ? [] : ["import * as st from 'shapetype';"];
    const program = [...head, ...body, ...typeChecks(body), 'export {};'];
    const expected = new Map<number, string>();
    program.forEach((line, j) => {
      const m = marker.exec(line);
      if (!m || continuation.test(line)) return;
      // Continuation lines: comment-only, their `//` under the marker's.
      const column = m.index;
      const parts = [m[1]];
      for (let k = j + 1; k < program.length && program[k].indexOf('//') === column && continuation.test(program[k]) && !marker.test(program[k]); k++) {
        parts.push(continuation.exec(program[k])?.[1] ?? '');
      }
      expected.set(j + 1, normalise(parts.join(' ')));
    });
    blocks.push({ where: `${file}:${start + 1}`, program: program.join('\n'), expected });
  }
  return blocks;
}

/**
 * A line whose comment is a tensor type (`const a = st.zeros([3, 4]);  // Tensor<[3, 4], "float32">`,
 * `st.matMul(a, b);  // Tensor<[3, 3]>`) states its result's type: checked by a line added at the
 * end of the program, `(a) satisfies st.Tensor<[3, 4], "float32">;`, so a comment that drifted
 * from the code fails too.
 */
export function typeChecks(body: readonly string[]): string[] {
  const checks: string[] = [];
  for (const line of body) {
    const m = /^\s*(.*?);\s*\/\/\s*((?:st\.)?Tensor<.*>)\s*$/.exec(line);
    if (!m) continue;
    const declared = /^(?:const|let)\s+(\w+)\s*=/.exec(m[1]);
    const type = m[2].startsWith('st.') ? m[2] : `st.${m[2]}`;
    checks.push(`(${declared ? declared[1] : m[1]}) satisfies ${type};`);
  }
  return checks;
}

/** Whitespace runs as one space, so a sentence may wrap differently in the Markdown and in tsc's output. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A compiler's diagnostics (`--pretty false`) by file and line, each with its continuation lines. */
export function diagnostics(output: string): { file: string; line: number; text: string }[] {
  const out: { file: string; line: number; text: string }[] = [];
  for (const line of output.split('\n')) {
    const m = /^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/.exec(line);
    if (m) out.push({ file: m[1], line: Number(m[2]), text: m[3] });
    else if (out.length > 0 && /^\s/.test(line)) out[out.length - 1].text += ` ${line.trim()}`;
  }
  return out;
}

/**
 * What is wrong with a block, given the diagnostics of its file: an expected error missing or
 * without its sentence, or an error on a line that expects none. Empty when the block is right.
 */
export function blockProblems(block: DocBlock, found: { line: number; text: string }[], compiler: string): string[] {
  const problems: string[] = [];
  const lines = block.program.split('\n');
  for (const [line, sentence] of block.expected) {
    const here = found.filter((d) => d.line === line);
    if (here.length === 0) problems.push(`${block.where} (${compiler}): program line ${line} should not compile (${sentence}) but does: ${lines[line - 1].trim()}`);
    else if (!here.some((d) => normalise(d.text).includes(sentence))) {
      problems.push(`${block.where} (${compiler}): program line ${line} fails without "${sentence}":\n  ${here.map((d) => d.text).join('\n  ')}`);
    }
  }
  for (const d of found) {
    if (!block.expected.has(d.line)) problems.push(`${block.where} (${compiler}): program line ${d.line} (${lines[d.line - 1]?.trim()}): ${d.text}`);
  }
  return problems;
}
