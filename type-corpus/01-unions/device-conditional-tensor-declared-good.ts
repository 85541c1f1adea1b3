// cause: 1 union inference. The same choices declared where the values are made: the device moved to with one
// variable (`.to(device)`), or the conditional's type written as the union it means; a dtype chosen between two
// tensors likewise, then cast. Every op infers the union and the run time checks it.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const useCpu = process.argv.includes('--cpu');
const device = useCpu ? 'cpu' : 'default';
const batch = st.randomNormal([4, 16]);
const moved = st.relu(batch.to(device));
export const movedType: Eq<typeof moved, st.Tensor<[4, 16], 'float32', 'cpu' | 'default'>> = true;
const input: st.Tensor<[4, 16], 'float32', 'cpu' | 'default'> = useCpu ? batch.to('cpu') : batch;
export const total = st.sum(st.relu(input));
const counts = st.oneHot(st.zeros([4], 'int32'), 16);
const either: st.Tensor<[4, 16], 'float32' | 'int32'> = useCpu ? counts : batch;
const asFloat = st.cast(either, 'float32');
export const castType: Eq<typeof asFloat, st.Tensor<[4, 16]>> = true;
