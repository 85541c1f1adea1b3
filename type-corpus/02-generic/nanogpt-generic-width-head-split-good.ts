// cause: 2 generic code. nanoGPT's CausalSelfAttention generic over the width C (not declared a product): q, k, v
// split from c_attn's output, each q.view(B, T, n_head, C // n_head) (c / nh is a number: a run-time head size,
// checked when it runs); the heads attend and merge back with view(B, T, C).
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function attend<B extends number, T extends number, C extends number, H extends number>(x: st.Tensor<[B, T, C]>, cAttn: st.Linear<C, st.Mul<3, C>>, nHead: H) {
  const [b, t, c] = x.shape;
  const [q, k, v] = st.split(cAttn.forward(x), 3, -1);
  const heads = (z: st.Tensor<[B, T, C]>) => st.transpose(z.reshape([b, t, nHead, c / nHead]), [0, 2, 1, 3]);
  const y = st.scaledDotProductAttention(heads(q), heads(k), heads(v), { repeats: 1 });
  return st.reshape(st.transpose(y, [0, 2, 1, 3]), [b, t, c]);
}
const y = attend(st.randomNormal([2, 5, 32]), new st.Linear(32, 96, new st.SeedSequence(0), 'default'), 4);
export const ok: Eq<typeof y.shape, [2, 5, 32]> = true;
