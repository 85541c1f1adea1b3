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

declare const widthsKey: unique symbol;
export class Linear<out In extends number, out Out extends number, out Dev extends st.Device = st.DefaultDevice, out G = { widths: st.EachDimOneSize<[In]> }> extends Module {
  /**
   * The union-width check, in the type only, as Tensor's G: a user's `mlp<I, H, O>(fc1: Linear<I, H>, fc2: Linear<H, O>)`
   * given Linear(64, 128) and Linear(256, 10) infers H = 128 | 256, and this mark on the in-features (the sentence
   * there, unknown for a layer of one width) refuses the second layer; the covariant widths alone accepted both. (On
   * the in-features only: a chain of layers meets it at each link; on both widths it cost ~1.4k more in the library.)
   */
  declare readonly [widthsKey]: (G & { widths: unknown })['widths'];
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
