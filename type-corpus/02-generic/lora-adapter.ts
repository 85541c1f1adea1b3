// cause: 2 generic code. A LoRA adapter next to a frozen weight: W x + (B (A x)) * alpha / r, any leading dims.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class LoRALinear<In extends number, Out extends number, R extends number> {
  readonly a: st.Variable<[In, R]>;
  readonly b: st.Variable<[R, Out]>;
  constructor(readonly frozen: st.Tensor<[In, Out]>, rank: R, readonly alpha = 16) {
    const [inF, outF] = frozen.shape;
    this.a = st.variable(st.randomNormal([inF, rank], 0, 0.01));
    this.b = st.variable(st.zeros([rank, outF]));
  }
  forward<L extends st.Shape>(x: st.Tensor<[...L, In]>): st.Tensor<[...L, Out]> {
    const base = st.linear(x, this.frozen);
    const update = st.linear(st.linear(x, this.a), this.b);
    return st.add(base, st.mul(update, this.alpha / this.b.shape[0]));
  }
}
const layer = new LoRALinear(st.randomNormal([256, 512]), 8);
const y = layer.forward(st.randomNormal([2, 16, 256]));
export const ok: Eq<typeof y.shape, [2, 16, 512]> = true;
