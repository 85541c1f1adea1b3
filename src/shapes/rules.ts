// Run-time mirrors of the type-level shape rules. Each throws a ShapeError with the same sentence
// that tsc prints for the same mistake, so a dynamic dim that slips past the compiler fails alike.
// (Names of named dims exist only in types, so run-time sentences print sizes.)

/** A shape mistake found at run time; the message is the sentence the compiler prints. */
export class ShapeError extends Error {
  override name = 'ShapeError';
}

const fail = (message: string): never => {
  throw new ShapeError(message);
};

export const formatShape = (s: readonly number[]): string => `[${s.join(', ')}]`;

export function broadcastShapes(op: string, a: readonly number[], b: readonly number[]): number[] {
  const rank = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 1; i <= rank; i++) {
    const x = a.length - i >= 0 ? a[a.length - i] : 1;
    const y = b.length - i >= 0 ? b[b.length - i] : 1;
    if (x !== y && x !== 1 && y !== 1) {
      fail(`${op}: shapes ${formatShape(a)} and ${formatShape(b)} do not broadcast (${x} vs ${y})`);
    }
    out.unshift(x === 1 ? y : x);
  }
  return out;
}

export function matMulShape(a: readonly number[], b: readonly number[], transposeA = false, transposeB = false): number[] {
  if (a.length < 2) fail(`matMul: a must have rank >= 2, got ${formatShape(a)}`);
  if (b.length < 2) fail(`matMul: b must have rank >= 2, got ${formatShape(b)}`);
  const [a0, a1] = a.slice(-2);
  const [b0, b1] = b.slice(-2);
  const [m, ka] = transposeA ? [a1, a0] : [a0, a1];
  const [kb, n] = transposeB ? [b1, b0] : [b0, b1];
  if (ka !== kb) {
    const hint = !transposeB
      ? (ka === b1 ? '; did you mean matMul(a, b, false, true) or matMul(a, transpose(b))?' : '')
      : (ka === b0 ? '; did you mean matMul(a, b) without transposeB?' : '');
    fail(`matMul: inner dimensions differ (${ka} vs ${kb}) in ${formatShape(a)} @ ${formatShape(b)}${hint}`);
  }
  return [...broadcastShapes('matMul', a.slice(0, -2), b.slice(0, -2)), m, n];
}

const product = (s: readonly number[]): number => s.reduce((p, d) => p * d, 1);

export function reshapeShape(from: readonly number[], to: readonly number[]): number[] {
  const bad = to.find((d) => d < 0 && d !== -1);
  if (bad !== undefined) fail(`reshape: dim ${bad} of the new shape is negative; only -1 (inferred) is allowed`);
  const unknowns = to.filter((d) => d === -1).length;
  const p = product(from);
  if (unknowns > 1) fail(`reshape: at most one dim of the new shape can be -1, got ${formatShape(to)}`);
  if (unknowns === 0) {
    if (product(to) !== p) fail(`reshape: ${p} elements cannot become ${formatShape(to)} (${product(to)})`);
    return [...to];
  }
  const q = product(to.filter((d) => d !== -1));
  if (q === 0 || p % q !== 0) fail(`reshape: ${p} elements cannot become ${formatShape(to)} (${p} is not divisible by ${q})`);
  return to.map((d) => (d === -1 ? p / q : d));
}

/** An axis in [-rank, rank) made non-negative; the sentence names the op and the shape. */
export function normAxis(op: string, shape: readonly number[], axis: number, rank = shape.length): number {
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank) fail(`${op}: axis ${axis} is out of range for ${formatShape(shape)}`);
  return axis < 0 ? axis + rank : axis;
}

/** The axes made non-negative; an axis named twice (`[0, 0]`, or `[0, -3]` of a rank 3) is refused, as NumPy and PyTorch do. */
export function normAxes(op: string, shape: readonly number[], axes: readonly number[]): number[] {
  const norm = axes.map((a) => normAxis(op, shape, a));
  const twice = norm.findIndex((a, i) => norm.indexOf(a) !== i);
  if (twice >= 0) fail(`${op}: axes ${formatShape(axes)} name axis ${norm[twice]} of ${formatShape(shape)} twice`);
  return norm;
}

