// src/ops/tfjs-variance.d.ts declares tfjs's tensor classes covariant so that tsc stops computing their
// variance in each checker; the library's own check skips declaration files, so the annotations are checked
// here, by TypeScript 5.9 (tsd's copy) without skipLibCheck, and a wrong annotation must be refused.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ts = createRequire(import.meta.url)('@tsd/typescript') as typeof import('@tsd/typescript');
const file = path.join(root, 'src/ops/tfjs-variance.d.ts');

/** The semantic diagnostics of one declaration file, checked in full. */
function diagnosticsOf(fileName: string): string[] {
  const program = ts.createProgram([fileName], {
    strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022, types: [], skipLibCheck: false, noEmit: true,
  });
  const sf = program.getSourceFile(fileName);
  if (!sf) throw new Error(`${fileName} is not in the program`);
  return program.getSemanticDiagnostics(sf).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('tfjs variance annotations', () => {
  it('hold: tsc accepts the out annotations on tfjs Tensor, TensorBuffer and Variable', () => {
    expect(diagnosticsOf(file)).toEqual([]);
  }, 60_000);

  it('are really checked: the same file declaring Tensor contravariant is refused', () => {
    const dir = fs.mkdtempSync(path.join(root, 'test', '.tfjs-variance-'));
    try {
      const wrong = path.join(dir, 'wrong.d.ts');
      fs.writeFileSync(wrong, fs.readFileSync(file, 'utf8').replace('interface Tensor<out R', 'interface Tensor<in R'));
      expect(diagnosticsOf(wrong).join('\n')).toMatch(/as implied by variance annotation/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
