// Creation ops: shapes inferred from values or given literally; bad sizes rejected.
import { expectError, expectType } from 'tsd';
import * as st from '../src/index.js';

// ---- tensor: nested values infer the shape (no `as const` needed: V is a const type parameter).
expectType<st.Tensor<[2, 3]>>(st.tensor([[1, 2, 3], [4, 5, 6]]));
expectType<st.Tensor<[3]>>(st.tensor([1, 2, 3]));
expectType<st.Tensor<[]>>(st.tensor(5));
expectType<st.Tensor<[2, 2, 1]>>(st.tensor([[[1], [2]], [[3], [4]]]));
// Booleans imply dtype 'bool'.
expectType<st.Tensor<[2], 'bool'>>(st.tensor([true, false]));
expectType<st.Tensor<[2, 2], 'bool'>>(st.tensor([[true, false], [false, true]]));
// Flat values plus a shape.
expectType<st.Tensor<[2, 3]>>(st.tensor([1, 2, 3, 4, 5, 6], [2, 3]));
expectType<st.Tensor<[2, 3], 'int32'>>(st.tensor([1, 2, 3, 4, 5, 6], [2, 3], 'int32'));
expectType<st.Tensor<[3], 'int32'>>(st.tensor([0, 1, 2], [3], 'int32'));
expectType<st.Tensor<[4]>>(st.tensor(new Float32Array(4), [4]));
// A typed array without a shape has a length the compiler does not know.
expectType<st.Tensor<[number]>>(st.tensor(new Float32Array(4)));
// Values of unknown length: the dim is dynamic.
declare const xs: number[];
expectType<st.Tensor<[number]>>(st.tensor(xs));
// A shape with a bad size is rejected.
expectError(st.tensor([1, 2, 3, 4], [-2, -2]));
expectError(st.tensor([1, 2], [0.5, 4]));

// ---- scalar
expectType<st.Tensor<[]>>(st.scalar(3));
expectType<st.Tensor<[], 'int32'>>(st.scalar(3, 'int32'));
expectType<st.Tensor<[], 'bool'>>(st.scalar(true, 'bool'));
// A boolean value implies dtype 'bool', as at run time.
expectType<st.Tensor<[], 'bool'>>(st.scalar(true));
expectType<st.Tensor<[], 'bool'>>(st.scalar(false));

// ---- zeros, ones, fill
expectType<st.Tensor<[3, 4]>>(st.zeros([3, 4]));
expectType<st.Tensor<[]>>(st.zeros([]));
expectType<st.Tensor<[2, 0, 5]>>(st.zeros([2, 0, 5]));
expectType<st.Tensor<[3, 4], 'int32'>>(st.zeros([3, 4], 'int32'));
expectType<st.Tensor<[3, 4], 'bool'>>(st.zeros([3, 4], 'bool'));
expectType<st.Tensor<[4096, 11008]>>(st.zeros([4096, 11008]));
expectType<st.Tensor<[2, 5]>>(st.ones([2, 5]));
expectType<st.Tensor<[2, 5], 'int32'>>(st.ones([2, 5], 'int32'));
expectType<st.Tensor<[2, 2]>>(st.fill([2, 2], 7));
expectType<st.Tensor<[2, 2], 'int32'>>(st.fill([2, 2], 7, 'int32'));
// A dim only known at run time stays `number`.
declare const n: number;
expectType<st.Tensor<[number, 4]>>(st.zeros([n, 4]));

// ---- random
expectType<st.Tensor<[3, 4]>>(st.randomNormal([3, 4]));
expectType<st.Tensor<[3, 4]>>(st.randomNormal([3, 4], 0, 0.02, 'float32', 42));
expectType<st.Tensor<[8]>>(st.randomUniform([8], -1, 1));
expectType<st.Tensor<[8, 2]>>(st.truncatedNormal([8, 2], 0, 1, 'float32', 1));
// Random ops make float32 only.
expectError(st.randomNormal([3, 4], 0, 1, 'int32'));
expectError(st.randomUniform([3, 4], 0, 1, 'int32'));

// ---- range: the length is computed from literals.
expectType<st.Tensor<[10]>>(st.range(0, 10));
expectType<st.Tensor<[3]>>(st.range(2, 11, 3));
expectType<st.Tensor<[4]>>(st.range(2, 10, 2));
expectType<st.Tensor<[0]>>(st.range(5, 5));
expectType<st.Tensor<[0]>>(st.range(10, 0));
expectType<st.Tensor<[10], 'int32'>>(st.range(0, 10, 1, 'int32'));
// Non-literal or negative/fractional bounds give a dynamic length.
expectType<st.Tensor<[number]>>(st.range(0, n));
expectType<st.Tensor<[number]>>(st.range(10, 0, -1));
expectType<st.Tensor<[number]>>(st.range(0, 1, 0.25));
expectError(st.range(0, 10, 1, 'bool'));

// ---- negative and fractional dims are rejected.
expectError(st.zeros([-1, 4]));
expectError(st.zeros([3, -4]));
expectError(st.zeros([2.5, 4]));
expectError(st.ones([-3]));
expectError(st.ones([1.5]));
expectError(st.fill([-2, 2], 0));
expectError(st.fill([2, 0.1], 0));
expectError(st.randomNormal([-1]));
expectError(st.randomUniform([0.5]));
expectError(st.truncatedNormal([4, -4]));

// ---- the expected type must not steer what a creation op returns: dtype, device and the inferred
// shape come from the arguments only (before NoInfer, `const t: Tensor<[3], 'int32'> = zeros([3])`
// compiled and held float32 data).
declare function expecting<T>(x: T): T;
expectError(expecting<st.Tensor<[3], 'int32'>>(st.zeros([3])));
expectError(expecting<st.Tensor<[3], 'float32', 'cpu'>>(st.ones([3])));
expectError(expecting<st.Tensor<[4]>>(st.tensor([1, 2])));
expectError(expecting<st.Tensor<[2], 'int32'>>(st.tensor([1, 2])));
expectError(expecting<st.Tensor<[], 'int32'>>(st.scalar(1)));
expectError(expecting<st.Tensor<[2], 'int32'>>(st.fill([2], 1)));
expectError(expecting<st.Tensor<[2], 'float32', 'cpu'>>(st.randomNormal([2])));
expectError(expecting<st.Tensor<[5], 'int32'>>(st.range(0, 5)));
// range(0, 10) must not infer step 10 from an expected [1].
expectError(expecting<st.Tensor<[1]>>(st.range(0, 10)));
expectType<st.Tensor<[10]>>(expecting<st.Tensor<[10]>>(st.range(0, 10)));

// ---- the Tensor's own members follow its type.
declare const t23: st.Tensor<[2, 3]>;
declare const b2: st.Tensor<[2], 'bool'>;
declare const i0: st.Tensor<[], 'int32'>;
expectType<[2, 3]>(t23.shape);
expectType<'float32'>(t23.dtype);
expectType<2>(t23.rank);
expectType<'default'>(t23.device);
expectType<number[][]>(t23.arraySync());
expectType<Promise<number[][]>>(t23.array());
expectType<Float32Array>(t23.dataSync());
expectType<Promise<Uint8Array>>(b2.data());
expectType<boolean[]>(b2.arraySync());
expectType<number>(i0.arraySync());
expectType<Int32Array>(i0.dataSync());
expectType<number>(i0.item());
expectType<boolean>(st.scalar(true).item());