export function transposeShape(s: readonly number[], perm?: readonly number[]): number[] {
  if (perm === undefined) return [...s].reverse();
  const list = formatShape(perm);
  if (perm.length !== s.length) fail(`transpose: perm ${list} has ${perm.length} axes but ${formatShape(s)} has rank ${s.length}`);
  const seen = new Set<number>();
  for (const p of perm) {
    if (p >= s.length || p < -s.length) fail(`transpose: axis ${p} of perm ${list} is out of range for ${formatShape(s)}`);
    if (p < 0) fail(`transpose: perm ${list} has a negative axis ${p}`);
    if (seen.has(p)) fail(`transpose: perm ${list} repeats axis ${p}`);
    seen.add(p);
  }
  return perm.map((p) => s[p]);
}

export function expandDimsShape(s: readonly number[], axis: number): number[] {
  const rank = s.length + 1;
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank) fail(`expandDims: axis ${axis} is out of range for ${formatShape(s)}`);
  const a = axis < 0 ? axis + rank : axis;
  return [...s.slice(0, a), 1, ...s.slice(a)];
}

export function squeezeShape(s: readonly number[], axes?: readonly number[]): number[] {
  if (axes === undefined) return s.filter((d) => d !== 1);
  const drop = new Set(normAxes('squeeze', s, axes));
  for (const a of axes) {
    const d = s[normAxis('squeeze', s, a)];
    if (d !== 1) fail(`squeeze: axis ${a} of ${formatShape(s)} has size ${d}, not 1`);
  }
  return s.filter((_, i) => !drop.has(i));
}

export function reduceShape(op: string, s: readonly number[], axis?: number | readonly number[], keepDims = false): number[] {
  const list = axis === undefined ? s.map((_, i) => i) : typeof axis === 'number' ? [axis] : axis;
  const axes = new Set(normAxes(op, s, list));
  return s.flatMap((d, i) => (axes.has(i) ? (keepDims ? [1] : []) : [d]));
}

export function concatShape(shapes: readonly (readonly number[])[], axis: number): number[] {
  if (shapes.length === 0) fail('concat: needs at least one tensor');
  const first = shapes[0];
  const ax = normAxis('concat', first, axis);
  const out = [...first];
  for (const s of shapes.slice(1)) {
    if (s.length !== out.length) fail(`concat: ranks differ: ${formatShape(out)} and ${formatShape(s)}`);
    for (let i = 0; i < s.length; i++) {
      if (i === ax) continue;
      if (s[i] !== out[i]) {
        fail(`concat: shapes ${formatShape(out)} and ${formatShape(s)} differ at axis ${i} (${out[i]} vs ${s[i]}); only the concat axis may differ`);
      }
    }
    out[ax] += s[ax];
  }
  return out;
}

export function stackShape(shapes: readonly (readonly number[])[], axis: number): number[] {
  if (shapes.length === 0) fail('stack: needs at least one tensor');
  const first = shapes[0];
  for (const s of shapes.slice(1)) {
    if (formatShape(s) !== formatShape(first)) fail(`stack: shapes ${formatShape(first)} and ${formatShape(s)} differ`);
  }
  const rank = first.length + 1;
  if (!Number.isInteger(axis) || axis < -rank || axis >= rank) fail(`stack: axis ${axis} is out of range for stacking ${formatShape(first)}`);
  const a = axis < 0 ? axis + rank : axis;
  return [...first.slice(0, a), shapes.length, ...first.slice(a)];
}

export function splitShapes(s: readonly number[], numOrSizes: number | readonly number[], axis: number): number[][] {
  const ax = normAxis('split', s, axis);
  const d = s[ax];
  const withDim = (x: number): number[] => s.map((v, i) => (i === ax ? x : v));
  if (typeof numOrSizes === 'number') {
    if (d % numOrSizes !== 0) fail(`split: dim ${d} at axis ${ax} of ${formatShape(s)} cannot split into ${numOrSizes} equal parts`);
    return Array.from({ length: numOrSizes }, () => withDim(d / numOrSizes));
  }
  const list = formatShape(numOrSizes);
  const negative = numOrSizes.find((x) => x < 0 && x !== -1);
  if (negative !== undefined) fail(`split: size ${negative} in ${list} is negative; only -1 (inferred) is allowed`);
  const inferred = numOrSizes.filter((x) => x === -1).length;
  const known = numOrSizes.reduce((p, x) => (x === -1 ? p : p + x), 0);
  if (inferred > 1) fail(`split: sizes ${list} have more than one -1`);
  if (inferred === 1) {
    if (known > d) fail(`split: sizes ${list} add up to ${known} without the -1, more than axis ${ax} of ${formatShape(s)} (${d})`);
    return numOrSizes.map((x) => withDim(x === -1 ? d - known : x));
  }
  if (known !== d) fail(`split: sizes ${list} add up to ${known}, but axis ${ax} of ${formatShape(s)} is ${d}`);
  return numOrSizes.map(withDim);
}

