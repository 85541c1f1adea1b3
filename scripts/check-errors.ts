// Asserts WHAT the compiler prints for bad shapetype code, not merely that it fails.
//
// Two kinds of cases go through one runner: the small snippets below (written to a temporary project,
// one file per case, importing the library by absolute path), and the red-team corpus of whole
// programs in type-corpus/<cause>/ (see "The red-team corpus" below for their header format).
// All of them are type-checked as ONE program by the project's tsc (TypeScript 7, native) and once
// more by TypeScript 5.9 (tsd's copy, through its JS compiler API, in a child process), side by side.
// For every bad case, under both compilers: the file has an error, the error is on the case's line
// (a snippet's last line; a corpus program's line marked `// error`), its text contains every
// expected substring, and no other line has an error. Good cases must compile with no error at all.
// Each corpus program's compile cost (its own instantiations and check time under 5.9) is held to
// a budget, and the corpus is summarised by cause.
//
// Usage: npm run test:errors   (tsx scripts/check-errors.ts [--keep] [--all] [--verbose] [filter])
//   --keep     leave the temporary project in place and print its path
//   --all      also compile the known holes marked explosive
//   --verbose  list every passing case, what each known hole prints, and the costliest programs
//   --findings=FILE  write the failing corpus programs (holes included) with what each compiler
//              printed and what it should print, as markdown (the bug list of the types work)
//   filter     run only the cases whose name (or corpus path) contains this text
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'src', 'index.js').split(path.sep).join('/');
const tscBin = fs.realpathSync(path.join(root, 'node_modules', '.bin', 'tsc'));

/** A snippet the compiler must reject: `code` is one line (the call), `setup` lines come before it. */
interface BadCase {
  family: string;
  name: string;
  setup?: string[];
  code: string;
  expect: string[];
}
/** A snippet that must compile without any error (it may assert result types with Eq). */
interface GoodCase {
  name: string;
  lines: string[];
}

// Shared by every snippet. Named dims for the named-dim cases; Eq for exact type checks in good cases.
const prelude = [
  `import * as st from '${entry}';`,
  `type B = st.Named<'B', 2>; type T = st.Named<'T', 16>; type D = st.Named<'D', 16>;`,
  `type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;`,
  `export {};`,
];
const named = ['declare const x: st.Tensor<[B, T, D]>;', 'declare const y: st.Tensor<[B, D, T]>;'];
const cpu = ["const a = st.zeros([3, 4]);", "const onCpu = st.zeros([4, 3], 'float32', 'cpu');"];

