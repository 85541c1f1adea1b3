// Strict JSON for the files shapetype reads (configs, checkpoint state, run settings, safetensors
// headers). JSON.parse keeps the last of duplicate keys without a word, turns 1e999 into
// Infinity, and says only "Unexpected end of JSON input"; this parser refuses duplicates and
// numbers out of range, bounds nesting (it is iterative: no stack overflow at any depth), can
// insist that every number is a plain integer literal (safetensors offsets and dims: not `0.0`,
// `-0` or `65e0`), and names the file, line and column of what is wrong. Hand-written because no
// npm JSON parser does all of that; it accepts exactly RFC 8259 JSON otherwise.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export interface StrictJsonOptions {
  /** Deepest nesting of arrays and objects accepted (default 64). */
  maxDepth?: number;
  /** Every number must be a non-negative integer written plainly (digits only, no leading zeros), and a safe integer. */
  integersOnly?: boolean;
}

const integerLiteral = /^(0|[1-9][0-9]*)$/;
const numberLiteral = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;

/** Sets a key as JSON.parse does: an own, enumerable property, even for "__proto__". */
function define(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

type Frame = { array: unknown[] } | { object: Record<string, unknown>; keys: Set<string>; key: string };

/** Parses text as strict JSON; errors start with `where` and say what is wrong and where. */
export function parseStrictJson(text: string, where: string, options: StrictJsonOptions = {}): unknown {
  const maxDepth = options.maxDepth ?? 64;
  let i = 0;
  const fail: (what: string, at?: number) => never = (what, at = i) => {
    let line = 1;
    let lineStart = 0;
    for (let k = text.indexOf('\n'); k !== -1 && k < at; k = text.indexOf('\n', k + 1)) {
      line += 1;
      lineStart = k + 1;
    }
    throw new Error(`${where}: not valid JSON: ${what} at line ${line} column ${at - lineStart + 1}`);
  };
  const describe = (): string => (i >= text.length ? 'the text ends (truncated?)' : `unexpected ${JSON.stringify(text[i])}`);
  const ws = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i += 1;
      else return;
    }
  };
  const readString = (): string => {
    // text[i] is the opening quote.
    const start = i;
    i += 1;
    let out = '';
    let chunk = i;
    for (;;) {
      if (i >= text.length) fail('a string that never ends (truncated?)', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(chunk, i);
        i += 1;
        return out;
      }
      if (c < 0x20) fail('a control character inside a string');
      if (c === 0x5c) {
        out += text.slice(chunk, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          const unit = parseInt(text.slice(i + 2, i + 6), 16);
          // A lone surrogate is no character (serde_json, the reference safetensors reader's parser, refuses it too).
          if (unit >= 0xd800 && unit <= 0xdbff) {
            const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})$/.exec(text.slice(i + 6, i + 12));
            if (low === null) fail('a lone surrogate escape in a string');
            out += String.fromCharCode(unit, parseInt(low[1], 16));
            i += 12;
          } else {
            if (unit >= 0xdc00 && unit <= 0xdfff) fail('a lone surrogate escape in a string');
            out += String.fromCharCode(unit);
            i += 6;
          }
        } else {
          fail('a bad escape in a string');
        }
        chunk = i;
        continue;
      }
      i += 1;
    }
  };
  const readKey = (frame: { keys: Set<string>; key: string }): void => {
    ws();
    if (text[i] !== '"') fail(`expected a key in quotes, ${describe()}`);
    const at = i;
    const key = readString();
    if (frame.keys.has(key)) fail(`duplicate key ${JSON.stringify(key)}`, at);
    frame.keys.add(key);
    frame.key = key;
    ws();
    if (text[i] !== ':') fail(`expected ':' after the key ${JSON.stringify(key)}, ${describe()}`);
    i += 1;
  };
  const stack: Frame[] = [];
  const push = (frame: Frame): void => {
    if (stack.length >= maxDepth) fail(`nesting deeper than ${maxDepth} levels`);
    stack.push(frame);
  };

  for (;;) {
    // A value.
    ws();
    let value: unknown;
    const c = text[i];
    if (c === '{') {
      i += 1;
      ws();
      if (text[i] === '}') {
        i += 1;
        value = {};
      } else {
        const frame = { object: {}, keys: new Set<string>(), key: '' };
        push(frame);
        readKey(frame);
        continue;
      }
    } else if (c === '[') {
      i += 1;
      ws();
      if (text[i] === ']') {
        i += 1;
        value = [];
      } else {
        push({ array: [] });
        continue;
      }
    } else if (c === '"') {
      value = readString();
    } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      numberLiteral.lastIndex = i;
      const m = numberLiteral.exec(text);
      if (m === null) fail(`a malformed number`);
      const token = m[0];
      const next = text[i + token.length];
      if (next !== undefined && /[0-9.eE+-]/.test(next)) fail(`a malformed number ${JSON.stringify(text.slice(i, i + token.length + 1))}`);
      const n = Number(token);
      if (options.integersOnly === true && (!integerLiteral.test(token) || !Number.isSafeInteger(n))) {
        fail(`the number ${token} is not a plain non-negative integer (sizes and offsets must be written as digits, at most 2^53 - 1)`);
      }
      if (!Number.isFinite(n)) fail(`the number ${token} is out of range`);
      value = n;
      i += token.length;
    } else if (text.startsWith('true', i)) {
      value = true;
      i += 4;
    } else if (text.startsWith('false', i)) {
      value = false;
      i += 5;
    } else if (text.startsWith('null', i)) {
      value = null;
      i += 4;
    } else {
      fail(`expected a value, ${describe()}`);
    }
    // Put it in its container; close containers; find the next value.
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) {
        ws();
        if (i < text.length) fail(`unexpected ${JSON.stringify(text[i])} after the end of the value`);
        return value;
      }
      if ('array' in top) top.array.push(value);
      else define(top.object, top.key, value);
      ws();
      const d = text[i];
      if (d === ',') {
        i += 1;
        if ('object' in top) readKey(top);
        break;
      }
      if (d === ('array' in top ? ']' : '}')) {
        i += 1;
        stack.pop();
        value = 'array' in top ? top.array : top.object;
        continue;
      }
      fail(`expected ',' or '${'array' in top ? ']' : '}'}', ${describe()}`);
    }
  }
}