export function sliceShape(s: readonly number[], begin: number | readonly number[], size?: number | readonly number[]): number[] {
  const b = typeof begin === 'number' ? [begin] : begin;
  const z = size === undefined ? [] : typeof size === 'number' ? [size] : size;
  if (b.length > s.length) fail(`slice: begin ${formatShape(b)} has more axes than ${formatShape(s)}`);
  // (tfjs would slice a size longer than the rank into a tensor of that longer rank.)
  if (z.length > s.length) fail(`slice: ${z.length} sizes for the ${s.length} axes of ${formatShape(s)}`);
  return s.map((d, i) => {
    if (i >= b.length && i >= z.length) return d;
    const bi = i < b.length ? b[i] : 0;
    const zi = i < z.length ? z[i] : -1;
    if (bi < 0) fail(`slice: begin ${bi} at axis ${i} is negative`);
    if (zi === -1) {
      if (bi > d) fail(`slice: begin ${bi} at axis ${i} is past the end of ${formatShape(s)}`);
      return d - bi;
    }
    if (zi < 0) fail(`slice: size ${zi} at axis ${i} is negative; only -1 (to the end) is allowed`);
    if (bi + zi > d) fail(`slice: begin ${bi} + size ${zi} exceeds dim ${d} at axis ${i} of ${formatShape(s)}`);
    return zi;
  });
}

export function gatherShape(s: readonly number[], indices: readonly number[], axis: number): number[] {
  const ax = normAxis('gather', s, axis);
  return [...s.slice(0, ax), ...indices, ...s.slice(ax + 1)];
}

/** Throws unless the shape is exactly as expected: the check behind every asserted type. */
export function assertShape(op: string, actual: readonly number[], expected: readonly number[]): void {
  if (formatShape(actual) !== formatShape(expected)) {
    fail(`${op}: expected shape ${formatShape(expected)}, got ${formatShape(actual)}`);
  }
}

// ---- tile, pad, unstack, topk, multinomial (the type rules are in ./layout.ts)

export function tileShape(s: readonly number[], reps: readonly number[]): number[] {
  if (reps.length !== s.length) fail(`tile: reps ${formatShape(reps)} has ${reps.length} entries but ${formatShape(s)} has rank ${s.length}`);
  return s.map((d, i) => {
    const r = reps[i];
    if (r < 0) fail(`tile: rep ${r} at axis ${i} is negative`);
    if (!Number.isInteger(r)) fail(`tile: rep ${r} at axis ${i} is not an integer`);
    return d * r;
  });
}

export function padShape(s: readonly number[], paddings: readonly (readonly number[])[]): number[] {
  if (paddings.length !== s.length) fail(`pad: paddings have ${paddings.length} pairs but ${formatShape(s)} has rank ${s.length}`);
  return s.map((d, i) => {
    const pair = paddings[i];
    if (pair.length !== 2) fail(`pad: padding ${formatShape(pair)} at axis ${i} is not a [before, after] pair`);
    for (const p of pair) {
      if (p < 0) fail(`pad: padding ${p} at axis ${i} is negative`);
      if (!Number.isInteger(p)) fail(`pad: padding ${p} at axis ${i} is not an integer`);
    }
    return d + pair[0] + pair[1];
  });
}

/** The shape of each part of unstack along axis (there are s[axis] of them). */
export function unstackShape(s: readonly number[], axis: number): number[] {
  const ax = normAxis('unstack', s, axis);
  return s.filter((_, i) => i !== ax);
}

export function topkShape(s: readonly number[], k: number): number[] {
  if (s.length < 1) fail(`topk: x must have rank >= 1, got ${formatShape(s)}`);
  if (k < 0) fail(`topk: k ${k} is negative`);
  if (!Number.isInteger(k)) fail(`topk: k ${k} is not an integer`);
  const d = s[s.length - 1];
  if (k > d) fail(`topk: k ${k} is larger than the last dim ${d} of ${formatShape(s)}`);
  return [...s.slice(0, -1), k];
}

export function multinomialShape(s: readonly number[], numSamples: number): number[] {
  if (s.length !== 1 && s.length !== 2) fail(`multinomial: logits must be [classes] or [batch, classes], got ${formatShape(s)}`);
  if (!Number.isInteger(numSamples) || numSamples < 1) fail(`multinomial: numSamples must be a positive integer, got ${numSamples}`);
  return s.length === 1 ? [numSamples] : [s[0], numSamples];
}
