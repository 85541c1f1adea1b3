// The safetensors format (https://github.com/huggingface/safetensors), read and written with
// node:fs alone: an 8-byte little-endian header length N, N bytes of JSON (padded with spaces so
// the data starts 8-byte aligned) mapping each tensor name to its dtype, shape and
// [begin, end) byte offsets into the data that follows, plus an optional "__metadata__" object of
// strings; the data is the tensors' bytes, little-endian, back to back, with no gaps.
// Files are written atomically (files.ts): a temporary file beside the target, flushed, then renamed over it.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { endianness } from 'node:os';
import { formatShape } from '../shapes/rules.js';
import { stageFile, type StagedFile, type StageHooks } from './files.js';
import { decodeUtf8, openForReading, parseStrictJson } from './json.js';

/** A tensor to write: float32 or int32 values, row-major. */
export type SafetensorsTensor =
  | { dtype: 'F32'; shape: number[]; data: Float32Array }
  | { dtype: 'I32'; shape: number[]; data: Int32Array };

/** What writeSafetensors takes: float32 or int32 values whose dtype matches their array (checked). */
export interface WritableTensor {
  dtype: 'F32' | 'I32';
  shape: readonly number[];
  data: Float32Array | Int32Array;
}

/** The dtypes this reader decodes; F16, BF16 and F64 are widened or narrowed to float32 values. */
export type StoredDType = 'F32' | 'I32' | 'F16' | 'BF16' | 'F64';

/** A tensor read from a file, with the dtype it was stored in. */
export type ReadTensor = SafetensorsTensor & { storedDtype: StoredDType };

export interface SafetensorsFile {
  tensors: Record<string, ReadTensor>;
  metadata: Record<string, string>;
}

/** The largest header the reference implementation accepts (its MAX_HEADER_SIZE). */
export const MAX_HEADER_SIZE = 100_000_000;

const itemSize: Record<StoredDType, number> = { F32: 4, I32: 4, F16: 2, BF16: 2, F64: 8 };
const littleEndianHost = endianness() === 'LE';
const chunkBytes = 1 << 26;

// ---- Writing

/** Byte order of names as the reference implementation sorts them (UTF-8 bytes, which JS's sort is not). */
function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function elementCount(shape: readonly number[]): number {
  return shape.reduce((n, d) => n * d, 1);
}

/** A tensor's bytes, little-endian. */
function bytesOf(t: WritableTensor): Uint8Array {
  const view = new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
  if (littleEndianHost) return view;
  const swapped = new Uint8Array(view);
  for (let i = 0; i < swapped.length; i += 4) {
    swapped.set([view[i + 3], view[i + 2], view[i + 1], view[i]], i);
  }
  return swapped;
}

function checkTensorToWrite(path: string, name: string, t: WritableTensor): void {
  const where = `safetensors ${path}: tensor '${name}'`;
  if (name === '' || name === '__metadata__') throw new Error(`safetensors ${path}: '${name}' cannot name a tensor`);
  if (!Array.isArray(t.shape) || t.shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new Error(`${where}: shape ${JSON.stringify(t.shape)} is not a list of sizes (non-negative integers)`);
  }
  const typeOk = t.dtype === 'F32' ? t.data instanceof Float32Array : t.dtype === 'I32' && t.data instanceof Int32Array;
  if (!typeOk) throw new Error(`${where}: dtype ${String(t.dtype)} does not match its data (${t.data.constructor.name})`);
  const count = elementCount(t.shape);
  if (t.data.length !== count) {
    throw new Error(`${where}: shape ${formatShape(t.shape)} holds ${count} values but the data has ${t.data.length}`);
  }
}

/**
 * The header (with its 8-byte length prefix) and the tensors in file order (sorted by name, as
 * the reference writer sorts tensors of one alignment).
 */
function layout(path: string, tensors: Record<string, WritableTensor>, metadata: Record<string, string> | undefined): { prefix: Buffer; order: WritableTensor[] } {
  const names = Object.keys(tensors).sort(compareNames);
  const header: Record<string, unknown> = {};
  if (metadata !== undefined) {
    for (const [k, v] of Object.entries(metadata)) {
      if (typeof v !== 'string') throw new Error(`safetensors ${path}: metadata '${k}' must be a string, got ${typeof v}`);
    }
    header.__metadata__ = metadata;
  }
  let offset = 0;
  const order: WritableTensor[] = [];
  for (const name of names) {
    const t = tensors[name];
    checkTensorToWrite(path, name, t);
    const end = offset + t.data.byteLength;
    header[name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, end] };
    offset = end;
    order.push(t);
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const padded = Buffer.alloc(Math.ceil(json.length / 8) * 8, 0x20);
  json.copy(padded);
  const prefix = Buffer.alloc(8 + padded.length);
  prefix.writeBigUInt64LE(BigInt(padded.length), 0);
  padded.copy(prefix, 8);
  return { prefix, order };
}