const bad: BadCase[] = [
  // ---- creation
  { family: 'creation', name: 'zeros with a negative dim', code: 'st.zeros([2, -3]);', expect: ['zeros: dim -3 of [2, -3] is not a size'] },
  { family: 'creation', name: 'ones with a fractional dim', code: 'st.ones([2.5, 3]);', expect: ['ones: dim 2.5 of [2.5, 3] is not a size (a non-negative integer)'] },
  { family: 'creation', name: 'tensor with a negative dim', code: 'st.tensor([1, 2, 3, 4], [2, -2]);', expect: ['tensor: dim -2 of [2, -2] is not a size'] },
  { family: 'creation', name: 'randomNormal with a negative dim', code: 'st.randomNormal([-1, 4]);', expect: ['randomNormal: dim -1 of [-1, 4] is not a size'] },
  { family: 'creation', name: 'fill with a negative dim', code: 'st.fill([3, -4], 1);', expect: ['fill: dim -4 of [3, -4] is not a size'] },

  // ---- elementwise: binary ops, broadcasting, dtypes, devices
  { family: 'binary', name: 'add of named dims in another order', setup: named, code: 'st.add(x, y);', expect: ['add: shapes [B=2, T=16, D=16] and [B=2, D=16, T=16] do not broadcast (D=16 vs T=16)'] },
  { family: 'binary', name: 'add of transposed shapes', code: 'st.add(st.zeros([2, 3]), st.zeros([3, 2]));', expect: ['add: shapes [2, 3] and [3, 2] do not broadcast (3 vs 2)'] },
  { family: 'binary', name: 'mul broadcast over ranks 3 and 2', code: 'st.mul(st.zeros([4, 1, 3]), st.zeros([2, 5]));', expect: ['mul: shapes [4, 1, 3] and [2, 5] do not broadcast (3 vs 5)'] },
  // The generic-friendly overloads (same shape, trailing vector or matrix, keepDims column) must not
  // swallow a mismatch by inferring a union of two shapes: each of these must still reach the sentence.
  { family: 'binary', name: 'add of a mismatched trailing vector', code: 'st.add(st.zeros([2, 3]), st.zeros([4]));', expect: ['add: shapes [2, 3] and [4] do not broadcast (3 vs 4)'] },
  { family: 'binary', name: 'add of a mismatched trailing matrix', code: 'st.add(st.zeros([4, 2, 3]), st.zeros([3, 3]));', expect: ['add: shapes [4, 2, 3] and [3, 3] do not broadcast (2 vs 3)'] },
  { family: 'binary', name: 'sub of a mismatched keepDims column', code: 'st.sub(st.zeros([2, 3]), st.zeros([5, 1]));', expect: ['sub: shapes [2, 3] and [5, 1] do not broadcast (2 vs 5)'] },
  { family: 'binary', name: 'greater of transposed shapes', code: 'st.greater(st.zeros([2, 3]), st.zeros([3, 2]));', expect: ['greater: shapes [2, 3] and [3, 2] do not broadcast (3 vs 2)'] },
  { family: 'binary', name: 'sub of float32 and int32', code: "st.sub(st.zeros([2, 3]), st.zeros([2, 3], 'int32'));", expect: ["sub: dtypes differ (float32 vs int32); cast one with cast(x, 'float32')"] },
  { family: 'binary', name: 'add across devices', setup: cpu, code: 'st.add(a, a.to(\'cpu\'));', expect: ["add: tensors are on different devices (default vs cpu); move one with .to('default')"] },
  { family: 'binary', name: 'greater that does not broadcast', code: 'st.greater(st.zeros([2, 3]), st.zeros([4, 3]));', expect: ['greater: shapes [2, 3] and [4, 3] do not broadcast (2 vs 4)'] },
  { family: 'binary', name: 'logicalAnd of a float tensor', code: "st.logicalAnd(st.zeros([2]), st.zeros([2], 'bool'));", expect: ['logicalAnd: tensor must be bool, got float32'] },
  { family: 'binary', name: 'mul of bool tensors', code: "st.mul(st.zeros([2, 3], 'bool'), st.zeros([2, 3], 'bool'));", expect: ['mul: tensor must be float32 or int32, got bool'] },

  // ---- elementwise: unary
  { family: 'unary', name: 'exp of int32', code: "st.exp(st.zeros([2], 'int32'));", expect: ['exp: tensor must be float32, got int32'] },
  { family: 'unary', name: 'clipByValue of bool', code: "st.clipByValue(st.zeros([2], 'bool'), 0, 1);", expect: ['clipByValue: tensor must be float32 or int32, got bool'] },
  { family: 'unary', name: 'logicalNot of float32', code: 'st.logicalNot(st.zeros([2]));', expect: ['logicalNot: tensor must be bool, got float32'] },

  // ---- where
  { family: 'where', name: 'where with a float condition', code: 'st.where(st.zeros([2, 3]), st.zeros([2, 3]), st.ones([2, 3]));', expect: ['where: condition must be bool, got float32'] },
  { family: 'where', name: 'where of shapes that do not broadcast', code: "st.where(st.zeros([2, 3], 'bool'), st.zeros([2, 3]), st.ones([4, 3]));", expect: ['where: shapes [2, 3] and [4, 3] do not broadcast (2 vs 4)'] },
  { family: 'where', name: 'where of a mask that does not fit the scores', code: "st.where(st.zeros([3, 3], 'bool'), st.zeros([2, 4, 4]), -1e9);", expect: ['where: shapes [3, 3] and [2, 4, 4] do not broadcast (3 vs 4)'] },
  { family: 'where', name: 'where of two dtypes', code: "st.where(st.zeros([2, 3], 'bool'), st.zeros([2, 3]), st.ones([2, 3], 'int32'));", expect: ['where: dtypes differ (float32 vs int32)'] },

  // ---- linalg
  { family: 'linalg', name: 'matMul of [3, 4] and [3, 4]', code: 'st.matMul(st.zeros([3, 4]), st.randomNormal([3, 4]));', expect: ['matMul: inner dimensions differ (4 vs 3) in [3, 4] @ [3, 4]', 'did you mean matMul(a, b, false, true) or matMul(a, transpose(b))?'] },
  { family: 'linalg', name: 'matMul with a needless transposeB', code: 'st.matMul(st.zeros([3, 4]), st.zeros([4, 5]), false, true);', expect: ['matMul: inner dimensions differ (4 vs 5) in [3, 4] @ [4, 5]', 'did you mean matMul(a, b) without transposeB?'] },
  { family: 'linalg', name: 'matMul of a batch by a mismatched matrix', code: 'st.matMul(st.zeros([2, 3, 4]), st.zeros([5, 6]));', expect: ['matMul: inner dimensions differ (4 vs 5) in [2, 3, 4] @ [5, 6]'] },
  { family: 'linalg', name: 'matMul transposeB of mismatched batches', code: 'st.matMul(st.zeros([2, 3, 4]), st.zeros([2, 5, 3]), false, true);', expect: ['matMul: inner dimensions differ (4 vs 3) in [2, 3, 4] @ [2, 5, 3]'] },
  { family: 'linalg', name: 'matMul of a vector', code: 'st.matMul(st.zeros([3]), st.zeros([3, 4]));', expect: ['matMul: a must have rank >= 2, got [3]'] },
  { family: 'linalg', name: 'matMul of batch dims that do not broadcast', code: 'st.matMul(st.zeros([2, 3, 4]), st.zeros([5, 4, 6]));', expect: ['matMul: shapes [2] and [5] do not broadcast (2 vs 5)'] },
  { family: 'linalg', name: 'matMul of named dims', setup: named, code: 'st.matMul(x, x);', expect: ['matMul: inner dimensions differ (D=16 vs T=16) in [B=2, T=16, D=16] @ [B=2, T=16, D=16]', 'did you mean'] },
  { family: 'linalg', name: 'matMul of int32', code: "st.matMul(st.zeros([3, 4], 'int32'), st.zeros([4, 3], 'int32'));", expect: ['matMul: tensor must be float32, got int32'] },
  { family: 'linalg', name: 'matMul across devices', setup: cpu, code: 'st.matMul(a, onCpu);', expect: ['matMul: tensors are on different devices (default vs cpu)'] },
  { family: 'linalg', name: 'linear with a mismatched weight', code: 'st.linear(st.zeros([2, 8, 32]), st.zeros([64, 16]));', expect: ["linear: input's last dim 32 does not match the weight [64, 16] (expects 64)"] },
  { family: 'linalg', name: 'linear of named dims', setup: named, code: 'st.linear(x, st.zeros([8, 4]));', expect: ["linear: input's last dim D=16 does not match the weight [8, 4] (expects 8)"] },
  { family: 'linalg', name: 'linear with a mismatched bias', code: 'st.linear(st.zeros([2, 8, 32]), st.zeros([32, 16]), st.zeros([8]));', expect: ["linear: bias [8] does not match the weight's output dim 16"] },
  { family: 'nn', name: 'attention with heads not kv heads x repeats', code: 'st.scaledDotProductAttention(st.zeros([2, 8, 16, 32]), st.zeros([2, 4, 16, 32]), st.zeros([2, 4, 16, 32]), { repeats: 3 });', expect: ['scaledDotProductAttention: q has 8 heads, not 4 key/value heads x 3 repeats'] },
  { family: 'nn', name: 'attention keys of another head dim', code: 'st.scaledDotProductAttention(st.zeros([2, 8, 16, 32]), st.zeros([2, 4, 16, 16]), st.zeros([2, 4, 16, 16]), { repeats: 2 });', expect: ['scaledDotProductAttention: k [2, 4, 16, 16] does not match q [2, 8, 16, 32] in batch or headDim'] },
  { family: 'nn', name: 'attention values of another length', code: 'st.scaledDotProductAttention(st.zeros([2, 8, 16, 32]), st.zeros([2, 4, 16, 32]), st.zeros([2, 4, 24, 32]), { repeats: 2 });', expect: ['scaledDotProductAttention: k [2, 4, 16, 32] and v [2, 4, 24, 32] differ'] },
  { family: 'nn', name: 'rmsNorm weight of another dim', code: 'st.rmsNorm(st.zeros([2, 16, 128]), st.ones([64]), 1e-5);', expect: ['rmsNorm: weight [64] does not match the last dim 128 of x [2, 16, 128]'] },
  { family: 'linalg', name: 'linear with a rank-1 weight', code: 'st.linear(st.zeros([2, 8, 32]), st.zeros([32]));', expect: ['linear: weight must be [in, out], got [32]'] },

  // ---- nn
  { family: 'nn', name: 'cross-entropy of softmax output', setup: ['const p = st.softmax(st.zeros([3, 4]));'], code: "st.sparseSoftmaxCrossEntropy(p, st.zeros([3], 'int32'));", expect: ['sparseSoftmaxCrossEntropy: expects logits, got probabilities'] },
  { family: 'nn', name: 'cross-entropy with labels of another shape', code: "st.sparseSoftmaxCrossEntropy(st.zeros([4, 10]), st.zeros([5], 'int32'));", expect: ["sparseSoftmaxCrossEntropy: labels [5] must have the logits' shape without the class dim, [4]"] },
  { family: 'nn', name: 'cross-entropy of [B, T, C] with labels [B, T+1]', code: "st.sparseSoftmaxCrossEntropy(st.zeros([2, 4, 10]), st.zeros([2, 5], 'int32'), 'none');", expect: ["sparseSoftmaxCrossEntropy: labels [2, 5] must have the logits' shape without the class dim, [2, 4]"] },
  { family: 'nn', name: 'cross-entropy with float labels', code: 'st.sparseSoftmaxCrossEntropy(st.zeros([4, 10]), st.zeros([4]));', expect: ['sparseSoftmaxCrossEntropy: labels must be int32, got float32'] },
  { family: 'nn', name: 'cross-entropy across devices', code: "st.sparseSoftmaxCrossEntropy(st.zeros([4, 10]), st.zeros([4], 'int32', 'cpu'));", expect: ['sparseSoftmaxCrossEntropy: tensors are on different devices (default vs cpu)'] },
  { family: 'nn', name: 'softmax axis out of range', code: 'st.softmax(st.zeros([2, 3]), 2);', expect: ['softmax: axis 2 is out of range for [2, 3]'] },
  { family: 'nn', name: 'softmax of int32', code: "st.softmax(st.zeros([2, 3], 'int32'));", expect: ['softmax: tensor must be float32, got int32'] },
  { family: 'nn', name: 'logSoftmax negative axis out of range', code: 'st.logSoftmax(st.zeros([2, 3]), -3);', expect: ['logSoftmax: axis -3 is out of range for [2, 3]'] },
  { family: 'nn', name: 'dropout of int32', code: "st.dropout(st.zeros([2], 'int32'), 0.1);", expect: ['dropout: tensor must be float32, got int32'] },

  // ---- reductions
  { family: 'reduce', name: 'sum axis out of range', code: 'st.sum(st.zeros([2, 3]), 2);', expect: ['sum: axis 2 is out of range for [2, 3]'] },
  { family: 'reduce', name: 'sum axes with one out of range', code: 'st.sum(st.zeros([2, 3]), [0, -3]);', expect: ['sum: axis -3 is out of range for [2, 3]'] },
  { family: 'reduce', name: 'max keepDims axes out of range', code: 'st.max(st.zeros([2, 3, 4]), [0, 5], true);', expect: ['max: axis 5 is out of range for [2, 3, 4]'] },
  { family: 'reduce', name: 'mean of int32', code: "st.mean(st.zeros([2, 3], 'int32'));", expect: ['mean: tensor must be float32, got int32'] },
  { family: 'reduce', name: 'argMax axis out of range', code: 'st.argMax(st.zeros([2, 3]), -3);', expect: ['argMax: axis -3 is out of range for [2, 3]'] },

  // ---- reshape
  { family: 'reshape', name: 'reshape that loses elements', code: 'st.reshape(st.zeros([8, 64]), [8, 60]);', expect: ['reshape: 512 elements cannot become [8, 60] (480)'] },
  { family: 'reshape', name: 'reshape of a big matrix', code: 'st.reshape(st.zeros([4096, 11008]), [4096, 11000]);', expect: ['reshape: 45088768 elements cannot become [4096, 11000] (45056000)'] },
  { family: 'reshape', name: 'reshape -1 that does not divide', code: 'st.reshape(st.zeros([8, 64]), [-1, 60]);', expect: ['reshape: 512 elements cannot become [-1, 60] (512 is not divisible by 60)'] },
  { family: 'reshape', name: 'reshape with two -1', code: 'st.reshape(st.zeros([8, 64]), [-1, -1]);', expect: ['reshape: at most one dim of the new shape can be -1, got [-1, -1]'] },
  { family: 'reshape', name: 'reshape to a negative dim', code: 'st.reshape(st.zeros([8, 64]), [-2, 256]);', expect: ['reshape: dim -2 of the new shape is negative'] },

  // ---- transpose, expandDims, squeeze
  { family: 'transpose', name: 'transpose perm too short', code: 'st.transpose(st.zeros([2, 3, 4]), [0, 1]);', expect: ['transpose: perm [0, 1] has 2 axes but [2, 3, 4] has rank 3'] },
  { family: 'transpose', name: 'transpose perm repeats an axis', code: 'st.transpose(st.zeros([2, 3, 4]), [0, 1, 1]);', expect: ['transpose: perm [0, 1, 1] repeats axis 1'] },
  { family: 'transpose', name: 'transpose axis out of range', code: 'st.transpose(st.zeros([2, 3, 4]), [0, 1, 3]);', expect: ['transpose: axis 3 of perm [0, 1, 3] is out of range for [2, 3, 4]'] },
  { family: 'expandDims', name: 'expandDims axis out of range', code: 'st.expandDims(st.zeros([2, 3]), 3);', expect: ['expandDims: axis 3 is out of range for [2, 3]'] },
  { family: 'expandDims', name: 'expandDims negative axis out of range', code: 'st.expandDims(st.zeros([2, 3]), -4);', expect: ['expandDims: axis -4 is out of range for [2, 3]'] },
  { family: 'squeeze', name: 'squeeze of an axis that is not 1', code: 'st.squeeze(st.zeros([2, 1, 3]), [0]);', expect: ['squeeze: axis 0 of [2, 1, 3] has size 2, not 1'] },
  { family: 'squeeze', name: 'squeeze axis out of range', code: 'st.squeeze(st.zeros([2, 1, 3]), [3]);', expect: ['squeeze: axis 3 is out of range for [2, 1, 3]'] },

  // ---- concat, stack, split
  { family: 'concat', name: 'concat of shapes that differ off the axis', code: 'st.concat([st.zeros([2, 3]), st.zeros([3, 5])], 1);', expect: ['concat: shapes [2, 3] and [3, 5] differ at axis 0 (2 vs 3); only the concat axis may differ'] },
  { family: 'concat', name: 'concat of rank-4 caches along time with other head dims', code: 'st.concat([st.zeros([1, 2, 3, 4]), st.zeros([1, 2, 5, 8])], 2);', expect: ['concat: shapes [1, 2, 3, 4] and [1, 2, 5, 8] differ at axis 3 (4 vs 8)'] },
  { family: 'concat', name: 'concat of two ranks', code: 'st.concat([st.zeros([2, 3]), st.zeros([2, 3, 1])]);', expect: ['concat: ranks differ: [2, 3] and [2, 3, 1]'] },
  { family: 'concat', name: 'concat axis out of range', code: 'st.concat([st.zeros([2, 3]), st.zeros([2, 3])], 2);', expect: ['concat: axis 2 is out of range for [2, 3]'] },
  { family: 'concat', name: 'concat of two dtypes', code: "st.concat([st.zeros([2, 3]), st.zeros([2, 3], 'int32')]);", expect: ['concat: dtypes differ (float32 vs int32)'] },
  { family: 'concat', name: 'concat of named dims', setup: named, code: 'st.concat([x, st.zeros([2, 16, 8])], 1);', expect: ['concat: shapes [B=2, T=16, D=16] and [2, 16, 8] differ at axis 2 (D=16 vs 8)'] },
  { family: 'stack', name: 'stack of two shapes', code: 'st.stack([st.zeros([2, 3]), st.zeros([3, 2])]);', expect: ['stack: shapes [2, 3] and [3, 2] differ'] },
  { family: 'stack', name: 'stack axis out of range', code: 'st.stack([st.zeros([2, 3]), st.zeros([2, 3])], 3);', expect: ['stack: axis 3 is out of range for stacking [2, 3]'] },
  { family: 'split', name: 'split into parts that do not divide', code: 'st.split(st.zeros([4, 6]), 4, 1);', expect: ['split: dim 6 at axis 1 of [4, 6] cannot split into 4 equal parts'] },
  { family: 'split', name: 'split sizes that do not add up', code: 'st.split(st.zeros([4, 6]), [2, 3], 1);', expect: ['split: sizes [2, 3] add up to 5, but axis 1 of [4, 6] is 6'] },
  { family: 'split', name: 'split axis out of range', code: 'st.split(st.zeros([4, 6]), 2, 2);', expect: ['split: axis 2 is out of range for [4, 6]'] },

  // ---- slice
  { family: 'slice', name: 'slice past the end', code: 'st.slice(st.zeros([4, 6]), [3, 2], [2, -1]);', expect: ['slice: begin 3 + size 2 exceeds dim 4 at axis 0 of [4, 6]'] },
  { family: 'slice', name: 'slice with a negative begin', code: 'st.slice(st.zeros([4, 6]), [-1, 0]);', expect: ['slice: begin -1 at axis 0 is negative'] },
  { family: 'slice', name: 'slice with too many axes', code: 'st.slice(st.zeros([4, 6]), [0, 0, 0]);', expect: ['slice: begin [0, 0, 0] has more axes than [4, 6]'] },
  { family: 'slice', name: 'slice with more sizes than axes', code: 'st.slice(st.zeros([4, 6]), [0, 0], [-1, 2, 1]);', expect: ['slice: 3 sizes for the 2 axes of [4, 6]'] },
  { family: 'slice', name: 'slice begin (a number) past the end', code: 'st.slice(st.zeros([4, 6]), 5);', expect: ['slice: begin 5 at axis 0 is past the end of [4, 6]'] },
  { family: 'slice', name: 'slice with a negative size', code: 'st.slice(st.zeros([4, 6]), [0, 0], [2, -2]);', expect: ['slice: size -2 at axis 1 is negative'] },

  // ---- gather, oneHot
  { family: 'gather', name: 'gather with float indices', code: 'st.gather(st.zeros([65, 8]), st.zeros([4, 16]));', expect: ['gather: indices must be int32, got float32'] },
  { family: 'gather', name: 'gather axis out of range', code: "st.gather(st.zeros([10, 4]), st.zeros([3], 'int32'), 2);", expect: ['gather: axis 2 is out of range for [10, 4]'] },
  { family: 'gather', name: 'gather across devices', code: "st.gather(st.zeros([10, 4]), st.zeros([3], 'int32', 'cpu'));", expect: ['gather: tensors are on different devices (default vs cpu)'] },
  { family: 'oneHot', name: 'oneHot of float indices', code: 'st.oneHot(st.zeros([3]), 5);', expect: ['oneHot: indices must be int32, got float32'] },

  // ---- tile, pad, unstack, topk, multinomial, cumsum
  { family: 'tile', name: 'tile with too few reps', code: 'st.tile(st.zeros([2, 3]), [2]);', expect: ['tile: reps [2] has 1 entries but [2, 3] has rank 2'] },
  { family: 'tile', name: 'tile with a negative rep', code: 'st.tile(st.zeros([2, 3]), [2, -1]);', expect: ['tile: rep -1 at axis 1 is negative'] },
  { family: 'tile', name: 'tile with a fractional rep', code: 'st.tile(st.zeros([1, 3]), [1.5, 1]);', expect: ['tile: rep 1.5 at axis 0 is not an integer'] },
  { family: 'pad', name: 'pad with too many pairs', code: 'st.pad(st.zeros([2, 3]), [[1, 1], [0, 0], [2, 2]]);', expect: ['pad: paddings have 3 pairs but [2, 3] has rank 2'] },
  { family: 'pad', name: 'pad with a negative padding', code: 'st.pad(st.zeros([2, 3]), [[0, 0], [1, -2]]);', expect: ['pad: padding -2 at axis 1 is negative'] },
  { family: 'unstack', name: 'unstack axis out of range', code: 'st.unstack(st.zeros([2, 3]), 2);', expect: ['unstack: axis 2 is out of range for [2, 3]'] },
  { family: 'topk', name: 'topk with k past the last dim', code: 'st.topk(st.zeros([2, 3]), 4);', expect: ['topk: k 4 is larger than the last dim 3 of [2, 3]'] },
  { family: 'topk', name: 'topk of named dims with k past the last dim', setup: named, code: 'st.topk(x, 17);', expect: ['topk: k 17 is larger than the last dim D=16 of [B=2, T=16, D=16]'] },
  { family: 'topk', name: 'topk of a scalar', code: 'st.topk(st.scalar(1), 1);', expect: ['topk: x must have rank >= 1, got []'] },
  { family: 'multinomial', name: 'multinomial of rank 3 logits', code: 'st.multinomial(st.zeros([2, 3, 4]), 1);', expect: ['multinomial: logits must be [classes] or [batch, classes], got [2, 3, 4]'] },
  { family: 'multinomial', name: 'multinomial of probabilities', code: 'st.multinomial(st.softmax(st.zeros([2, 5])), 1);', expect: ['multinomial: expects logits, got probabilities (softmax output)'] },
  { family: 'multinomial', name: 'multinomial of int32 logits', code: "st.multinomial(st.zeros([5], 'int32'), 1);", expect: ['multinomial: logits must be float32, got int32'] },
  { family: 'cumsum', name: 'cumsum axis out of range', code: 'st.cumsum(st.zeros([2, 3]), -3);', expect: ['cumsum: axis -3 is out of range for [2, 3]'] },
  { family: 'cumsum', name: 'cumsum of bool', code: "st.cumsum(st.zeros([2], 'bool'));", expect: ['cumsum: tensor must be float32 or int32, got bool'] },

  // ---- chained methods: the same sentence as the function call
  { family: 'methods', name: 'x.add of transposed shapes', code: 'st.zeros([2, 3]).add(st.zeros([3, 2]));', expect: ['add: shapes [2, 3] and [3, 2] do not broadcast (3 vs 2)'] },
  { family: 'methods', name: 'x.mul of named dims in another order', setup: named, code: 'x.mul(y);', expect: ['mul: shapes [B=2, T=16, D=16] and [B=2, D=16, T=16] do not broadcast (D=16 vs T=16)'] },
  { family: 'methods', name: 'x.sub of float32 and int32', code: "st.zeros([2, 3]).sub(st.zeros([2, 3], 'int32'));", expect: ["sub: dtypes differ (float32 vs int32); cast one with cast(x, 'float32')"] },
  { family: 'methods', name: 'x.add across devices', setup: cpu, code: "a.add(a.to('cpu'));", expect: ["add: tensors are on different devices (default vs cpu); move one with .to('default')"] },
  { family: 'methods', name: 'x.matMul of [3, 4] and [3, 4]', code: 'st.zeros([3, 4]).matMul(st.zeros([3, 4]));', expect: ['matMul: inner dimensions differ (4 vs 3) in [3, 4] @ [3, 4]; did you mean matMul(a, b, false, true) or matMul(a, transpose(b))?'] },
  { family: 'methods', name: 'x.reshape with a wrong count', code: 'st.zeros([8, 64]).reshape([8, 60]);', expect: ['reshape: 512 elements cannot become [8, 60] (480)'] },
  { family: 'methods', name: 'x.transpose with a repeated axis', code: 'st.zeros([2, 3, 4]).transpose([0, 0, 1]);', expect: ['transpose: perm [0, 0, 1] repeats axis 0'] },
  { family: 'methods', name: 'x.sum axis out of range', code: 'st.zeros([2, 3]).sum(2);', expect: ['sum: axis 2 is out of range for [2, 3]'] },
  { family: 'methods', name: 'x.mean of int32', code: "st.zeros([2, 3], 'int32').mean();", expect: ['mean: tensor must be float32, got int32'] },
  { family: 'methods', name: 'x.exp of int32', code: "st.zeros([2], 'int32').exp();", expect: ['exp: tensor must be float32, got int32'] },
  { family: 'methods', name: 'x.softmax axis out of range', code: 'st.zeros([2, 3]).softmax(2);', expect: ['softmax: axis 2 is out of range for [2, 3]'] },
  { family: 'methods', name: 'x.expandDims axis out of range', code: 'st.zeros([2, 3]).expandDims(4);', expect: ['expandDims: axis 4 is out of range for [2, 3]'] },
  { family: 'methods', name: 'x.squeeze of a dim that is not 1', code: 'st.zeros([2, 1]).squeeze([0]);', expect: ['squeeze: axis 0 of [2, 1] has size 2, not 1'] },
  { family: 'methods', name: 'x.slice past the end', code: 'st.zeros([4, 6]).slice([3, 2], [2, -1]);', expect: ['slice: begin 3 + size 2 exceeds dim 4 at axis 0 of [4, 6]'] },
  { family: 'methods', name: 'x.gather with float indices', code: 'st.zeros([65, 8]).gather(st.zeros([4, 16]));', expect: ['gather: indices must be int32, got float32'] },
  { family: 'methods', name: 'x.tile with too few reps', code: 'st.zeros([2, 3]).tile([2]);', expect: ['tile: reps [2] has 1 entries but [2, 3] has rank 2'] },
  { family: 'methods', name: 'x.cumsum axis out of range', code: 'st.zeros([2, 3]).cumsum(-3);', expect: ['cumsum: axis -3 is out of range for [2, 3]'] },
  // The chained list ops, where, oneHot and the rest: each the sentence of its function's case above.
  { family: 'methods', name: 'x.concat of shapes that differ off the axis', code: 'st.zeros([2, 3]).concat(st.zeros([3, 5]), 1);', expect: ['concat: shapes [2, 3] and [3, 5] differ at axis 0 (2 vs 3); only the concat axis may differ'] },
  { family: 'methods', name: 'x.concat of a list with two dtypes', code: "st.zeros([2, 3]).concat([st.zeros([2, 3]), st.zeros([2, 3], 'int32')]);", expect: ['concat: dtypes differ (float32 vs int32)'] },
  { family: 'methods', name: 'x.concat axis out of range', code: 'st.zeros([2, 3]).concat(st.zeros([2, 3]), 2);', expect: ['concat: axis 2 is out of range for [2, 3]'] },
  { family: 'methods', name: 'x.stack of two shapes', code: 'st.zeros([2, 3]).stack(st.zeros([3, 2]));', expect: ['stack: shapes [2, 3] and [3, 2] differ'] },
  { family: 'methods', name: 'x.stack axis out of range', code: 'st.zeros([2, 3]).stack(st.zeros([2, 3]), 3);', expect: ['stack: axis 3 is out of range for stacking [2, 3]'] },
  { family: 'methods', name: 'x.split into parts that do not divide', code: 'st.zeros([4, 6]).split(4, 1);', expect: ['split: dim 6 at axis 1 of [4, 6] cannot split into 4 equal parts'] },
  { family: 'methods', name: 'x.split of an odd last dim in halves', code: 'st.zeros([2, 63]).split(2, -1);', expect: ['split: dim 63 at axis 1 of [2, 63] cannot split into 2 equal parts'] },
  { family: 'methods', name: 'x.where with a float condition', code: 'st.zeros([2, 3]).where(st.zeros([2, 3]), st.ones([2, 3]));', expect: ['where: condition must be bool, got float32'] },
  { family: 'methods', name: 'x.where of shapes that do not broadcast', code: "st.zeros([2, 3]).where(st.zeros([2, 3], 'bool'), st.ones([4, 3]));", expect: ['where: shapes [2, 3] and [4, 3] do not broadcast (2 vs 4)'] },
  { family: 'methods', name: 'x.where of a mask that does not fit the scores', code: "st.zeros([2, 4, 4]).where(st.zeros([3, 3], 'bool'), -1e9);", expect: ['where: shapes [3, 3] and [2, 4, 4] do not broadcast (3 vs 4)'] },
  { family: 'methods', name: 'x.where of two dtypes', code: "st.zeros([2, 3]).where(st.zeros([2, 3], 'bool'), st.ones([2, 3], 'int32'));", expect: ['where: dtypes differ (float32 vs int32)'] },
  { family: 'methods', name: 'x.oneHot of float indices', code: 'st.zeros([3]).oneHot(5);', expect: ['oneHot: indices must be int32, got float32'] },
  { family: 'methods', name: 'x.logicalAnd of a float tensor', code: "st.zeros([2]).logicalAnd(st.zeros([2], 'bool'));", expect: ['logicalAnd: tensor must be bool, got float32'] },
  { family: 'methods', name: 'x.unstack axis out of range', code: 'st.zeros([2, 3]).unstack(2);', expect: ['unstack: axis 2 is out of range for [2, 3]'] },
  { family: 'methods', name: 'x.topk with k past the last dim', code: 'st.zeros([2, 3]).topk(4);', expect: ['topk: k 4 is larger than the last dim 3 of [2, 3]'] },
  { family: 'methods', name: 'x.dropout of int32', code: "st.zeros([2], 'int32').dropout(0.1);", expect: ['dropout: tensor must be float32, got int32'] },
  { family: 'methods', name: 'x.clipByValue of bool', code: "st.zeros([2], 'bool').clipByValue(0, 1);", expect: ['clipByValue: tensor must be float32 or int32, got bool'] },
  // ---- literal facts (issue 6, causes 5 and 6): each gives the sentence its run-time twin throws
  { family: 'literal', name: 'tensor of 5 literal values in a [2, 3] shape', code: 'st.tensor([1, 2, 3, 4, 5], [2, 3]);', expect: ['tensor: 5 values cannot fill shape [2, 3] (6)'] },
  { family: 'literal', name: 'tensor of a ragged nested literal', code: 'st.tensor([[1, 2, 3], [4, 5]]);', expect: ['tensor: ragged values: 5 values, but rows like the first make [2, 3] (6)'] },
  { family: 'literal', name: 'reshape of [number, 128] to [2, 16, 65]', setup: ['declare const x: st.Tensor<[number, 128]>;'], code: 'st.reshape(x, [2, 16, 65]);', expect: ['reshape: [?, 128] cannot become [2, 16, 65]: its 2080 elements are not a multiple of 128, the product of the known dims'] },
  { family: 'literal', name: 'split with a negative size', code: 'st.split(st.zeros([2, 6]), [-2, 4], 1);', expect: ['split: size -2 in [-2, 4] is negative; only -1 (inferred) is allowed'] },
  { family: 'literal', name: 'split whose known sizes pass the dim', code: 'st.split(st.zeros([2, 6]), [-1, 8], 1);', expect: ['split: sizes [-1, 8] add up to 8 without the -1, more than axis 1 of [2, 6] (6)'] },
  { family: 'literal', name: 'split with two -1 sizes', code: 'st.split(st.zeros([2, 6]), [-1, -1], 1);', expect: ['split: sizes [-1, -1] have more than one -1'] },
  { family: 'literal', name: 'split of an odd last dim in halves', code: 'st.split(st.zeros([2, 63]), 2, -1);', expect: ['split: dim 63 at axis 1 of [2, 63] cannot split into 2 equal parts'] },
  { family: 'literal', name: 'rotaryEmbedding of an odd head dim', code: 'st.rotaryEmbedding(st.zeros([2, 4, 16, 7]));', expect: ['rotaryEmbedding: headDim must be even (RoPE rotates pairs), got 7'] },
  { family: 'literal', name: 'dimDiv of 100 by 8', code: 'st.dimDiv(100, 8);', expect: ['dimDiv: 100 is not divisible by 8'] },
  { family: 'literal', name: 'causalMaskFor with its arguments swapped', code: 'st.causalMaskFor(16, 8);', expect: ['causalMaskFor: needs 0 <= queries <= keys (integers), got 16 queries and 8 keys'] },
  { family: 'literal', name: 'causalBias with more queries than keys', code: 'st.causalBias(16, 8);', expect: ['causalBias: needs 0 <= queries <= keys (integers), got 16 queries and 8 keys'] },
  { family: 'generic', name: 'stack of two shapes through the generic signature', code: 'st.stack([st.zeros([7]), st.zeros([8])]);', expect: ['stack: shapes [7] and [8] differ'] },
  { family: 'generic', name: 'weight gradient of mismatched rows', code: 'st.matMul(st.zeros([10, 4]), st.zeros([9, 3]), true, false);', expect: ['matMul: inner dimensions differ (10 vs 9) in [10, 4] @ [9, 3]'] },

  // ---- unions: a dim that two arguments infer differently is never a valid dim (issue 6, cause 1)
  { family: 'union', name: "a user's generic dense without NoInfer", setup: ['function dense<B extends number, I extends number, O extends number>(x: st.Tensor<[B, I]>, w: st.Tensor<[I, O]>) { return st.matMul(x, w); }'], code: 'dense(st.randomNormal([32, 128]), st.randomNormal([64, 10]));', expect: ['a dim was inferred as ', ' from two arguments (or the branches of a conditional) that disagree; they must be equal'] },
  { family: 'union', name: 'a loss helper of ids [4, 64] and targets [4, 63]', setup: ["function lossOf<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>, targets: st.Tensor<[B, T], 'int32'>) { return ids.size + targets.size; }"], code: "lossOf(st.zeros([4, 64], 'int32'), st.zeros([4, 63], 'int32'));", expect: ['a dim was inferred as ', 'they must be equal'] },
  { family: 'union', name: 'a generic residual of two shapes', setup: ['function residual<L extends st.Shape, D extends number>(x: st.Tensor<[...L, D]>, y: st.Tensor<[...L, D]>) { return st.add(x, y); }'], code: 'residual(st.zeros([2, 8, 16]), st.zeros([2, 8, 32]));', expect: ['a dim was inferred as ', 'they must be equal'] },

  // ---- gradient records: an optimizer refuses a record lacking a parameter it updates (cause 5)
  { family: 'optim', name: 'apply with the gradient of w3 missing', setup: ['const w1 = st.variable(st.zeros([4, 4])); const w2 = st.variable(st.zeros([4, 4])); const w3 = st.variable(st.zeros([4]));', 'const { grads } = st.variableGrads(() => st.sum(st.add(w1, w2)), { w1, w2 });', 'const opt = new st.Adam({ learningRate: 1e-3 });'], code: 'opt.apply({ w1, w2, w3 }, grads);', expect: ["Property 'w3' is missing in type"] },

  // ---- kinds: softmax output stays probabilities through shape-only ops and annotations (cause 4)
  { family: 'kind', name: 'cross-entropy of reshaped softmax output', setup: ['const p = st.reshape(st.softmax(st.zeros([4, 16, 65])), [64, 65]);'], code: "st.sparseSoftmaxCrossEntropy(p, st.zeros([64], 'int32'));", expect: ['sparseSoftmaxCrossEntropy: expects logits, got probabilities'] },
  { family: 'kind', name: 'cross-entropy of exp(logSoftmax)', setup: ['const p = st.exp(st.logSoftmax(st.zeros([4, 65])));'], code: "st.sparseSoftmaxCrossEntropy(p, st.zeros([4], 'int32'));", expect: ['sparseSoftmaxCrossEntropy: expects logits, got probabilities'] },
  { family: 'kind', name: 'cross-entropy of the last position of softmax output', setup: ['const p = st.softmax(st.zeros([4, 16, 65]));', 'const last = st.reshape(st.slice(p, [0, 15, 0], [-1, 1, -1]), [4, 65]);'], code: "st.sparseSoftmaxCrossEntropy(last, st.zeros([4], 'int32'));", expect: ['sparseSoftmaxCrossEntropy: expects logits, got probabilities'] },
  { family: 'kind', name: 'softmax returned as a plain tensor (the Llama-from-scratch bug)', setup: ['function head<B extends number>(x: st.Tensor<[B, 10]>): st.Tensor<[B, 10]> {'], code: '  return st.softmax(x); }', expect: [`Type '"probabilities"' is not assignable to type '"values"'`] },
  { family: 'kind', name: "a user's loss wrapper given softmax output", setup: ["function myLoss<B extends number, C extends number>(z: st.Tensor<[B, C]>, y: st.Tensor<[B], 'int32'>) { return st.sparseSoftmaxCrossEntropy(z, y); }"], code: "myLoss(st.softmax(st.zeros([4, 10])), st.zeros([4], 'int32'));", expect: [`Type '"probabilities"' is not assignable to type '"values"'`] },
];

