// Rotary position embedding, Meta's form: adjacent pairs (2i, 2i+1) of each head's query/key vector
// rotate by angle position * theta^(-2i/headDim), i from 0; the same frequencies for every head.
// Applied to queries and keys only, never to values. A module without parameters.
import * as st from '../index.js';
import { Module } from '../module/module.js';
import { expectInput, type Expect, type LayerInput, type OnInputDevice } from './checks.js';

export class RotaryEmbedding<out Dh extends number, out Dev extends st.Device = st.DefaultDevice> extends Module {
  constructor(readonly headDim: Dh, readonly theta: number, readonly device: Dev) {
    super();
    if (headDim % 2 !== 0) throw new Error(`RotaryEmbedding: headDim must be even, got ${headDim}`);
  }

  /** Rotates x: [batch, heads, T, headDim] whose positions are start, start + 1, ..., start + T - 1. */
  forward<B extends number, H extends number, T extends number, XDev extends st.Device>(
    this: RotaryEmbedding<Dh, NoInfer<OnInputDevice<XDev, `RotaryEmbedding.forward: the input is on ${XDev}, not on the layer's device`>>>,
    x: Expect<"RotaryEmbedding.forward: the input's last dim must be the layer's headDim", st.Tensor<[B, H, T, Dh], 'float32', XDev, LayerInput<"RotaryEmbedding.forward: the input's last dim must be the layer's headDim">>, Dh>, start = 0,
  ): st.Tensor<[B, H, T, Dh], 'float32', XDev> {
    expectInput('RotaryEmbedding.forward', x, { device: this.device, lastDim: { size: this.headDim, name: 'headDim' } });
    return this.emit(st.rotaryEmbedding(x, start, this.theta));
  }

  /**
   * Splits and rotates in one op: x [batch, T, heads, headDim] (a projection split by head) ->
   * [batch, heads, T, headDim] rotated, what forward(transpose(x, [0, 2, 1, 3])) gives.
   */
  forwardHeads<B extends number, T extends number, H extends number, XDev extends st.Device>(
    this: RotaryEmbedding<Dh, NoInfer<OnInputDevice<XDev, `RotaryEmbedding.forwardHeads: the input is on ${XDev}, not on the layer's device`>>>,
    x: Expect<"RotaryEmbedding.forwardHeads: the input's last dim must be the layer's headDim", st.Tensor<[B, T, H, Dh], 'float32', XDev, LayerInput<"RotaryEmbedding.forwardHeads: the input's last dim must be the layer's headDim">>, Dh>, start = 0,
  ): st.Tensor<[B, H, T, Dh], 'float32', XDev> {
    expectInput('RotaryEmbedding.forwardHeads', x, { device: this.device, lastDim: { size: this.headDim, name: 'headDim' } });
    return this.emit(st.rotaryEmbeddingHeads(x, start, this.theta));
  }
}
