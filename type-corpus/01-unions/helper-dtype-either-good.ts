// cause: 1 union inference. Unions written on purpose keep working: a logging helper typed for either dtype
// takes float32 and int32 tensors, a generic helper called with one dtype (or with one run-time choice on both
// sides) infers it, and a helper generic over the device takes two tensors on one device.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function summary<S extends st.Shape>(t: st.Tensor<S, 'float32' | 'int32', st.Device>): string {
  return `${t.dtype} ${t.shape.join('x')}: mean ${st.mean(st.cast(t, 'float32')).item().toFixed(3)}`;
}
function residual<S extends st.Shape, D extends st.NumericDType>(x: st.Tensor<S, D>, skip: st.Tensor<S, D>) {
  return st.add(x, skip);
}
function gated<S extends st.Shape, Dev extends st.Device>(h: st.Tensor<S, 'float32', Dev>, gate: st.Tensor<S, 'float32', Dev>) {
  return st.mul(st.silu(gate), h);
}

const hidden = st.randomNormal([8, 64]);
const counts = st.oneHot(st.zeros([8], 'int32'), 64);
export const lines = [summary(hidden), summary(counts), summary(hidden.to('cpu'))];
const doubled = residual(counts, counts);
export const intSum: Eq<typeof doubled, st.Tensor<[8, 64], 'int32'>> = true;
const asCounts = process.argv.includes('--counts');
const a = st.zeros([8, 64], asCounts ? 'int32' : 'float32');
const b = st.ones([8, 64], asCounts ? 'int32' : 'float32');
export const chosen = residual(a, b);
const onCpu = gated(hidden.to('cpu'), st.zeros([8, 64], 'float32', 'cpu'));
export const cpuOut: Eq<typeof onCpu, st.Tensor<[8, 64], 'float32', 'cpu'>> = true;
