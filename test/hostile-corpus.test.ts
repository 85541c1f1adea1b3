// A sample of the hostile corpus (scripts/hostile): corrupted files, folders and command lines,
// each run in a child process with a time and memory limit. Every one must end in a clear error
// naming the file or flag, or be accepted when it is valid. The whole corpus is
// `npm run test:hostile`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../scripts/hostile/corpus.js';
import { buildProbe, passing, runCases, sampleCases, summary } from '../scripts/hostile/run.js';

const root = mkdtempSync(join(tmpdir(), 'shapetype-hostile-sample-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('hostile corpus (a sample)', () => {
  it('generates at least 600 cases over every kind of input, deterministically', () => {
    const a = generateCorpus(join(root, 'a'), 8).map((c) => `${c.id} ${c.expect}`);
    expect(a.length).toBeGreaterThanOrEqual(600);
    expect(new Set(a).size).toBe(a.length);
    const b = generateCorpus(join(root, 'b'), 8).map((c) => `${c.id} ${c.expect}`);
    expect(b).toEqual(a);
  });

  it('30 cases across the groups: no hang, crash, unbounded allocation, unclear error or silent acceptance', async () => {
    const probe = buildProbe();
    const cases = sampleCases(generateCorpus(join(root, 'run'), 8), 30);
    const results = await runCases(probe, cases, 2);
    const failures = results.filter((r) => !passing.includes(r.outcome)).map((r) => `${r.outcome}: ${r.case.id}: ${r.detail}`);
    expect(failures, summary(results)).toEqual([]);
    expect(results.some((r) => r.outcome === 'accepted')).toBe(true);
    expect(results.some((r) => r.outcome === 'clear error')).toBe(true);
  }, 600_000);
});
