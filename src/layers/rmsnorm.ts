// RMSNorm over the last dim only, per token: x * rsqrt(mean(x^2) + eps) * weight (eps inside the
// root), as Meta's reference. Normalising over more axes would mix positions, and over time leaks
// the future into the past.
import * as st from '../index.js';
import { Module } from '../module/module.js';

export class RMSNorm<out D extends number, out Dev extends st.Device = st.DefaultDevice> extends Module {
  readonly weight: st.Variable<[D], 'float32', Dev>;

  constructor(readonly dim: D, readonly eps: number, device: Dev) {
    super();
    this.weight = st.tidy(() => st.variable(st.ones([dim], 'float32', device)));
  }

  forward<L extends st.Shape, XDev extends Dev>(this: RMSNorm<D, NoInfer<XDev>>, x: st.Tensor<[...L, D], 'float32', XDev>): st.Tensor<[...L, D], 'float32', XDev> {
    return this.emit(st.rmsNorm(x, this.weight, this.eps));
  }
}
