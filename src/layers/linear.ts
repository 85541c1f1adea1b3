// y = x W over any leading dims. W is stored [in, out] (the orientation of wasm's fast matmul);
// checkpoints in the Hugging Face layout hold it transposed, [out, in].
import * as st from '../index.js';
import { Module } from '../module/module.js';
import { expectInput, type Expect, type FloatInput, type LayerInput, type OnInputDevice } from './checks.js';
import type { SeedSequence } from './init.js';

export interface LinearOptions {
  /** Standard deviation of the normal initialisation (default 0.02, as in GPT-2 and Llama). */
  std?: number;
}

type LinearSentence = "Linear.forward: the input's last dim must be the layer's in-features";

export class Linear<out In extends number, out Out extends number, out Dev extends st.Device = st.DefaultDevice> extends Module {
  readonly weight: st.Variable<[In, Out], 'float32', Dev>;

  constructor(readonly inFeatures: In, readonly outFeatures: Out, seeds: SeedSequence, device: Dev, options: LinearOptions = {}) {
    super();
    this.weight = st.tidy(() => st.variable(st.randomNormal([inFeatures, outFeatures], 0, options.std ?? 0.02, 'float32', seeds.take(), device)));
  }

  /** x: [..., In] -> [..., Out]. */
  forward<L extends st.Shape, XDev extends st.Device>(
    this: Linear<In, Out, NoInfer<OnInputDevice<XDev, `Linear.forward: the input is on ${XDev}, not on the layer's device`>>>,
    x: Expect<LinearSentence, st.Tensor<[...L, In], FloatInput<'Linear.forward: the input must be float32'>, XDev, LayerInput<LinearSentence>>, In>,
  ): st.Tensor<[...L, Out], 'float32', XDev> {
    expectInput('Linear.forward', x, { device: this.weight.device, lastDim: { size: this.inFeatures, name: 'in-features' }, dtype: 'float32' });
    return this.emit(st.linear(x, this.weight));
  }
}
