// What every command shares: number flags, the package root, run-folder names.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FlagTable } from './help.js';

/** The package's root (it ships data/): the nearest folder above this file with our package.json. */
export function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !readFileSync(join(dir, 'package.json'), 'utf8').includes('"name": "shapetype"')) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the shapetype package root (its data/ folder)');
    dir = parent;
  }
  return dir;
}

// Numbers on the command line are written plainly: digits, optionally a sign and one decimal
// point. Number() would also take '1e1', '0x10', ' 12 ' and '' (as 0), none of which anyone means.
const plainInteger = /^-?[0-9]+$/;
const plainDecimal = /^-?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/;

/** Bounds a numeric flag may be held to; the message says which. */
export interface Range {
  min?: number;
  /** min is exclusive (the value must be greater). */
  above?: number;
  /** max is exclusive (the value must be less). */
  below?: number;
  max?: number;
}

function checkRange(name: string, value: string, n: number, range: Range): number {
  const want =
    range.above !== undefined && !(n > range.above) ? `greater than ${range.above}`
    : range.min !== undefined && !(n >= range.min) ? `at least ${range.min}`
    : range.max !== undefined && !(n <= range.max) ? `at most ${range.max}`
    : range.below !== undefined && !(n < range.below) ? `less than ${range.below}`
    : undefined;
  if (want !== undefined) throw new Error(`--${name} must be ${want}, got '${value}'`);
  return n;
}

/** An integer flag (digits, optionally a minus sign), within range; fallback when absent. */
export function int(name: string, value: string | undefined, fallback: number, range: Range = {}): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!plainInteger.test(value) || !Number.isSafeInteger(n)) throw new Error(`--${name} must be an integer (digits only), got '${value}'`);
  return checkRange(name, value, n, range);
}

/** A decimal flag (digits with at most one '.', optionally a minus sign), within range; fallback when absent. */
export function num(name: string, value: string | undefined, fallback: number, range: Range = {}): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!plainDecimal.test(value) || !Number.isFinite(n)) throw new Error(`--${name} must be a decimal number (like 0.002), got '${value}'`);
  return checkRange(name, value, n, range);
}

/**
 * argv with `--flag -1` written as `--flag=-1` for the table's value-taking (string) flags, so that
 * node:util's parseArgs reads a negative number as the flag's value (and the flag's own check
 * refuses it by name) instead of failing on an "ambiguous" option.
 */
export function joinNegativeValues(args: readonly string[], table: FlagTable): string[] {
  // Through FlagTable's one value type: Object.entries of the literal table would infer the union of
  // all its flags' types (tsc reduces that union pairwise, tens of ms per table).
  const flags = new Set(Object.keys(table).filter((name) => table[name].type === 'string').map((f) => `--${f}`));
  const out: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const next = args[k + 1];
    if (flags.has(args[k]) && next !== undefined && /^-[0-9.]/.test(next)) {
      out.push(`${args[k]}=${next}`);
      k += 1;
    } else {
      out.push(args[k]);
    }
  }
  return out;
}

export function timestamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