/** Stages a safetensors file (see stageFile); commit() makes it visible. */
export function stageSafetensors(
  path: string, tensors: Record<string, WritableTensor>, metadata?: Record<string, string>, hooks: StageHooks = {},
): StagedFile {
  const { prefix, order } = layout(path, tensors, metadata);
  return stageFile(path, (emit) => {
    emit(prefix);
    for (const t of order) {
      const bytes = bytesOf(t);
      for (let at = 0; at < bytes.length; at += chunkBytes) emit(bytes.subarray(at, Math.min(bytes.length, at + chunkBytes)));
    }
  }, hooks);
}

/** Writes tensors (and string metadata) to path in the safetensors format, atomically. */
export function writeSafetensors(path: string, tensors: Record<string, WritableTensor>, metadata?: Record<string, string>, hooks: StageHooks = {}): void {
  const staged = stageSafetensors(path, tensors, metadata, hooks);
  try {
    staged.commit();
  } catch (e) {
    staged.discard();
    throw e;
  }
}

// ---- Reading

/** A plain JSON object (not an array or null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStoredDType(v: unknown): v is StoredDType {
  return v === 'F32' || v === 'I32' || v === 'F16' || v === 'BF16' || v === 'F64';
}

function readExactly(fd: number, target: Uint8Array, position: number): number {
  let done = 0;
  while (done < target.length) {
    const n = readSync(fd, target, done, Math.min(chunkBytes, target.length - done), position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

interface Entry {
  name: string;
  dtype: StoredDType;
  shape: number[];
  begin: number;
  end: number;
}

function parseEntry(path: string, name: string, v: unknown): Entry {
  const where = `safetensors ${path}: tensor '${name}'`;
  if (!isRecord(v)) throw new Error(`${where}: its header entry is not an object`);
  const { dtype, shape, data_offsets: offsets } = v;
  if (!isStoredDType(dtype)) {
    throw new Error(`${where}: dtype ${JSON.stringify(dtype)} is not supported (this reader decodes F32, I32, F16, BF16 and F64)`);
  }
  if (!Array.isArray(shape) || !shape.every((d): d is number => Number.isInteger(d) && d >= 0)) {
    throw new Error(`${where}: shape ${JSON.stringify(shape)} is not a list of sizes (non-negative integers)`);
  }
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((d): d is number => Number.isSafeInteger(d) && d >= 0)) {
    throw new Error(`${where}: data_offsets ${JSON.stringify(offsets)} is not a pair of byte offsets`);
  }
  const [begin, end] = offsets;
  if (end < begin) throw new Error(`${where}: data_offsets [${begin}, ${end}] end before they begin`);
  const expected = elementCount(shape) * itemSize[dtype];
  if (!Number.isSafeInteger(expected)) throw new Error(`${where}: shape ${formatShape(shape)} holds more values than any file can`);
  if (end - begin !== expected) {
    throw new Error(`${where}: holds ${end - begin} bytes, but ${dtype} shape ${formatShape(shape)} needs ${expected}`);
  }
  return { name, dtype, shape, begin, end };
}

/** Reads the header of a safetensors file: its entries (in data order) and metadata, after every check. */
function readHeader(path: string, fd: number, fileSize: number): { entries: Entry[]; metadata: Record<string, string>; dataStart: number } {
  if (fileSize < 8) {
    throw new Error(`safetensors ${path}: truncated: the file has ${fileSize} bytes, fewer than the 8 of the header length`);
  }
  const lengthBytes = Buffer.alloc(8);
  readExactly(fd, lengthBytes, 0);
  const headerLength = lengthBytes.readBigUInt64LE(0);
  if (headerLength > BigInt(MAX_HEADER_SIZE)) {
    throw new Error(`safetensors ${path}: header length ${headerLength} is over the limit of ${MAX_HEADER_SIZE} bytes (not a safetensors file?)`);
  }
  const n = Number(headerLength);
  if (8 + n > fileSize) {
    throw new Error(`safetensors ${path}: truncated: the header is ${n} bytes but the file has only ${fileSize - 8} after the length`);
  }
  const headerBytes = Buffer.alloc(n);
  readExactly(fd, headerBytes, 8);
  if (n === 0 || headerBytes[0] !== 0x7b) throw new Error(`safetensors ${path}: the header does not start with '{' (not a safetensors file?)`);
  // As strict as the reference reader (serde_json into typed fields): valid UTF-8, no duplicate
  // keys, and offsets and dims written as plain unsigned integers.
  const parsed = parseStrictJson(decodeUtf8(headerBytes, `safetensors ${path}: the header`), `safetensors ${path}: the header`, { integersOnly: true, maxDepth: 4 });
  if (!isRecord(parsed)) throw new Error(`safetensors ${path}: the header is not a JSON object`);
  const metadata: Record<string, string> = {};
  const rawMetadata = parsed.__metadata__;
  if (rawMetadata !== undefined && rawMetadata !== null) {
    if (!isRecord(rawMetadata)) throw new Error(`safetensors ${path}: __metadata__ is not an object`);
    for (const [k, v] of Object.entries(rawMetadata)) {
      if (typeof v !== 'string') throw new Error(`safetensors ${path}: __metadata__ '${k}' is not a string`);
      metadata[k] = v;
    }
  }
  const entries = Object.entries(parsed).filter(([k]) => k !== '__metadata__').map(([k, v]) => parseEntry(path, k, v));
  entries.sort((a, b) => a.begin - b.begin || a.end - b.end);
  const dataStart = 8 + n;
  const dataSize = fileSize - dataStart;
  let expectedBegin = 0;
  for (const e of entries) {
    if (e.end > dataSize) {
      throw new Error(
        `safetensors ${path}: truncated: tensor '${e.name}' needs data bytes [${e.begin}, ${e.end}) but the file holds only ${dataSize} bytes of data`,
      );
    }
    if (e.begin !== expectedBegin) {
      const what = e.begin < expectedBegin ? 'overlaps the tensor before it' : `leaves a gap of ${e.begin - expectedBegin} bytes before it`;
      throw new Error(`safetensors ${path}: tensor '${e.name}' at data bytes [${e.begin}, ${e.end}) ${what} (the data must be contiguous)`);
    }
    expectedBegin = e.end;
  }
  if (expectedBegin !== dataSize) {
    throw new Error(`safetensors ${path}: the tensors cover ${expectedBegin} bytes of data but the file holds ${dataSize} (trailing bytes)`);
  }
  return { entries, metadata, dataStart };
}

