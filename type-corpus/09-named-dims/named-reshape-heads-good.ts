// cause: 9 named dims: jaxtyping-style named dims through a head split and merge in a generic layer: the model
// width D = H * Dh is named, the split gives [B, T, H, Dh] and the merge gives the product back.
// expect: ok
import * as st from '../../src/index.js';

type Batch = st.Named<'batch', 2>;
type Time = st.Named<'time', 16>;
type Heads = st.Named<'heads', 4>;
type HeadDim = st.Named<'headDim', 32>;
export function splitMerge<B extends number, T extends number, H extends number, Dh extends number>(x: st.Tensor<[B, T, H, Dh]>) {
  const [b, t, h, dh] = x.shape;
  const merged = st.reshape(x, [b, t, st.dimMul(h, dh)]);
  return st.reshape(merged, [b, t, h, dh]);
}
declare const x: st.Tensor<[Batch, Time, Heads, HeadDim]>;
export const y: st.Tensor<[Batch, Time, Heads, HeadDim]> = splitMerge(x);
