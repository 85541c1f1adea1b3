// Importing shapetype leaves the process as plain Node has it: an uncaught error or an unhandled
// rejection in the user's program exits with code 1 and the user's own trace (the wasm runtime's
// process-wide handlers, which rethrow from inside tfjs and exit with code 7, are removed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = pathToFileURL(join(import.meta.dirname, '..', 'src', 'index.ts')).href;
const dir = mkdtempSync(join(tmpdir(), 'shapetype-import-'));

/** Runs a user program (an ES module importing shapetype) in a fresh Node process. */
function runProgram(name: string, body: string): { status: number | null; stderr: string; stdout: string } {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, `import * as st from ${JSON.stringify(entry)};\n${body}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, SHAPETYPE_BACKEND: '' } });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe('an uncaught error after importing shapetype', () => {
  it('a thrown error exits 1 with the user\'s trace', () => {
    const r = runProgram('throws', "console.log(st.getDefaultBackend());\nfunction userCode() { throw new Error('user boom'); }\nuserCode();");
    expect(r.stdout.trim()).toBe('wasm');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Error: user boom');
    expect(r.stderr).toContain('at userCode');
    expect(r.stderr).toContain('throws.mjs:3');
    expect(r.stderr).not.toContain('tfjs-backend-wasm');
  });

  it('an unhandled rejection exits 1 with the user\'s trace', () => {
    const r = runProgram('rejects', "st.zeros([2]).dispose();\nasync function userCode() { throw new Error('user rejection'); }\nvoid userCode();");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Error: user rejection');
    expect(r.stderr).toContain('rejects.mjs:3');
    expect(r.stderr).not.toContain('tfjs-backend-wasm');
  });

  it('no process-wide handler is left installed, and the user\'s own handlers run', () => {
    const r = runProgram('handlers', [
      "console.log(process.listeners('uncaughtException').length, process.listeners('unhandledRejection').length);",
      "process.on('uncaughtException', (e) => { console.log('handled', e.message); process.exitCode = 3; });",
      "setTimeout(() => { throw new Error('late'); }, 0);",
    ].join('\n'));
    expect(r.stdout.trim().split('\n')).toEqual(['0 0', 'handled late']);
    expect(r.status).toBe(3);
  });
});
