// named dims. The library's attention hands back the caller's width: a named model dim of the right size
// comes out named, so the residual add with the input keeps the name.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
type Model = st.Named<'Model', 128>;
const attention = new st.Attention(2, 2, 32, new st.SeedSequence(0), 'default');
const rope = new st.RotaryEmbedding(32, 10000, 'default');
declare const x: st.Tensor<[1, 4, Model]>;
const y = st.add(x, attention.forward(x, rope).output);
export const ok: Eq<typeof y.shape, [1, 4, Model]> = true;
