// cause: 11 gather (a table of rank 3), good. Residual vector quantisation's decode: codes [B, T] index a stack
// of [K, Q, D] codebooks (K entries, Q quantisers), giving [B, T, Q, D], summed over the quantisers.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function decode<B extends number, T extends number, K extends number, Q extends number, D extends number>(
  codes: st.Tensor<[B, T], 'int32'>, books: st.Tensor<[K, Q, D]>,
) {
  return st.sum(st.gather(books, codes), 2);
}
const z = decode(st.zeros([2, 75], 'int32'), st.randomNormal([1024, 8, 128]));
export const latent: Eq<typeof z.shape, [2, 75, 128]> = true;