function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >> 10) & 0x1f;
  const fraction = h & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

function decode(e: Entry, bytes: Uint8Array): ReadTensor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = elementCount(e.shape);
  switch (e.dtype) {
    case 'F32': {
      const data = littleEndianHost ? new Float32Array(bytes.buffer, bytes.byteOffset, count) : Float32Array.from({ length: count }, (_, i) => view.getFloat32(4 * i, true));
      return { dtype: 'F32', shape: e.shape, data, storedDtype: 'F32' };
    }
    case 'I32': {
      const data = littleEndianHost ? new Int32Array(bytes.buffer, bytes.byteOffset, count) : Int32Array.from({ length: count }, (_, i) => view.getInt32(4 * i, true));
      return { dtype: 'I32', shape: e.shape, data, storedDtype: 'I32' };
    }
    case 'F16':
      return { dtype: 'F32', shape: e.shape, data: Float32Array.from({ length: count }, (_, i) => halfToFloat(view.getUint16(2 * i, true))), storedDtype: 'F16' };
    case 'BF16': {
      // bfloat16 is the top half of a float32's bits.
      const scratch = new DataView(new ArrayBuffer(4));
      const data = Float32Array.from({ length: count }, (_, i) => {
        scratch.setUint32(0, view.getUint16(2 * i, true) * 65536);
        return scratch.getFloat32(0);
      });
      return { dtype: 'F32', shape: e.shape, data, storedDtype: 'BF16' };
    }
    case 'F64':
      return { dtype: 'F32', shape: e.shape, data: Float32Array.from({ length: count }, (_, i) => view.getFloat64(8 * i, true)), storedDtype: 'F64' };
  }
}

/** Reads a safetensors file after checking its header, offsets and size; F16/BF16/F64 come back as float32 values. */
export function readSafetensors(path: string): SafetensorsFile {
  let fd: number;
  try {
    fd = openForReading(path);
  } catch (e) {
    throw new Error(`safetensors ${path}: cannot open (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error(`safetensors ${path}: not a regular file`);
    const fileSize = stat.size;
    const { entries, metadata, dataStart } = readHeader(path, fd, fileSize);
    const tensors: Record<string, ReadTensor> = {};
    for (const e of entries) {
      // A fresh, aligned buffer per tensor, which the typed array then views.
      const bytes = new Uint8Array(e.end - e.begin);
      const got = readExactly(fd, bytes, dataStart + e.begin);
      if (got !== bytes.length) throw new Error(`safetensors ${path}: truncated while reading tensor '${e.name}' (${got} of ${bytes.length} bytes)`);
      tensors[e.name] = decode(e, bytes);
    }
    return { tensors, metadata };
  } finally {
    closeSync(fd);
  }
}

/** sha256 of a file's bytes, hex (read in chunks). */
export function sha256File(path: string): string {
  const hash = createHash('sha256');
  const fd = openForReading(path);
  try {
    if (!fstatSync(fd).isFile()) throw new Error(`${path}: not a regular file`);
    const buffer = Buffer.alloc(chunkBytes);
    let position = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, position);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      position += n;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
