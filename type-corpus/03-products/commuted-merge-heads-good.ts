// cause: 3 products. Heads merged back give Mul<H, Dh>; the layer declares its width as headDim x heads.
// expect: ok
import * as st from '../../src/index.js';

class HeadMixer<H extends number, Dh extends number> {
  readonly mix: st.Tensor<[st.Mul<Dh, H>, st.Mul<Dh, H>]>;
  constructor(readonly heads: H, readonly headDim: Dh) {
    this.mix = st.randomNormal([st.dimMul(headDim, heads), st.dimMul(headDim, heads)], 0, 0.02);
  }
  forward<B extends number, T extends number>(perHead: st.Tensor<[B, T, H, Dh]>): st.Tensor<[B, T, st.Mul<Dh, H>]> {
    return st.linear(st.mergeLastDims(perHead), this.mix);
  }
}
export const out: st.Tensor<[2, 4, 128]> = new HeadMixer(8, 16).forward(st.zeros([2, 4, 8, 16]));
