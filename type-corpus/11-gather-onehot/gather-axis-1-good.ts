// gather. Picking the logit of each label along axis 1 of [B, C] with indices [B, 1]: gather on another axis.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const table = st.randomNormal([10, 4]);
const cols = st.gather(table, st.zeros([3], 'int32'), 1);
export const ok: Eq<typeof cols.shape, [10, 3]> = true;
const hot = st.oneHot(st.zeros([4, 16], 'int32'), 65, 1, 0, 'float32');
export const ok2: Eq<typeof hot, st.Tensor<[4, 16, 65]>> = true;
