// broadcasting. The same mask reshaped to [B, 1, 1, T] broadcasts over heads and queries.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const scores = st.randomNormal([2, 4, 16, 16]);
const padding = st.reshape(st.zeros([2, 16]), [2, 1, 1, 16]);
const masked = st.add(scores, padding);
export const ok: Eq<typeof masked.shape, [2, 4, 16, 16]> = true;