/** Decodes bytes as UTF-8, refusing invalid sequences (Buffer's toString would replace them silently). */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error(`${where}: not valid UTF-8 text`);
  }
}

/**
 * Opens a file for reading without blocking: a FIFO opened plainly waits for a writer forever.
 * (O_NONBLOCK changes nothing for regular files; callers fstat and refuse anything else.)
 */
export function openForReading(path: string): number {
  return openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
}

/**
 * Reads a regular file of at most maxBytes, after checking both with fstat (so /dev/zero or a
 * 10 GB file is refused before anything is read).
 */
export function readBoundedFile(path: string, maxBytes: number, what = 'file'): Buffer {
  let fd: number;
  try {
    fd = openForReading(path);
  } catch (e) {
    throw new Error(`${path}: cannot read (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error(`${path}: not a regular file (a ${what} must be one)`);
    if (stat.size > maxBytes) throw new Error(`${path}: ${stat.size} bytes, over the ${maxBytes}-byte limit for a ${what}`);
    const out = Buffer.alloc(stat.size);
    let done = 0;
    while (done < out.length) {
      const n = readSync(fd, out, done, out.length - done, done);
      if (n === 0) break;
      done += n;
    }
    return done === out.length ? out : out.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

/** The largest JSON file shapetype reads (config.json, state.json, train-options.json, index files). */
export const MAX_JSON_FILE_BYTES = 64 * 1024 * 1024;

/** Reads and strictly parses a JSON file, naming it in every error. */
export function readJsonFile(path: string, options: StrictJsonOptions = {}): unknown {
  const bytes = readBoundedFile(path, MAX_JSON_FILE_BYTES, 'JSON file');
  return parseStrictJson(decodeUtf8(bytes, path), path, options);
}
