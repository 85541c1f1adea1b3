// Devices: a tensor's device is in its type; ops refuse to mix tensors of two devices.
import { expectError, expectType } from 'tsd';
import * as st from '../src/index.js';

declare const x: st.Tensor<[2, 3]>;
declare const w: st.Tensor<[3, 4]>;
declare const xi: st.Tensor<[2, 3], 'int32'>;
declare const ids: st.Tensor<[5], 'int32'>;
declare const table: st.Tensor<[10, 3]>;
declare const mask: st.Tensor<[2, 3], 'bool'>;

// ---- to(): same shape and dtype, new device.
const xc = x.to('cpu');
expectType<st.Tensor<[2, 3], 'float32', 'cpu'>>(xc);
expectType<st.Tensor<[2, 3], 'int32', 'cpu'>>(xi.to('cpu'));
expectType<st.Tensor<[2, 3], 'float32', 'wasm'>>(x.to('wasm'));
expectType<st.Tensor<[2, 3]>>(xc.to('default'));
expectType<'cpu'>(xc.device);
expectType<'default'>(x.device);
expectError(x.to('tpu'));

// ---- ops on one device keep it.
const wc = w.to('cpu');
expectType<st.Tensor<[2, 3], 'float32', 'cpu'>>(st.add(xc, xc));
expectType<st.Tensor<[2, 3], 'float32', 'cpu'>>(st.mul(xc, 2));
expectType<st.Tensor<[2, 4], 'float32', 'cpu'>>(st.matMul(xc, wc));
expectType<st.Tensor<[2, 4], 'float32', 'cpu'>>(st.linear(xc, wc));
expectType<st.Tensor<[2, 3], 'float32', 'cpu'>>(st.exp(xc));
expectType<st.Tensor<[3], 'float32', 'cpu'>>(st.sum(xc, 0));
expectType<st.Tensor<[3, 2], 'float32', 'cpu'>>(st.transpose(xc));
expectType<st.Tensor<[4, 3], 'float32', 'cpu'>>(st.concat([xc, xc]));
expectType<st.Tensor<[5, 3], 'float32', 'cpu'>>(st.gather(table.to('cpu'), ids.to('cpu')));
expectType<st.Tensor<[2, 3], 'float32', 'cpu'>>(st.where(mask.to('cpu'), xc, xc));
expectType<st.Probabilities<[2, 3], 'cpu'>>(st.softmax(xc));
expectType<st.Tensor<[2, 3], 'bool', 'cpu'>>(st.less(xc, 0));

// ---- mixing 'default' and 'cpu' is rejected.
expectError(st.add(x, xc));
expectError(st.add(xc, x));
expectError(st.sub(st.zeros([3]), st.zeros([3], 'float32', 'cpu')));
expectError(st.mul(st.zeros([2, 3, 4]), st.zeros([4], 'float32', 'cpu'))); // broadcasting overloads too
expectError(st.equal(x, xc));
expectError(st.logicalAnd(mask, mask.to('cpu')));
expectError(st.matMul(x, wc));
expectError(st.matMul(xc, w));
expectError(st.matMul(st.zeros([2, 3, 4]), st.zeros([4, 5], 'float32', 'cpu')));
expectError(st.linear(x, wc));
expectError(st.linear(xc, w));
expectError(st.linear(x, w, st.zeros([4], 'float32', 'cpu')));
expectError(st.concat([x, xc]));
expectError(st.concat([xc, x], 0));
expectError(st.stack([x, xc]));
expectError(st.gather(table, ids.to('cpu')));
expectError(st.gather(table.to('cpu'), ids));
expectError(st.where(mask, x, xc));
expectError(st.where(mask, xc, x));
expectError(st.where(mask.to('cpu'), x, x));
expectError(st.sparseSoftmaxCrossEntropy(x, st.zeros([2], 'int32', 'cpu')));

// ---- creation with a device argument.
expectType<st.Tensor<[2, 2], 'float32', 'cpu'>>(st.zeros([2, 2], 'float32', 'cpu'));
expectType<st.Tensor<[2, 2], 'int32', 'cpu'>>(st.ones([2, 2], 'int32', 'cpu'));
expectType<st.Tensor<[2], 'float32', 'cpu'>>(st.fill([2], 1, 'float32', 'cpu'));
expectType<st.Tensor<[2, 2], 'float32', 'cpu'>>(st.tensor([[1, 2], [3, 4]], [2, 2], 'float32', 'cpu'));
expectType<st.Tensor<[4], 'int32', 'cpu'>>(st.tensor([1, 2, 3, 4], [4], 'int32', 'cpu'));
expectType<st.Tensor<[], 'float32', 'cpu'>>(st.scalar(1, 'float32', 'cpu'));
expectType<st.Tensor<[3], 'float32', 'cpu'>>(st.randomNormal([3], 0, 1, 'float32', undefined, 'cpu'));
expectType<st.Tensor<[3], 'float32', 'cpu'>>(st.randomUniform([3], 0, 1, 'float32', 1, 'cpu'));
expectType<st.Tensor<[3], 'float32', 'cpu'>>(st.truncatedNormal([3], 0, 1, 'float32', 1, 'cpu'));
expectType<st.Tensor<[5], 'int32', 'cpu'>>(st.range(0, 5, 1, 'int32', 'cpu'));
expectType<st.Tensor<[4, 4], 'bool', 'cpu'>>(st.causalMask(4, 'cpu'));
// Created on cpu, it mixes with cpu tensors but not with default ones.
expectType<st.Tensor<[2, 3], 'float32', 'cpu'>>(st.add(xc, st.ones([3], 'float32', 'cpu')));
expectError(st.add(x, st.ones([3], 'float32', 'cpu')));
expectError(st.zeros([2], 'float32', 'gpu'));

// ---- backends.
expectType<Promise<st.BackendName>>(st.setBackend('cpu'));
// Only known backend names compile; text from a flag goes through backendName (checked at run time).
expectError(st.setBackend('nope'));
expectError(st.setBackend('wasm ' as string));
expectType<st.BackendName>(st.backendName('cpu' as string));
expectType<st.BackendName>(st.getDefaultBackend());
expectType<Promise<void>>(st.initDevice('cpu'));
expectError(st.initDevice('default'));
expectType<string>(xc.backend);

// ---- a user's helper generic over the device or dtype infers one from its first tensor, not a union of two.
function mix<S extends st.Shape, Dev extends st.Device>(a: st.Tensor<S, 'float32', Dev>, b: st.Tensor<S, 'float32', Dev>) {
  return st.add(a, b);
}
function combine<S extends st.Shape, D extends st.NumericDType>(a: st.Tensor<S, D>, b: st.Tensor<S, D>) {
  return st.mul(a, b);
}
function either(t: st.Tensor<st.Shape, 'float32' | 'int32', st.Device>): st.Tensor<st.Shape, 'float32' | 'int32', st.Device> {
  return t;
}
expectError(mix(x, xc));
expectError(mix(xc, x));
expectType<st.Tensor<[2, 3], 'float32', 'cpu'>>(mix(xc, xc));
expectError(combine(x, xi));
expectType<st.Tensor<[2, 3], 'int32'>>(combine(xi, xi));
declare const chosen: st.Tensor<[2, 3], 'float32' | 'int32', 'cpu' | 'default'>;
expectType<st.Tensor<[2, 3]>>(combine(st.cast(chosen.to('default'), 'float32'), x));
either(x);
either(xi);
either(xc);
either(chosen);