const good: GoodCase[] = [
  {
    name: "README: matMul(a, transpose(b))",
    lines: [
      'const a = st.zeros([3, 4]);',
      'const b = st.randomNormal([3, 4]);',
      'const c = st.matMul(a, st.transpose(b));',
      'const ok: Eq<typeof c, st.Tensor<[3, 3]>> = true;',
      'const viaFlag = st.matMul(a, b, false, true);',
      'const ok2: Eq<typeof viaFlag.shape, [3, 3]> = true;',
    ],
  },
  {
    name: 'named dims broadcast with plain sizes and go through linear',
    lines: [
      ...named,
      'const s = st.add(x, st.zeros([2, 16, 16]));',
      'const ok: Eq<typeof s.shape, [B, T, D]> = true;',
      'const h = st.linear(x, st.zeros([16, 32]), st.zeros([32]));',
      'const ok2: Eq<typeof h.shape, [B, T, 32]> = true;',
      'const att = st.matMul(x, x, false, true);',
      'const ok3: Eq<typeof att.shape, [B, T, T]> = true;',
    ],
  },
  {
    name: 'reshape with -1 and big products',
    lines: [
      'const r = st.reshape(st.zeros([8, 64]), [-1, 16]);',
      'const ok: Eq<typeof r.shape, [32, 16]> = true;',
      'const big = st.reshape(st.zeros([4096, 11008]), [11008, 4096]);',
      'const ok2: Eq<typeof big.shape, [11008, 4096]> = true;',
      'const inferred = st.reshape(st.zeros([4096, 11008]), [64, -1, 11008]);',
      'const ok3: Eq<typeof inferred.shape, [64, 64, 11008]> = true;',
    ],
  },
  {
    name: 'reductions, arg reductions and axes ops in range',
    lines: [
      'const s = st.sum(st.zeros([2, 3, 4]), [0, -1], true);',
      'const ok: Eq<typeof s.shape, [1, 3, 1]> = true;',
      'const m = st.mean(st.zeros([2, 3]), 1);',
      'const ok2: Eq<typeof m.shape, [2]> = true;',
      'const am = st.argMax(st.zeros([2, 3]), -1);',
      "const ok3: Eq<typeof am, st.Tensor<[2], 'int32'>> = true;",
      'const e = st.expandDims(st.zeros([2, 3]), -1);',
      'const ok4: Eq<typeof e.shape, [2, 3, 1]> = true;',
      'const q = st.squeeze(st.zeros([2, 1, 3, 1]), [1]);',
      'const ok5: Eq<typeof q.shape, [2, 3, 1]> = true;',
      'const t = st.transpose(st.zeros([2, 3, 4]), [2, 0, 1]);',
      'const ok6: Eq<typeof t.shape, [4, 2, 3]> = true;',
    ],
  },
  {
    name: 'concat, stack, split and slice in range',
    lines: [
      'const c = st.concat([st.zeros([2, 3]), st.zeros([2, 5])], 1);',
      'const ok: Eq<typeof c.shape, [2, 8]> = true;',
      'const k = st.stack([st.zeros([2, 3]), st.zeros([2, 3]), st.zeros([2, 3])], -1);',
      'const ok2: Eq<typeof k.shape, [2, 3, 3]> = true;',
      'const [p, q] = st.split(st.zeros([4, 6]), [2, 4], 1);',
      'const ok3: Eq<[typeof p.shape, typeof q.shape], [[4, 2], [4, 4]]> = true;',
      'const parts = st.split(st.zeros([4, 6]), 3, -1);',
      'const ok4: Eq<typeof parts[2]["shape"], [4, 2]> = true;',
      'const sl = st.slice(st.zeros([4, 6]), [1, 2], [2, -1]);',
      'const ok5: Eq<typeof sl.shape, [2, 4]> = true;',
    ],
  },
  {
    name: 'gather, oneHot, where, softmax and cross-entropy',
    lines: [
      "const g = st.gather(st.zeros([65, 8]), st.zeros([4, 16], 'int32'));",
      'const ok: Eq<typeof g.shape, [4, 16, 8]> = true;',
      "const h = st.oneHot(st.zeros([4, 16], 'int32'), 65);",
      "const ok2: Eq<typeof h, st.Tensor<[4, 16, 65], 'int32'>> = true;",
      "const w = st.where(st.zeros([4, 1], 'bool'), st.zeros([1, 3]), st.ones([4, 3]));",
      'const ok3: Eq<typeof w.shape, [4, 3]> = true;',
      'const logits = st.zeros([4, 16, 65]);',
      "const loss = st.sparseSoftmaxCrossEntropy(logits, st.zeros([4, 16], 'int32'));",
      'const ok4: Eq<typeof loss.shape, []> = true;',
      "const each = st.sparseSoftmaxCrossEntropy(logits, st.zeros([4, 16], 'int32'), 'none');",
      'const ok5: Eq<typeof each.shape, [4, 16]> = true;',
      'const probs = st.softmax(logits, 1);',
      'const ok6: Eq<typeof probs.shape, [4, 16, 65]> = true;',
    ],
  },
  {
    name: 'generic helpers without NoInfer accept matching arguments; kinds survive shape ops',
    lines: [
      'function dense<B extends number, I extends number, O extends number>(x: st.Tensor<[B, I]>, w: st.Tensor<[I, O]>) { return st.matMul(x, w); }',
      'const y = dense(st.randomNormal([32, 128]), st.randomNormal([128, 10]));',
      'const ok: Eq<typeof y, st.Tensor<[32, 10]>> = true;',
      'const p = st.reshape(st.softmax(st.zeros([4, 16, 65])), [64, 65]);',
      "const ok2: Eq<typeof p, st.Probabilities<[64, 65]>> = true;",
      "const lp = st.log(p);",
      "const ok3: Eq<typeof lp, st.LogProbabilities<[64, 65]>> = true;",
      "const loss = st.sparseSoftmaxCrossEntropy(lp, st.zeros([64], 'int32'));",
      'const ok4: Eq<typeof loss, st.Tensor<[]>> = true;',
      'function probsHead<B extends number>(x: st.Tensor<[B, 10]>): st.Probabilities<[B, 10]> { return st.softmax(x); }',
      'const ok5: Eq<ReturnType<typeof probsHead<2>>, st.Probabilities<[2, 10]>> = true;',
    ],
  },
  {
    name: 'the same generic forms written with methods: flatten and unflatten, rotate-half, padding mask, pair stack, expandDims',
    lines: [
      'function project<B extends number, T extends number, D extends number, O extends number>(x: st.Tensor<[B, T, D]>, w: st.Tensor<[D, O]>, b: B, t: T, o: O): st.Tensor<[B, T, O]> {',
      '  return x.reshape([-1, x.shape[2]]).matMul(w).reshape([b, t, o]);',
      '}',
      'function rotateHalf<L extends st.Shape, Dh extends number>(x: st.Tensor<[...L, Dh]>): st.Tensor<[...L, Dh]> {',
      '  const [x1, x2] = x.split(2, -1);',
      '  return x2.neg().concat(x1, -1);',
      '}',
      "function masked<B extends number, H extends number, T extends number>(m: st.Tensor<[B, 1, 1, T], 'bool'>, s: st.Tensor<[B, H, T, T]>) { return s.where(m, -1e9); }",
      'function pair<B extends number>(a: st.Tensor<[B]>, b: st.Tensor<[B]>) { return a.stack(b); }',
      'function column<L extends st.Shape, D extends number>(x: st.Tensor<[...L, D]>): st.Tensor<[...L, D, 1]> { return x.expandDims(-1); }',
      'function wgrad<T extends number, I extends number, O extends number>(x: st.Tensor<[T, I]>, dy: st.Tensor<[T, O]>) { return x.matMul(dy, true, false); }',
      'const r = rotateHalf(st.zeros([2, 16, 64]));',
      'const ok: Eq<typeof r, st.Tensor<[2, 16, 64]>> = true;',
      'const y = project(st.zeros([2, 3, 4]), st.zeros([4, 5]), 2, 3, 5);',
      'const ok2: Eq<typeof y, st.Tensor<[2, 3, 5]>> = true;',
      'const pr = pair(st.zeros([7]), st.zeros([7]));',
      'const ok3: Eq<typeof pr, st.Tensor<[2, 7]>> = true;',
      "const ms = masked(st.zeros([2, 1, 1, 8], 'bool'), st.zeros([2, 4, 8, 8]));",
      'const ok4: Eq<typeof ms, st.Tensor<[2, 4, 8, 8]>> = true;',
      'const c = column(st.zeros([2, 3]));',
      'const ok5: Eq<typeof c, st.Tensor<[2, 3, 1]>> = true;',
      'const g = wgrad(st.zeros([10, 4]), st.zeros([10, 3]));',
      'const ok6: Eq<typeof g, st.Tensor<[4, 3]>> = true;',
      "const oh = st.zeros([4, 16], 'int32').oneHot(65, 1, 0, 'float32');",
      "const ok7: Eq<typeof oh, st.Tensor<[4, 16, 65]>> = true;",
      'const [top] = st.zeros([2, 9]).topk(3).values.unstack();',
      'const ok8: Eq<typeof top, st.Tensor<[3]>> = true;',
    ],
  },
  {
    name: 'generic forms: flatten and unflatten, rotate-half, padding mask, last position, pair stack, weight gradient',
    lines: [
      'function project<B extends number, T extends number, D extends number, O extends number>(x: st.Tensor<[B, T, D]>, w: st.Tensor<[D, O]>, b: B, t: T, o: O): st.Tensor<[B, T, O]> {',
      '  return st.reshape(st.matMul(st.reshape(x, [-1, x.shape[2]]), w), [b, t, o]);',
      '}',
      'function rotateHalf<L extends st.Shape, Dh extends number>(x: st.Tensor<[...L, Dh]>): st.Tensor<[...L, Dh]> {',
      '  const [x1, x2] = st.split(x, 2, -1);',
      '  return st.concat([st.neg(x2), x1], -1);',
      '}',
      "function masked<B extends number, H extends number, T extends number>(m: st.Tensor<[B, 1, 1, T], 'bool'>, s: st.Tensor<[B, H, T, T]>) { return st.where(m, s, -1e9); }",
      'function last<B extends number, T extends number, V extends number>(x: st.Tensor<[B, T, V]>) { return st.slice(x, [0, x.shape[1] - 1, 0], [-1, 1, -1]); }',
      'function pair<B extends number>(a: st.Tensor<[B]>, b: st.Tensor<[B]>) { return st.stack([a, b]); }',
      'function wgrad<T extends number, I extends number, O extends number>(x: st.Tensor<[T, I]>, dy: st.Tensor<[T, O]>) { return st.matMul(x, dy, true, false); }',
      'function attend<B extends number, H extends number, T extends number, Dh extends number>(q: st.Tensor<[B, H, T, Dh]>) { return st.scaledDotProductAttention(q, q, q, { repeats: 1 }); }',
      'const r = rotateHalf(st.zeros([2, 16, 64]));',
      'const ok: Eq<typeof r, st.Tensor<[2, 16, 64]>> = true;',
      'const y = project(st.zeros([2, 3, 4]), st.zeros([4, 5]), 2, 3, 5);',
      'const ok2: Eq<typeof y, st.Tensor<[2, 3, 5]>> = true;',
      'const l = last(st.zeros([2, 16, 65]));',
      'const ok3: Eq<typeof l, st.Tensor<[2, 1, 65]>> = true;',
      'const pr = pair(st.zeros([7]), st.zeros([7]));',
      'const ok4: Eq<typeof pr, st.Tensor<[2, 7]>> = true;',
      'const g = wgrad(st.zeros([10, 4]), st.zeros([10, 3]));',
      'const ok5: Eq<typeof g, st.Tensor<[4, 3]>> = true;',
      "const ms = masked(st.zeros([2, 1, 1, 8], 'bool'), st.zeros([2, 4, 8, 8]));",
      'const ok6: Eq<typeof ms, st.Tensor<[2, 4, 8, 8]>> = true;',
      'const at = attend(st.zeros([2, 4, 8, 16]));',
      'const ok7: Eq<typeof at, st.Tensor<[2, 4, 8, 16]>> = true;',
      'const [p6, p4] = st.split(st.zeros([2, 10]), [-1, 4], 1);',
      'const ok8: Eq<[typeof p6, typeof p4], [st.Tensor<[2, 6]>, st.Tensor<[2, 4]>]> = true;',
    ],
  },
  {
    name: 'tensors moved to one device combine',
    lines: [
      ...cpu,
      "const s = st.add(a.to('cpu'), st.transpose(onCpu));",
      "const ok: Eq<typeof s, st.Tensor<[3, 4], 'float32', 'cpu'>> = true;",
    ],
  },
];

