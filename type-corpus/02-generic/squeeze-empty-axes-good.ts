// cause: 2 generic code (squeeze). A pooling helper that squeezes the axes it pooled over, computed from a flag:
// when nothing was pooled the list is empty, and squeeze([]) removes no axis (as at run time), generic dims too.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function keep<B extends number, D extends number>(x: st.Tensor<[B, 1, D], 'float32', 'default', 'probabilities'>) {
  const same = st.squeeze(x, []);
  const chained = x.squeeze([]);
  const kept: Eq<typeof same, st.Tensor<[B, 1, D], 'float32', 'default', 'probabilities'>> = true;
  const dropped = st.squeeze(x, [1]);
  return { same, chained, kept, dropped };
}
export const out = keep(st.softmax(st.zeros([2, 1, 4])));
const lit = st.squeeze(st.zeros([2, 1, 3]), []);
export const literal: Eq<typeof lit, st.Tensor<[2, 1, 3]>> = true;
