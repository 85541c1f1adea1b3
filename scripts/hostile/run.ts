// Runs the hostile corpus (corpus.ts): each case in its own child process (probe.ts, compiled to
// dist/ first) with a time limit and a memory limit (its resident memory is polled; V8's heap is
// capped too), and classifies what happened:
//   clear error      exit 1 with one line `shapetype: ...` naming the case's file or flag
//   accepted         exit 0 for a valid input
// and, as failures: hang (over the time limit), unbounded allocation (over the memory limit),
// crash (a signal, another exit code, a stack trace, or an internal JS error), unclear error
// (not one line, or not naming the file or flag), silent acceptance (exit 0 for invalid input),
// wrongly refused (an error for valid input).
//
//   npm run test:hostile                      the whole corpus
//   tsx scripts/hostile/run.ts --sample 40    a deterministic sample spread over the groups
//   options: --seed N (default 8), --jobs N (default 2), --keep (leave the temp folder)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, type Case } from './corpus.js';

export type Outcome = 'clear error' | 'accepted' | 'hang' | 'unbounded allocation' | 'crash' | 'unclear error' | 'silent acceptance' | 'wrongly refused';
export const passing: readonly Outcome[] = ['clear error', 'accepted'];

export interface Result {
  case: Case;
  outcome: Outcome;
  detail: string;
  seconds: number;
  peakBytes: number;
}

const repo = join(import.meta.dirname, '..', '..');
/** The resident memory a case may reach: tfjs with the wasm backend and a tiny model stay far below. */
export const MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024;
const HEAP_LIMIT_MB = 768;

/** Compiles src and probe.ts to dist/ (the children run plain node: a fraction of tsx's start-up). */
export function buildProbe(): string {
  execFileSync(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(repo, 'scripts', 'hostile', 'tsconfig.json')], { stdio: 'inherit' });
  return join(repo, 'dist', 'scripts', 'hostile', 'probe.js');
}

function residentBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m === null ? 0 : Number(m[1]) * 1024;
  } catch {
    return 0;
  }
}

const internalError = /\b(TypeError|RangeError|SyntaxError|ReferenceError|Maximum call stack|Invalid typed array length|Unexpected end of JSON|Unexpected token|Cannot read properties|is not a function|Array buffer allocation failed|out of memory)\b/;

function classify(c: Case, code: number | null, signal: string | null, stderr: string, stdout: string): { outcome: Outcome; detail: string } {
  const text = stderr.trim();
  const firstLine = text.split('\n')[0] ?? '';
  if (code === 0 && signal === null) {
    return c.expect === 'error' ? { outcome: 'silent acceptance', detail: stdout.trim().split('\n').slice(-1)[0] ?? '' } : { outcome: 'accepted', detail: '' };
  }
  if (code !== 1 || signal !== null || /\n\s+at /.test(text) || text.startsWith('crash:') || internalError.test(text)) {
    return { outcome: 'crash', detail: `exit ${code} signal ${signal}: ${text.slice(0, 400)}` };
  }
  if (c.expect === 'accept') return { outcome: 'wrongly refused', detail: firstLine };
  const missing = c.names.filter((n) => !text.includes(n));
  if (!text.startsWith('shapetype: ') || text.includes('\n') || missing.length > 0) {
    return { outcome: 'unclear error', detail: `${missing.length > 0 ? `does not name ${missing.join(', ')}: ` : ''}${text.slice(0, 400)}` };
  }
  return { outcome: 'clear error', detail: firstLine };
}

