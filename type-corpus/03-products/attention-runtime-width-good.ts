// cause: 3 products. A width known only at run time (read from data) goes into the library's attention and is
// checked there at run time, as `number` dims are everywhere; the output keeps the caller's `number`.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const attention = new st.Attention(2, 2, 32, new st.SeedSequence(0), 'default');
const rope = new st.RotaryEmbedding(32, 10000, 'default');
declare const loaded: st.Tensor<[1, 4, number]>;
const y = attention.forward(loaded, rope).output;
export const ok: Eq<typeof y.shape, [1, 4, number]> = true;
