// cause: 3 products. A user's own module generic over heads and head dim, declared `out` as the library's
// layers are (tsc checks the covariance once: products are covariant in their factors), holding the
// library's layers; an instance of literal dims is usable as one of `number` dims.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class HeadMixer<out H extends number, out Dh extends number> extends st.Module {
  readonly mix: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  readonly norm: st.RMSNorm<st.Mul<H, Dh>>;
  constructor(readonly heads: H, readonly headDim: Dh, seeds: st.SeedSequence) {
    super();
    const dim = st.dimMul(heads, headDim);
    this.mix = new st.Linear(dim, dim, seeds, 'default');
    this.norm = new st.RMSNorm(dim, 1e-5, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<Dh, H>]>): st.Tensor<[B, T, st.Mul<H, Dh>]> {
    return this.norm.forward(st.add(x, this.mix.forward(x)));
  }
}
const mixer = new HeadMixer(4, 32, new st.SeedSequence(7));
const y = mixer.forward(st.randomNormal([2, 8, 128]));
export const ok: Eq<typeof y.shape, [2, 8, 128]> = true;
const anyMixer: HeadMixer<number, number> = mixer;
export const width = anyMixer.mix.inFeatures;
