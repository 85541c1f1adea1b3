// cause: 11 gather. Position embeddings during cached decoding (GPT-2's wpe with past_length): positions
// range(0, t) shifted by the cache's length, gathered from the table for a batch of B, added to [B, T, D].
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function embed<B extends number, T extends number, V extends number, P extends number, D extends number>(
  ids: st.Tensor<[B, T], 'int32'>, t: T, past: number, wte: st.Tensor<[V, D]>, wpe: st.Tensor<[P, D]>,
) {
  const positions = st.add(st.range(0, t, 1, 'int32'), past);
  return st.add(st.gather(wte, ids), st.gather(wpe, positions));
}
const h = embed(st.zeros([1, 1], 'int32'), 1, 37, st.randomNormal([50257, 768]), st.randomNormal([1024, 768]));
export const shape: Eq<typeof h.shape, [1, 1, 768]> = true;
