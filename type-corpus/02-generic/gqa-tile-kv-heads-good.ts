// cause: 2 generic code. Grouped-query attention in generic code with the key/value heads repeated by tiling
// along the heads axis (`k.repeat(1, n_rep, 1, 1)`, a layout some ports use in place of repeat_interleave):
// [B, KV, T, Dh] tiled by [1, rep, 1, 1] is [B, Mul<KV, Rep>, T, Dh], the query heads when H is Mul<KV, Rep>.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function gqaScores<B extends number, KV extends number, Rep extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, st.Mul<KV, Rep>, T, Dh]>, k: st.Tensor<[B, KV, T, Dh]>, rep: Rep,
) {
  const keys = st.tile(k, [1, rep, 1, 1]);
  return st.softmax(st.div(st.matMul(q, keys, false, true), Math.sqrt(k.shape[3])));
}
const scores = gqaScores<2, 2, 4, 8, 16>(st.randomNormal([2, 8, 8, 16]), st.randomNormal([2, 2, 8, 16]), 4);
export const shape: Eq<typeof scores.shape, [2, 8, 8, 8]> = true;
