// training. grad and valueAndGrad of one-argument functions keep the argument's type.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const f = (x: st.Tensor<[4, 4]>) => st.sum(st.square(x));
const g = st.grad(f)(st.ones([4, 4]));
export const ok: Eq<typeof g.shape, [4, 4]> = true;
const { value, grad } = st.valueAndGrad(f)(st.ones([4, 4]));
export const ok2: Eq<[typeof value.shape, typeof grad.shape], [[], [4, 4]]> = true;
