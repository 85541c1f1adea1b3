// y = x W over any leading dims. W is stored [in, out] (the orientation of wasm's fast matmul);
// checkpoints in the Hugging Face layout hold it transposed, [out, in].
import * as st from '../index.js';
import { Module } from '../module/module.js';
import type { SeedSequence } from './init.js';

export interface LinearOptions {
  /** Standard deviation of the normal initialisation (default 0.02, as in GPT-2 and Llama). */
  std?: number;
}

export class Linear<out In extends number, out Out extends number, out Dev extends st.Device = st.DefaultDevice> extends Module {
  readonly weight: st.Variable<[In, Out], 'float32', Dev>;

  constructor(readonly inFeatures: In, readonly outFeatures: Out, seeds: SeedSequence, device: Dev, options: LinearOptions = {}) {
    super();
    this.weight = st.tidy(() => st.variable(st.randomNormal([inFeatures, outFeatures], 0, options.std ?? 0.02, 'float32', seeds.take(), device)));
  }

  forward<L extends st.Shape, XDev extends Dev>(this: Linear<In, Out, NoInfer<XDev>>, x: st.Tensor<[...L, In], 'float32', XDev>): st.Tensor<[...L, Out], 'float32', XDev> {
    return this.emit(st.linear(x, this.weight));
  }
}