// ---- The red-team corpus: whole programs in type-corpus/<cause>/<name>.ts
//
// Each file is a complete program that imports the library from src/ and says in header comments
// what the compiler must do with it:
//   // expect: ok                  compiles with no error at all (under both compilers)
//   // expect: <text>              a bad program: one diagnostic, on the line that ends with `// error`,
//                                  contains every `expect:` text (under both compilers)
//   // expect-ts7: <text>          ... under TypeScript 7 only; `expect-ts5:` under TypeScript 5.9 only
//   // expect-not: <text>          ... and must not contain this text (`expect-not-ts5:` for 5.9 only)
// No other line of a bad program may have an error, and no message of a bad program may show the
// library's internals (internalNames below).
// type-corpus/known-holes.txt lists the programs that still fail (one path a line, relative to
// the corpus folder; a trailing `explosive` keeps a program that blows up the checker out of the
// default run, `--all` compiles it anyway). They are compiled and reported, but do not fail the run.

const corpusDir = path.join(root, 'type-corpus');
const holesFile = path.join(corpusDir, 'known-holes.txt');
/** Names of the library's type machinery that a user must never have to read in a message. */
const internalNames: readonly (string | RegExp)[] = ['CheckedArg', 'ErrorOf', 'DeviceCheck', 'ShapeCheck', 'Op<SizeOf<', 'RuleTensor', 'RecoveryOnly', /\bnever\b/];
/**
 * Compile-cost budget of one corpus program, as TypeScript 5.9 checks it after the library (its own
 * instantiations and check time, measured one file after another in one program). Instantiations
 * are deterministic and always checked: the budget is about 7x the largest measured (7,212 on
 * 2026-12-01), room for the type fixes to grow while a blow-up (the issue's alias of a product took
 * 96 s) fails at once. Check time varies 3x and more with the load of this shared machine (see
 * bench/compile-cost.ts): a program over the issue's 1 s is reported as slow, and fails the run only
 * past failMs, which no normal program nears (the slowest measured: about 100 ms).
 */
