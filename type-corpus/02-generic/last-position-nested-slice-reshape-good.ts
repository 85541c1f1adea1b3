// cause: 2 generic code. A sampler takes the last position's logits as PyTorch's logits[:, -1, :] written in one
// expression, reshape(slice(logits, [0, t - 1, 0], [-1, 1, -1]), [b, v]): the slice's size 1 stays 1 inside the
// outer call, so the reshape drops it; then temperature and the next token.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function nextToken<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>, temperature: number) {
  const [b, t, v] = logits.shape;
  const last = st.reshape(st.slice(logits, [0, t - 1, 0], [-1, 1, -1]), [b, v]);
  const viaMethod = st.div(logits.slice([0, t - 1, 0], [-1, 1, -1]).reshape([b, v]), temperature);
  return { last, ids: st.multinomial(viaMethod, 1, 0) };
}
const out = nextToken(st.randomNormal([2, 7, 65]), 0.8);
export const ok: Eq<[typeof out.last.shape, typeof out.ids.shape], [[2, 65], [2, 1]]> = true;
