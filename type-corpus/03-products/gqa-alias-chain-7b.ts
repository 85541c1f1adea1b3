// cause: 3 products. A 7B-sized grouped-query layout through the user's aliases: 8 kv heads x 4 x 128 = 4096.
// expect: ok
import * as st from '../../src/index.js';

type Heads<KV extends number, Rep extends number> = st.Mul<KV, Rep>;
type Dim<KV extends number, Rep extends number, Dh extends number> = st.Mul<Heads<KV, Rep>, Dh>;
type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
export const ok: Eq<Dim<8, 4, 128>, 4096> = true;
const x: st.Tensor<[1, 16, Dim<8, 4, 128>]> = st.zeros([1, 16, 4096]);
export const heads = st.splitLastDim(x, st.dimMul(8, 4), 128);
