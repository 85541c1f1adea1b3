// gather. Token and position embeddings looked up and added: [B, T, D] + [T, D].
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const tokTable = st.randomNormal([65, 32]);
const posTable = st.randomNormal([64, 32]);
const ids = st.zeros([4, 16], 'int32');
const h = st.add(st.gather(tokTable, ids), st.gather(posTable, st.range(0, 16, 1, 'int32')));
export const ok: Eq<typeof h.shape, [4, 16, 32]> = true;