const perFileBudget = { instantiations: 50_000, checkMs: 1000, failMs: 5000 };
/** The compilers run as child processes and are stopped past this (a checker blow-up must not hang npm test). */
const compilerTimeoutMs = 300_000;
/** ... and the programs known to blow it up, compiled apart with --all, past this. */
const explosiveTimeoutMs = 60_000;

type Compiler = 'ts7' | 'ts5';
const compilers: readonly Compiler[] = ['ts7', 'ts5'];

interface CaseFile {
  id: string;
  label: string;
  file: string;
  /** 1-based line that must carry the error; undefined for good cases. */
  errorLine?: number;
  /** Texts the error must contain, per compiler. */
  expect: Record<Compiler, string[]>;
  /** Texts the error must not contain, per compiler (corpus programs). */
  expectNot?: Record<Compiler, string[]>;
  /** Corpus programs only: the cause folder, and whether the program is a known hole. */
  cause?: string;
  hole?: boolean;
}

function readHoles(): Map<string, { explosive: boolean }> {
  const holes = new Map<string, { explosive: boolean }>();
  if (!fs.existsSync(holesFile)) return holes;
  for (const raw of fs.readFileSync(holesFile, 'utf8').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const [rel, ...flags] = line.split(/\s+/);
    holes.set(rel, { explosive: flags.includes('explosive') });
  }
  return holes;
}

