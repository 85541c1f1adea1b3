// RMSNorm over the last dim only, per token: x * rsqrt(mean(x^2) + eps) * weight (eps inside the
// root), as Meta's reference. Normalising over more axes would mix positions, and over time leaks
// the future into the past.
import * as st from '../index.js';
import { Module } from '../module/module.js';
import { expectInput, type Expect, type FloatInput, type LayerInput, type OnInputDevice } from './checks.js';

export class RMSNorm<out D extends number, out Dev extends st.Device = st.DefaultDevice> extends Module {
  readonly weight: st.Variable<[D], 'float32', Dev>;

  constructor(readonly dim: D, readonly eps: number, device: Dev) {
    super();
    this.weight = st.tidy(() => st.variable(st.ones([dim], 'float32', device)));
  }

  forward<L extends st.Shape, XDev extends st.Device>(
    this: RMSNorm<D, NoInfer<OnInputDevice<XDev, `RMSNorm.forward: the input is on ${XDev}, not on the layer's device`>>>,
    x: Expect<"RMSNorm.forward: the input's last dim must be the layer's dim", st.Tensor<[...L, D], FloatInput<'RMSNorm.forward: the input must be float32'>, XDev, LayerInput<"RMSNorm.forward: the input's last dim must be the layer's dim">>, D>,
  ): st.Tensor<[...L, D], 'float32', XDev> {
    expectInput('RMSNorm.forward', x, { device: this.weight.device, lastDim: { size: this.dim, name: 'dim' }, dtype: 'float32' });
    return this.emit(st.rmsNorm(x, this.weight, this.eps));
  }
}
