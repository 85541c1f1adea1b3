// Autodiff, variables and optimizers: gradients have their inputs' types; updates keep shapes.
import { expectAssignable, expectError, expectType } from 'tsd';
import * as st from '../src/index.js';

declare const x: st.Tensor<[2, 3]>;
declare const b: st.Tensor<[3]>;
declare const xi: st.Tensor<[2, 3], 'int32'>;

// ---- grad / valueAndGrad: one argument.
const g = st.grad((t: st.Tensor<[2, 3]>) => st.sum(st.square(t)));
expectType<(x: st.Tensor<[2, 3]>) => st.Tensor<[2, 3]>>(g);
expectType<st.Tensor<[2, 3]>>(g(x));
expectError(g(st.zeros([3, 2])));
const vg = st.valueAndGrad((t: st.Tensor<[4, 8]>) => st.mean(st.exp(t)));
expectType<{ value: st.Tensor<[]>; grad: st.Tensor<[4, 8]> }>(vg(st.zeros([4, 8])));
// The function must return a scalar loss.
expectError(st.grad((t: st.Tensor<[2, 3]>) => st.square(t)));
expectError(st.grad((t: st.Tensor<[2, 3]>) => st.sum(t, -1)));
expectError(st.valueAndGrad((t: st.Tensor<[2, 3]>) => st.sum(st.cast(t, 'int32'))));

// ---- grads / valueAndGrads: a tuple of inputs, gradients in the same order and types.
const gs = st.grads((w, v) => st.sum(st.add(w, v)), [x, b]);
expectType<readonly [st.Tensor<[2, 3]>, st.Tensor<[3]>]>(gs);
expectType<st.Tensor<[2, 3]>>(gs[0]);
expectType<st.Tensor<[3]>>(gs[1]);
const vgs = st.valueAndGrads((w, v) => st.mean(st.mul(w, v)), [x, b]);
expectType<st.Tensor<[]>>(vgs.value);
expectType<readonly [st.Tensor<[2, 3]>, st.Tensor<[3]>]>(vgs.grads);
// The inputs are typed from the list: using them wrongly inside f is an error.
expectError(st.grads((w, v) => st.sum(st.matMul(w, v)), [x, b]));
// Gradients need float32 inputs and a scalar loss.
expectError(st.grads((w) => st.sum(st.cast(w, 'float32')), [xi]));
expectError(st.grads((w) => st.square(w), [x]));
// Gradients keep the device.
const xc = x.to('cpu');
expectType<readonly [st.Tensor<[2, 3], 'float32', 'cpu'>]>(st.grads((w) => st.sum(w), [xc]));

// ---- variables: a Variable<S> is a tensor of shape S whose values can be assigned.
const w = st.variable(x);
expectType<st.Variable<[2, 3]>>(w);
expectType<st.Variable<[2, 3], 'int32'>>(st.variable(xi));
expectType<st.Variable<[2, 3], 'float32', 'cpu'>>(st.variable(xc));
expectType<st.Variable<[2, 3]>>(st.variable(x, false, 'frozen'));
expectAssignable<st.Tensor<[2, 3]>>(w);
expectType<st.Tensor<[2, 3]>>(st.add(w, x)); // a variable combines with default-device tensors
expectType<string>(w.name);
expectType<boolean>(w.trainable);
w.assign(st.zeros([2, 3]));
w.assign(st.add(w, 1));
expectError(w.assign(st.zeros([3, 2])));
expectError(w.assign(st.zeros([6])));
expectError(w.assign(st.zeros([2, 3], 'int32')));
expectError(w.assign(st.zeros([2, 3], 'float32', 'cpu')));

// ---- variableGrads: gradients keyed like the variables.
const bv = st.variable(b);
const vgr = st.variableGrads(() => st.sum(st.add(w, bv)), { w, b: bv });
expectType<st.Tensor<[]>>(vgr.value);
expectType<st.Tensor<[2, 3]>>(vgr.grads.w);
expectType<st.Tensor<[3]>>(vgr.grads.b);
// One alias for the record variableGrads returns and apply takes (its sentence prints where a gradient is missing).
expectType<st.Gradients<st.GradientsSentence, { w: st.Variable<[2, 3]>; b: st.Variable<[3]> }>>(vgr.grads);
expectAssignable<{ w: st.Tensor<[2, 3]>; b: st.Tensor<[3]> }>(vgr.grads);
expectAssignable<typeof vgr.grads>({ w: st.zeros([2, 3]), b: st.zeros([3]) });
expectError(vgr.grads.c);
// Only variables can be differentiated by name; plain tensors are not trainable state.
expectError(st.variableGrads(() => st.sum(x), { x }));
expectError(st.variableGrads(() => st.sum(w, -1), { w }));

// ---- optimizers: apply(params, grads) with grads keyed and shaped like params.
const params = { w, b: bv };
const sgd = new st.SGD({ learningRate: 0.1, momentum: 0.9 });
const adam = new st.Adam({ learningRate: 1e-3, beta1: 0.9, beta2: 0.95 });
const adamw = new st.AdamW({ learningRate: 1e-3, weightDecay: 0.1, decays: (_name, shape) => shape.length >= 2 });
expectType<void>(sgd.apply(params, vgr.grads));
expectType<void>(adam.apply(params, vgr.grads));
expectType<void>(adamw.apply(params, vgr.grads));
expectAssignable<st.Optimizer>(adamw);
// A gradient record lacking a parameter is refused (that parameter would silently stop training);
// to update a subset, pass that subset of the parameters.
expectError(adam.apply(params, { w: vgr.grads.w }));
adam.apply({ w }, { w: vgr.grads.w });
// Gradients of the wrong shape, dtype or name, and params that are not variables, are rejected.
expectError(adam.apply(params, { w: st.zeros([3, 2]) }));
expectError(adam.apply(params, { b: st.zeros([2]) }));
expectError(adam.apply(params, { w: st.zeros([2, 3], 'int32') }));
expectError(adam.apply(params, { v: st.zeros([2, 3]) }));
expectError(adam.apply({ x }, { x }));
expectError(new st.SGD({}));
expectType<st.OptimizerState>(adam.getState());
adam.setState(adam.getState());

// ---- clipByGlobalNorm keeps the record type of the gradients.
const clipped = st.clipByGlobalNorm(vgr.grads, 1.0);
expectType<typeof vgr.grads>(clipped.grads);
expectType<number>(clipped.norm);
adam.apply(params, clipped.grads);
expectType<{ a: st.Tensor<[4]>; c: st.Tensor<[2, 2], 'float32', 'cpu'> }>(
  st.clipByGlobalNorm({ a: st.zeros([4]), c: st.zeros([2, 2], 'float32', 'cpu') }, 5).grads,
);
expectError(st.clipByGlobalNorm({ a: xi }, 1));

// ---- memory scopes keep types.
expectType<st.Tensor<[2, 3]>>(st.tidy(() => st.add(x, x)));
expectType<{ a: st.Tensor<[2, 3]>; n: number }>(st.tidy(() => ({ a: st.exp(x), n: 1 })));
expectType<st.Tensor<[2, 3]>>(st.keep(x));
expectType<st.Variable<[2, 3]>>(st.keep(w));
expectType<void>(st.dispose([x, { b }]));
expectType<{ numTensors: number; numBytes: number }>(st.memory());
expectError(st.keep(1));