/** The corpus programs, parsed from their header comments. */
function readCorpus(holes: Map<string, { explosive: boolean }>): CaseFile[] {
  if (!fs.existsSync(corpusDir)) return [];
  const files: CaseFile[] = [];
  for (const cause of fs.readdirSync(corpusDir).sort()) {
    const dir = path.join(corpusDir, cause);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
      const file = path.join(dir, name);
      const rel = `${cause}/${name}`;
      const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
      const expect: Record<Compiler, string[]> = { ts7: [], ts5: [] };
      const expectNot: Record<Compiler, string[]> = { ts7: [], ts5: [] };
      let ok = false;
      let errorLine: number | undefined;
      lines.forEach((l, i) => {
        const m = /^\s*\/\/\s*expect(-not)?(-ts7|-ts5)?:\s*(.*?)\s*$/.exec(l);
        if (m) {
          const into = m[1] ? expectNot : expect;
          if (m[3] === 'ok' && !m[1]) ok = true;
          else for (const c of compilers) if (!m[2] || m[2] === `-${c}`) into[c].push(m[3]);
        }
        if (/\/\/\s*error\s*$/.test(l)) {
          if (errorLine !== undefined) throw new Error(`${rel}: more than one line is marked // error`);
          errorLine = i + 1;
        }
      });
      const bad = expect.ts7.length > 0 || expect.ts5.length > 0;
      if (ok === bad) throw new Error(`${rel}: needs either '// expect: ok' or '// expect: <text>' lines, not ${ok ? 'both' : 'neither'}`);
      if (bad && errorLine === undefined) throw new Error(`${rel}: a bad program must mark the line of its error with a trailing '// error'`);
      if (ok && errorLine !== undefined) throw new Error(`${rel}: a good program marks no '// error' line`);
      if (bad && (expect.ts7.length === 0 || expect.ts5.length === 0)) throw new Error(`${rel}: give an expected text for both compilers`);
      files.push({ id: rel, label: `${cause}: ${name.replace(/\.ts$/, '')}`, file, errorLine, expect, expectNot, cause, hole: holes.has(rel) });
    }
  }
  for (const rel of holes.keys()) if (!files.some((f) => f.id === rel)) throw new Error(`known-holes.txt lists ${rel}, which is not in the corpus`);
  return files;
}

