// cause: 1 union inference. The same dense helper called right: its result has the exact type.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function dense<B extends number, I extends number, O extends number>(x: st.Tensor<[B, I]>, w: st.Tensor<[I, O]>, b: st.Tensor<[O]>) {
  return st.add(st.matMul(x, w), b);
}

const y = dense(st.randomNormal([32, 128]), st.randomNormal([128, 10]), st.zeros([10]));
export const ok: Eq<typeof y.shape, [32, 10]> = true;
const z = dense(st.relu(y), st.randomNormal([10, 3]), st.zeros([3]));
export const ok2: Eq<typeof z.shape, [32, 3]> = true;
