// Files that are never half written: write a temporary file beside the target, flush it to disk,
// then rename it over the target (a rename within one directory is atomic), and flush the directory.
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Hooks for tests: called with the file's final path once its temporary file is complete. */
export interface StageHooks {
  /** After the temporary file is written and flushed, before anything is renamed. */
  afterStaged?: (target: string, tempPath: string) => void;
}

/** A complete temporary file waiting to be renamed over its target. */
export interface StagedFile {
  readonly target: string;
  readonly tempPath: string;
  /** Bytes written. */
  readonly bytes: number;
  /** sha256 of the bytes written, hex. */
  readonly sha256: string;
  /** Renames the temporary file over the target (atomic) and flushes the directory. */
  commit(): void;
  /** Removes the temporary file (after a failure). */
  discard(): void;
}

/** Writes chunks to fd, all of each. */
function writeAll(fd: number, bytes: Uint8Array, hash: Hash): void {
  hash.update(bytes);
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** Flushes a directory's entries (renames) to disk; a no-op where directories cannot be opened (Windows). */
export function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here: the rename is still atomic, only its durability is up to the OS.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The temporary name a file is written under: `${path}.tmp-<pid>-<random>`, in the same directory. */
export function tempPathFor(path: string): string {
  return `${path}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
}

/** Whether a process is running (a pid reused since is taken as alive: its file is left, never a live one removed). */
function isAlive(pid: number): boolean {
  if (pid === process.pid) return false; // our writes are synchronous: none of ours is in flight
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return !(e instanceof Error && 'code' in e && e.code === 'ESRCH');
  }
}

/**
 * Removes the temporary files (tempPathFor's names) in dir that processes no longer running left
 * behind: a kill -9 during a write leaves one. only(target name) limits which.
 */
export function removeStaleTempFiles(dir: string, only?: (target: string) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const file of names) {
    const m = /^(.+)\.tmp-(\d+)-[0-9a-f]+$/.exec(file);
    if (m !== null && (only === undefined || only(m[1])) && !isAlive(Number(m[2]))) rmSync(join(dir, file), { force: true });
  }
}

/**
 * Writes a file under a temporary name beside target (the chunks come from write; the folder is
 * made if need be), flushes it, and returns it staged: nothing is visible at target until commit().
 */
export function stageFile(target: string, write: (emit: (bytes: Uint8Array) => void) => void, hooks: StageHooks = {}): StagedFile {
  mkdirSync(dirname(target), { recursive: true });
  const tempPath = tempPathFor(target);
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    const fd = openSync(tempPath, 'wx', 0o644);
    try {
      write((chunk) => {
        writeAll(fd, chunk, hash);
        bytes += chunk.length;
      });
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    hooks.afterStaged?.(target, tempPath);
  } catch (e) {
    rmSync(tempPath, { force: true });
    throw e;
  }
  const sha256 = hash.digest('hex');
  return {
    target, tempPath, bytes, sha256,
    commit: () => {
      renameSync(tempPath, target);
      fsyncDirectory(dirname(target));
    },
    discard: () => rmSync(tempPath, { force: true }),
  };
}

/** Writes bytes (or UTF-8 text) to path atomically: readers see the old file or the new one, never a part. */
export function writeFileAtomic(path: string, data: string | Uint8Array, hooks: StageHooks = {}): void {
  const staged = stageFile(path, (emit) => emit(typeof data === 'string' ? Buffer.from(data, 'utf8') : data), hooks);
  try {
    staged.commit();
  } catch (e) {
    staged.discard();
    throw e;
  }
}