// ---- Writing the project

function writeProject(dir: string, bads: BadCase[], goods: GoodCase[], corpus: CaseFile[]): CaseFile[] {
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }, null, 2));
  const tsconfig = {
    compilerOptions: {
      strict: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
      // The snippets live outside the project: find @types/node in the project's node_modules.
      typeRoots: [path.join(root, 'node_modules', '@types')],
    },
    include: ['*.ts'],
    // The corpus programs are compiled where they are (they import ../../src/index.js).
    ...(corpus.length > 0 ? { files: corpus.map((c) => c.file) } : {}),
  };
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const files: CaseFile[] = [];
  bads.forEach((c, i) => {
    const id = `bad${String(i + 1).padStart(2, '0')}`;
    const lines = [...prelude, ...(c.setup ?? []), c.code];
    const file = path.join(dir, `${id}.ts`);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    files.push({ id, label: `${c.family}: ${c.name}`, file, errorLine: lines.length, expect: { ts7: c.expect, ts5: c.expect } });
  });
  goods.forEach((c, i) => {
    const id = `good${String(i + 1).padStart(2, '0')}`;
    const file = path.join(dir, `${id}.ts`);
    fs.writeFileSync(file, [...prelude, ...c.lines].join('\n') + '\n');
    files.push({ id, label: `good: ${c.name}`, file, expect: { ts7: [], ts5: [] } });
  });
  return [...files, ...corpus];
}

// ---- Running the compilers

interface Diag {
  file: string;
  line: number;
  code: string;
  text: string;
}
/** One compiler's verdict on the whole project. */
interface Run {
  compiler: Compiler;
  name: string;
  diags: Diag[];
  /** Why the run gave no usable verdict (timed out, crashed), if it did not. */
  failure?: string;
  /** Whole-program figures (tsc 7's --extendedDiagnostics; the 5.9 worker's counts). */
  instantiations?: number;
  checkSeconds?: number;
  /** TypeScript 5.9 only: each file's own instantiations and check time, checked after the library. */
  perFile?: Record<string, { instantiations: number; ms: number }>;
}

function collect(child: ReturnType<typeof spawn>, timeoutMs: number): Promise<{ out: string; err: string; code: number | null; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => { clearTimeout(timer); resolve({ out, err, code, timedOut }); });
  });
}

/** Runs the project's tsc (TypeScript 7) once over the whole temporary project. */
async function runNativeTsc(dir: string, timeoutMs = compilerTimeoutMs): Promise<Run> {
  const child = spawn(process.execPath, [tscBin, '-p', dir, '--pretty', 'false', '--extendedDiagnostics'], { cwd: dir });
  const { out, err, timedOut } = await collect(child, timeoutMs);
  const name = `tsc ${nativeVersion()}`;
  if (timedOut) return { compiler: 'ts7', name, diags: [], failure: `timed out after ${timeoutMs / 1000} s` };
  const all = out + err;
  const field = (f: string): string | undefined => new RegExp(`^${f}:\\s+(\\S+)`, 'm').exec(all)?.[1];
  const inst = field('Instantiations');
  const check = field('Check time');
  return {
    compiler: 'ts7', name, diags: parseTscOutput(all, dir),
    instantiations: inst ? Number.parseInt(inst.replace(/,/g, ''), 10) : undefined,
    checkSeconds: check ? Number.parseFloat(check) : undefined,
  };
}
function nativeVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'typescript', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** `file(line,col): error TSxxxx: message`, continued by indented lines. */
function parseTscOutput(out: string, cwd: string): Diag[] {
  const diags: Diag[] = [];
  const head = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;
  const global = /^error (TS\d+): (.*)$/;
  let inDiag = false;
  for (const line of out.split(/\r?\n/)) {
    const m = head.exec(line);
    if (m) {
      diags.push({ file: path.resolve(cwd, m[1]), line: Number(m[2]), code: m[4], text: m[5] });
      inDiag = true;
      continue;
    }
    const g = global.exec(line);
    if (g) {
      diags.push({ file: '', line: 0, code: g[1], text: g[2] });
      inDiag = true;
      continue;
    }
    if (inDiag && /^\s+\S/.test(line) && diags.length > 0) diags[diags.length - 1].text += '\n' + line.trim();
    else inDiag = false;
  }
  return diags;
}

/**
 * The same project through TypeScript 5.9's JS compiler API, in a child process (this script with
 * --ts59-worker), so that it runs beside tsc 7, can be stopped, and has its own memory limit.
 */
async function runTs59(dir: string, caseFiles: string[], timeoutMs = compilerTimeoutMs): Promise<Run> {
  const listFile = path.join(dir, 'case-files.json');
  fs.writeFileSync(listFile, JSON.stringify(caseFiles));
  const child = spawn(process.execPath, ['--max-old-space-size=4096', ...process.execArgv, fileURLToPath(import.meta.url), '--ts59-worker', dir, listFile], { cwd: root });
  const { out, err, code, timedOut } = await collect(child, timeoutMs);
  const name = 'tsc 5.9';
  if (timedOut) return { compiler: 'ts5', name, diags: [], failure: `timed out after ${timeoutMs / 1000} s` };
  const last = out.trim().split('\n').pop() ?? '';
  if (code !== 0 || !last.startsWith('{')) return { compiler: 'ts5', name, diags: [], failure: `worker exited with ${code}: ${(err || out).slice(-2000)}` };
  return { compiler: 'ts5', ...(JSON.parse(last) as Omit<Run, 'compiler'>) };
}

/** The 5.9 worker: checks the library first, then each case file, counting what each costs. */
function ts59Worker(dir: string, listFile: string): void {
  const require = createRequire(import.meta.url);
  const ts = require('@tsd/typescript') as typeof import('@tsd/typescript');
  const configPath = path.join(dir, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dir);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  // Not in the public typings, but on every checker: the count the --extendedDiagnostics figure reads.
  const checker = program.getTypeChecker() as unknown as { getInstantiationCount(): number };
  const cases = new Set((JSON.parse(fs.readFileSync(listFile, 'utf8')) as string[]).map((f) => path.resolve(f)));
  const started = performance.now();
  for (const sf of program.getSourceFiles()) if (!sf.isDeclarationFile && !cases.has(path.resolve(sf.fileName))) program.getSemanticDiagnostics(sf);
  const perFile: Record<string, { instantiations: number; ms: number }> = {};
  for (const sf of program.getSourceFiles()) {
    const file = path.resolve(sf.fileName);
    if (!cases.has(file)) continue;
    const before = checker.getInstantiationCount();
    const t0 = performance.now();
    program.getSemanticDiagnostics(sf);
    perFile[file] = { instantiations: checker.getInstantiationCount() - before, ms: performance.now() - t0 };
  }
  const checkSeconds = (performance.now() - started) / 1000;
  const diags = ts.getPreEmitDiagnostics(program)
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d): Diag => {
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      if (!d.file || d.start === undefined) return { file: '', line: 0, code: `TS${d.code}`, text };
      const { line } = d.file.getLineAndCharacterOfPosition(d.start);
      return { file: path.resolve(d.file.fileName), line: line + 1, code: `TS${d.code}`, text };
    });
  process.stdout.write(JSON.stringify({ name: `tsc ${ts.version}`, diags, instantiations: checker.getInstantiationCount(), checkSeconds, perFile }) + '\n');
}

// ---- Checking

