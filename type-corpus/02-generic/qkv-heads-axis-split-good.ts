// cause: 2 generic code. Attention whose projection is reshaped to [B, 3 x H, T, Dh] first (heads moved
// forward, then q, k and v taken as three groups of heads): the split into three along axis 1, a middle
// axis of rank 4, gives three [B, H, T, Dh].
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function attend<B extends number, H extends number, T extends number, Dh extends number>(packed: st.Tensor<[B, st.Mul<3, H>, T, Dh]>) {
  const [q, k, v] = st.split(packed, 3, 1);
  return st.scaledDotProductAttention(q, k, v, { repeats: 1 });
}
const out = attend<2, 4, 8, 16>(st.randomNormal([2, 12, 8, 16]));
export const shape: Eq<typeof out.shape, [2, 4, 8, 16]> = true;
