// Named dims: `Named<'T', 16>` is a 16 that remembers its name, so two dims of equal size but
// different meaning (time and model width, both 16) do not mix by accident.
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import * as st from '../src/index.js';

type B = st.Named<'B', 2>;
type T = st.Named<'T', 16>;
type D = st.Named<'D', 16>;

declare const btd: st.Tensor<[B, T, D]>;
declare const bdt: st.Tensor<[B, D, T]>;
declare const plain: st.Tensor<[2, 16, 16]>;

// ---- same sizes, different names: rejected.
expectError(st.add(btd, bdt));
expectError(st.mul(bdt, btd));
expectError(st.sub(btd, st.zeros<[B, D, T]>([2, 16, 16])));
expectError(st.where(st.zeros([2, 16, 16], 'bool'), btd, bdt));
expectError(st.concat([btd, bdt], 0));
expectError(st.stack([btd, bdt]));
expectNotAssignable<st.Tensor<[B, T, D]>>(bdt);
// The same tensor, transposed so the names line up, is accepted.
expectType<st.Tensor<[B, T, D]>>(st.add(btd, st.transpose(bdt, [0, 2, 1])));

// ---- a plain tensor of the right sizes fits a named shape, and combines with it.
expectAssignable<st.Tensor<[B, T, D]>>(plain);
expectAssignable<st.Tensor<[2, 16, 16]>>(btd);
expectType<st.Tensor<[B, T, D]>>(st.add(btd, plain));
expectType<st.Tensor<[B, T, D]>>(st.mul(btd, 2));
expectType<st.Tensor<[B, T, D]>>(st.where(st.zeros([2, 16, 16], 'bool'), btd, plain));
// Broadcasting keeps the names of the named operand.
declare const dvec: st.Tensor<[D]>;
declare const plainVec: st.Tensor<[16]>;
expectType<st.Tensor<[B, T, D]>>(st.add(btd, dvec));
expectType<st.Tensor<[B, T, D]>>(st.add(btd, plainVec));
declare const tvec: st.Tensor<[T]>;
expectError(st.add(btd, tvec)); // last dim is D, not T
// Sizes still count: a plain 8 does not fit a named 16.
expectNotAssignable<st.Tensor<[B, T, D]>>(st.zeros([2, 16, 8]));
expectError(st.add(btd, st.zeros([2, 16, 8])));

// ---- matMul: inner dims must agree by name as well as by size.
declare const td: st.Tensor<[T, D]>;
declare const dt: st.Tensor<[D, T]>;
expectType<st.Tensor<[T, T]>>(st.matMul(td, dt));
expectType<st.Tensor<[D, D]>>(st.matMul(dt, td));
expectType<st.Tensor<[T, T]>>(st.matMul(td, td, false, true));
expectError(st.matMul(td, td)); // D vs T, both 16
expectError(st.matMul(dt, dt)); // T vs D
expectError(st.matMul(td, dt, false, true)); // D vs T after transposing
// Batched: [B, T, D] @ [B, D, T] contracts D with D.
expectType<st.Tensor<[B, T, T]>>(st.matMul(btd, bdt));
declare const wDD: st.Tensor<[D, D]>;
expectType<st.Tensor<[B, T, D]>>(st.matMul(btd, wDD));
expectType<st.Tensor<[B, T, D]>>(st.linear(btd, wDD));
declare const wTD: st.Tensor<[T, D]>;
expectError(st.linear(btd, wTD)); // input's last dim is D; weight expects T

// ---- reductions and shape ops keep the names of the dims that stay.
expectType<st.Tensor<[B, T]>>(st.sum(btd, -1));
expectType<st.Tensor<[B, T, 1]>>(st.mean(btd, -1, true));
expectType<st.Tensor<[D, T, B]>>(st.transpose(btd));
expectType<st.Tensor<[B, 1, T, D]>>(st.expandDims(btd, 1));

// ---- dynamic dims (`number`) are accepted; they are checked at run time.
declare const dyn: st.Tensor<[number, number, 16]>;
expectType<st.Tensor<[B, T, D]>>(st.add(btd, dyn));
// With the dynamic operand first, the same-shape signature answers: accepted, but less precise.
expectAssignable<st.Tensor<[number, number, 16]>>(st.add(dyn, btd));
declare const dynMat: st.Tensor<[number, number]>;
expectType<st.Tensor<[B, T, number]>>(st.matMul(btd, dynMat));
expectAssignable<st.Tensor<[number, number, 16]>>(btd);
