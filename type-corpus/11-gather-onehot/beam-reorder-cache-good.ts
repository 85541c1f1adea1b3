// cause: 11 gather/oneHot. Beam search reorders each layer's KV cache [B * K, H, S, Dh] by the chosen beams: flat
// indices b * K + beam as int32, gathered along axis 0, in a generic helper.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function reorder<N extends number, H extends number, S extends number, Dh extends number, B extends number, K extends number>(
  cache: st.Tensor<[N, H, S, Dh]>, beamIdx: st.Tensor<[B, K], 'int32'>,
) {
  const [b, k] = beamIdx.shape;
  const offsets = st.mul(st.expandDims(st.range(0, b, 1, 'int32'), 1), k);
  const flat = st.reshape(st.add(beamIdx, offsets), [-1]);
  return st.gather(cache, flat, 0);
}
const cache = st.randomNormal([8, 4, 12, 16]);
const chosen = st.tensor(Int32Array.from([0, 0, 1, 3, 2, 2, 1, 0]), [2, 4], 'int32');
const next = reorder(cache, chosen);
export const ok: Eq<typeof next.shape, [st.Mul<2, 4>, 4, 12, 16]> = true;