/** The problems of one case under one compiler; empty when it passed. */
function checkCase(c: CaseFile, run: Run): string[] {
  if (run.failure) return [`no verdict: ${run.failure}`];
  const mine = run.diags.filter((d) => d.file === c.file);
  const show = (d: Diag): string => `line ${d.line} ${d.code}: ${d.text.replace(/\n/g, '\n        ')}`;
  if (c.errorLine === undefined) return mine.map((d) => `unexpected error: ${show(d)}`);
  const problems: string[] = [];
  if (mine.length === 0) return [`no error at all (expected one on line ${c.errorLine})`];
  const expect = c.expect[run.compiler];
  const onLine = mine.filter((d) => d.line === c.errorLine);
  for (const d of mine.filter((d) => d.line !== c.errorLine)) problems.push(`error on line ${d.line}, not the marked line ${c.errorLine}: ${show(d)}`);
  if (onLine.length === 0) problems.push(`no error on line ${c.errorLine}`);
  else if (!onLine.some((d) => expect.every((s) => d.text.includes(s)))) {
    const missing = expect.filter((s) => !onLine.some((d) => d.text.includes(s)));
    problems.push(`the error lacks ${missing.map((s) => JSON.stringify(s)).join(', ') || 'all expected texts in one message'}`);
    for (const d of onLine) problems.push(`  got ${show(d)}`);
  }
  for (const s of c.expectNot?.[run.compiler] ?? []) {
    for (const d of onLine.filter((d) => d.text.includes(s))) problems.push(`the error contains ${JSON.stringify(s)}, which it must not: ${show(d)}`);
  }
  // Corpus programs also hold the messages to the issue's standard: no internals in sight.
  if (c.cause !== undefined) {
    for (const d of mine) {
      const shown = internalNames.filter((n) => (typeof n === 'string' ? d.text.includes(n) : n.test(d.text)));
      if (shown.length > 0) problems.push(`the message on line ${d.line} shows internal names (${shown.map(String).join(', ')})`);
    }
  }
  return problems;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--ts59-worker') return ts59Worker(args[1], args[2]);
  const keep = args.includes('--keep');
  const all = args.includes('--all');
  const verbose = args.includes('--verbose');
  const filter = args.find((a) => !a.startsWith('--'));
  const pick = <C extends { name: string }>(cs: C[]): C[] => (filter ? cs.filter((c) => c.name.includes(filter)) : cs);

  const started = Date.now();
  const holes = readHoles();
  const corpusAll = readCorpus(holes);
  const skipped = corpusAll.filter((c) => !all && holes.get(c.id)?.explosive);
  const corpus = corpusAll.filter((c) => !skipped.includes(c) && (!filter || c.id.includes(filter)));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shapetype-errors-'));
  try {
    // Programs that blow up the checker (explosive holes, compiled with --all) get a project of their
    // own, so that a time-out there gives no verdict on them only.
    const explosive = corpus.filter((c) => holes.get(c.id)?.explosive);
    const files = writeProject(dir, pick(bad), pick(good), corpus.filter((c) => !explosive.includes(c)));
    // The two compilers run side by side, each in its own process.
    const runs = await Promise.all([runNativeTsc(dir), runTs59(dir, files.map((f) => f.file))]);
    if (explosive.length > 0) {
      const sub = path.join(dir, 'explosive');
      fs.mkdirSync(sub);
      writeProject(sub, [], [], explosive);
      const extra = await Promise.all([runNativeTsc(sub, explosiveTimeoutMs), runTs59(sub, explosive.map((c) => c.file), explosiveTimeoutMs)]);
      extra.forEach((r, i) => {
        // A failed run of the explosive project fails its programs (below), not the whole run.
        const note = r.failure ? [{ file: '', line: 0, code: 'TIMEOUT', text: r.failure }] : [];
        runs[i].diags.push(...r.diags, ...explosive.flatMap((c) => note.map((d) => ({ ...d, file: c.file, line: 0 }))));
      });
      files.push(...explosive);
    }

    let passed = 0;
    let failed = 0;
    const holeResults: { c: CaseFile; pass: Record<Compiler, boolean> }[] = [];
    const findings: string[] = [];
    const byCause = new Map<string, { total: number; pass: Record<Compiler, number> }>();
    for (const c of files) {
      const perRun = runs.map((r) => ({ r, problems: checkCase(c, r) }));
      const problems = perRun.flatMap(({ r, problems: ps }) => ps.map((p) => `[${r.name}] ${p}`));
      if (c.cause !== undefined) {
        const s = byCause.get(c.cause) ?? { total: 0, pass: { ts7: 0, ts5: 0 } };
        s.total++;
        for (const { r, problems: ps } of perRun) if (ps.length === 0) s.pass[r.compiler]++;
        byCause.set(c.cause, s);
      }
      if (c.cause !== undefined && problems.length > 0) findings.push(finding(c, runs));
      if (c.hole) {
        holeResults.push({ c, pass: { ts7: perRun[0].problems.length === 0, ts5: perRun[1].problems.length === 0 } });
        if (verbose && problems.length > 0) for (const p of [`hole  ${c.id}`, ...problems]) console.log(`      ${p}`);
        continue;
      }
      if (problems.length === 0) {
        passed++;
        if (verbose || c.cause === undefined) console.log(`ok    ${c.id}  ${c.label}`);
      } else {
        failed++;
        console.log(`FAIL  ${c.id}  ${c.label}  (${c.file})`);
        for (const p of problems) console.log(`      ${p}`);
      }
    }
    // Errors outside the case files (in the library itself, or global ones) fail the run too.
    const known = new Set(files.map((f) => f.file));
    for (const r of runs) {
      if (r.failure) {
        failed++;
        console.log(`FAIL  [${r.name}] ${r.failure}`);
        continue;
      }
      const stray = r.diags.filter((d) => !known.has(d.file));
      if (stray.length > 0) {
        failed++;
        console.log(`FAIL  [${r.name}] errors outside the case files:`);
        for (const d of stray.slice(0, 20)) console.log(`      ${d.file || '(global)'}(${d.line}) ${d.code}: ${d.text.split('\n')[0]}`);
      }
    }

    // Compile cost of each corpus program (TypeScript 5.9, after the library).
    const ts5 = runs[1];
    if (ts5.perFile && corpus.length > 0) {
      const costs = corpus.map((c) => ({ c, ...(ts5.perFile?.[path.resolve(c.file)] ?? { instantiations: 0, ms: 0 }) }));
      const sorted = [...costs].sort((a, b) => b.instantiations - a.instantiations);
      const total = costs.reduce((n, x) => n + x.instantiations, 0);
      const slowest = [...costs].sort((a, b) => b.ms - a.ms)[0];
      console.log(`\ncompile cost per corpus program (${ts5.name}, own instantiations after the library): ` +
        `median ${fmtInt(sorted[Math.floor(sorted.length / 2)].instantiations)}, max ${fmtInt(sorted[0].instantiations)} (${sorted[0].c.id}), ` +
        `total ${fmtInt(total)}; slowest check ${slowest.ms.toFixed(0)} ms (${slowest.c.id}); budget ${fmtInt(perFileBudget.instantiations)} and ${perFileBudget.checkMs} ms per program`);
      if (verbose) for (const x of sorted.slice(0, 10)) console.log(`      ${fmtInt(x.instantiations).padStart(9)}  ${x.ms.toFixed(0).padStart(5)} ms  ${x.c.id}`);
      for (const x of costs) {
        if (x.c.hole) continue;
        if (x.instantiations > perFileBudget.instantiations || x.ms > perFileBudget.failMs) {
          failed++;
          console.log(`FAIL  ${x.c.id}: over the compile-cost budget (${fmtInt(x.instantiations)} instantiations, ${x.ms.toFixed(0)} ms check time)`);
        } else if (x.ms > perFileBudget.checkMs) {
          console.log(`slow  ${x.c.id}: ${x.ms.toFixed(0)} ms check time, over ${perFileBudget.checkMs} ms (reported only: times vary with load)`);
        }
      }
    }
    for (const r of runs) if (r.instantiations !== undefined) console.log(`${r.name}: whole project ${fmtInt(r.instantiations)} instantiations, check ${r.checkSeconds?.toFixed(2)} s`);

    if (byCause.size > 0) {
      console.log('\ncorpus by cause          total  pass ts7  pass ts5.9');
      const sum = { total: 0, ts7: 0, ts5: 0 };
      for (const [cause, s] of [...byCause].sort()) {
        console.log(`  ${cause.padEnd(22)}${String(s.total).padStart(6)}${String(s.pass.ts7).padStart(10)}${String(s.pass.ts5).padStart(12)}`);
        sum.total += s.total; sum.ts7 += s.pass.ts7; sum.ts5 += s.pass.ts5;
      }
      console.log(`  ${'all'.padEnd(22)}${String(sum.total).padStart(6)}${String(sum.ts7).padStart(10)}${String(sum.ts5).padStart(12)}`);
    }
    const holeCount = holeResults.length + skipped.length;
    if (holeCount > 0 || holes.size > 0) {
      console.log(`\nknown holes: ${holeCount} (type-corpus/known-holes.txt; --verbose shows what each prints)`);
      for (const { c, pass } of holeResults) {
        const state = pass.ts7 && pass.ts5 ? 'NOW PASSES: remove it from known-holes.txt' : `ts7 ${pass.ts7 ? 'passes' : 'fails'}, ts5.9 ${pass.ts5 ? 'passes' : 'fails'}`;
        console.log(`  ${c.id.padEnd(48)} ${state}`);
      }
      for (const c of skipped) console.log(`  ${c.id.padEnd(48)} not compiled (explosive; --all compiles it)`);
    }
    const findingsArg = args.find((a) => a.startsWith('--findings='));
    if (findingsArg) {
      const out = findingsArg.slice('--findings='.length);
      fs.writeFileSync(out, `# Corpus findings: programs that do not yet do what they should\n\n` +
        `Written by \`npx tsx scripts/check-errors.ts --all --findings=${out}\` at ${new Date().toISOString()} ` +
        `(${findings.length} of ${corpus.length} corpus programs fail under at least one compiler).\n\n${findings.join('\n')}`);
      console.log(`wrote ${findings.length} findings to ${out}`);
    }
    console.log(`\nchecked with ${runs.map((r) => r.name).join(' and ')} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    if (keep) console.log(`kept ${dir}`);
    console.log(`${passed} passed, ${failed} failed${holeCount > 0 ? `, ${holeCount} known holes` : ''}`);
    process.exitCode = failed > 0 ? 1 : 0;
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One failing corpus program as a markdown entry: what it should do, what each compiler did. */
function finding(c: CaseFile, runs: Run[]): string {
  const src = fs.readFileSync(c.file, 'utf8').split(/\r?\n/);
  const head = src.filter((l) => /^\s*\/\/\s*(cause|expect)/.test(l)).map((l) => l.replace(/^\s*\/\/\s*/, ''));
  const marked = c.errorLine !== undefined ? `line ${c.errorLine}: \`${src[c.errorLine - 1].trim()}\`` : 'none (must compile)';
  const got = runs.map((r) => {
    const mine = r.diags.filter((d) => d.file === c.file);
    const problems = checkCase(c, r);
    const shown = mine.length === 0 ? 'no error' : mine.map((d) => `line ${d.line} ${d.code}: ${clip(d.text)}`).join('\n    ');
    return `- ${r.name}: ${problems.length === 0 ? 'passes' : 'FAILS'}\n    ${shown.replace(/\n(?! {4})/g, '\n    ')}`;
  });
  return `## ${c.id}${c.hole ? ' (known hole)' : ''}\n\n${head.map((h) => `- ${h}`).join('\n')}\n- error line: ${marked}\n${got.join('\n')}\n`;
}
/** The first lines of a long message, cut to a readable length. */
function clip(text: string): string {
  const lines = text.split('\n').slice(0, 4).map((l) => (l.length > 400 ? `${l.slice(0, 400)}...` : l));
  return lines.join('\n      ');
}

const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');

await main();