/** Runs one case in a child process, with the limits. */
export function runCase(probe: string, c: Case): Promise<Result> {
  c.setup();
  const seconds = c.seconds ?? 60;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, probe, ...c.args], {
      cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      if (stdout.length < 65536) stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 65536) stderr += d.toString('utf8');
    });
    let peak = 0;
    let killedFor: Outcome | undefined;
    const poll = setInterval(() => {
      if (child.pid === undefined) return;
      peak = Math.max(peak, residentBytes(child.pid));
      if (peak > MEMORY_LIMIT_BYTES && killedFor === undefined) {
        killedFor = 'unbounded allocation';
        child.kill('SIGKILL');
      }
    }, 50);
    const timer = setTimeout(() => {
      if (killedFor === undefined) {
        killedFor = 'hang';
        child.kill('SIGKILL');
      }
    }, seconds * 1000);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      const elapsed = (performance.now() - started) / 1000;
      const { outcome, detail } = killedFor !== undefined
        ? { outcome: killedFor, detail: killedFor === 'hang' ? `over ${seconds} s` : `resident memory over ${MEMORY_LIMIT_BYTES} bytes` }
        : classify(c, code, signal, stderr, stdout);
      resolve({ case: c, outcome, detail, seconds: elapsed, peakBytes: peak });
    });
  });
}

/** A deterministic sample of n cases, spread over the groups (round robin, each group in its order). */
export function sampleCases(cases: readonly Case[], n: number): Case[] {
  const groups = new Map<string, Case[]>();
  for (const c of cases) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const queues = [...groups.values()].map((g) => {
    // Every k-th of a group, so a group's sample is spread over it.
    const step = Math.max(1, Math.floor(g.length / Math.ceil(n / groups.size)));
    return g.filter((_, k) => k % step === 0);
  });
  const out: Case[] = [];
  for (let round = 0; out.length < n && queues.some((q) => q.length > round); round++) {
    for (const q of queues) if (round < q.length && out.length < n) out.push(q[round]);
  }
  return out;
}

/** Runs cases with `jobs` children at a time. */
export async function runCases(probe: string, cases: readonly Case[], jobs: number, onResult: (r: Result) => void = () => {}): Promise<Result[]> {
  const results: Result[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const c = cases[next++];
      const r = await runCase(probe, c);
      results.push(r);
      onResult(r);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return results;
}

/** Counts per outcome, and per group, as text. */
export function summary(results: readonly Result[]): string {
  const counts = new Map<Outcome, number>();
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const groups = new Map<string, number>();
  for (const r of results) groups.set(r.case.group, (groups.get(r.case.group) ?? 0) + 1);
  const outcomes: Outcome[] = ['clear error', 'accepted', 'hang', 'unbounded allocation', 'crash', 'unclear error', 'silent acceptance', 'wrongly refused'];
  const peak = Math.max(0, ...results.map((r) => r.peakBytes));
  return [
    `${results.length} cases: ${outcomes.map((o) => `${o} ${counts.get(o) ?? 0}`).join(', ')}`,
    `groups: ${[...groups.entries()].map(([g, k]) => `${g} ${k}`).join(', ')}`,
    `slowest case ${Math.max(0, ...results.map((r) => r.seconds)).toFixed(1)} s; largest resident memory ${(peak / 2 ** 20).toFixed(0)} MiB`,
  ].join('\n');
}

async function cli(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string, fallback: number): number => {
    const k = args.indexOf(flag);
    return k === -1 ? fallback : Number(args[k + 1]);
  };
  const seed = value('--seed', 8);
  const jobs = value('--jobs', 2);
  const sample = value('--sample', 0);
  const root = mkdtempSync(join(tmpdir(), 'shapetype-hostile-corpus-'));
  try {
    const probe = buildProbe();
    const all = generateCorpus(root, seed);
    const cases = sample > 0 ? sampleCases(all, sample) : all;
    process.stdout.write(`hostile corpus: ${all.length} cases (seed ${seed}) in ${root}; running ${cases.length}, ${jobs} at a time\n`);
    let done = 0;
    const results = await runCases(probe, cases, jobs, (r) => {
      done += 1;
      if (!passing.includes(r.outcome)) process.stdout.write(`\nFAIL ${r.outcome}: ${r.case.id} (${r.case.args.join(' ')}): ${r.detail}\n`);
      else if (done % 25 === 0) process.stdout.write(`${done}/${cases.length}\n`);
    });
    process.stdout.write(`${summary(results)}\n`);
    const failures = results.filter((r) => !passing.includes(r.outcome));
    process.exitCode = failures.length === 0 ? 0 : 1;
  } finally {
    if (!args.includes('--keep')) rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) await cli();
