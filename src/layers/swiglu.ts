// SwiGLU feed-forward: down_proj(silu(gate_proj x) * up_proj x), with the Swish beta fixed at 1
// (silu), as in Llama; fields named as Hugging Face's LlamaMLP (Meta's w1, w3, w2).
import * as st from '../index.js';
import { Module } from '../module/module.js';
import { expectInput, type Expect, type FloatInput, type LayerInput, type OnInputDevice } from './checks.js';
import { SiLU } from './activation.js';
import type { SeedSequence } from './init.js';
import { Linear } from './linear.js';

/** Llama's hidden size for literal dims (swigluHiddenDim's formula): 352 for dim 128, multipleOf 32; `number` for dynamic ones. */
export type SwigluHiddenDim<Dim extends number, MultipleOf extends number> =
  // Through a template, so that the arithmetic runs only on known values (unevaluated products of type parameters are costly).
  `${Dim}:${MultipleOf}` extends `${infer D extends number}:${infer M extends number}` ? st.Mul<M, st.CeilDiv<st.Div<st.Mul<8, D>, 3>, M>> : number;
/** Llama's hidden size: multipleOf * ceil((2/3 * 4 * dim) / multipleOf). */
export function swigluHiddenDim(dim: number, multipleOf: number): number {
  const hidden = Math.floor((2 * 4 * dim) / 3);
  return multipleOf * Math.ceil(hidden / multipleOf);
}

export class SwiGLU<out D extends number, out Hd extends number, out Dev extends st.Device = st.DefaultDevice> extends Module {
  readonly gate_proj: Linear<D, Hd, Dev>;
  readonly up_proj: Linear<D, Hd, Dev>;
  readonly down_proj: Linear<Hd, D, Dev>;
  readonly act_fn = new SiLU();

  constructor(readonly dim: D, readonly hiddenDim: Hd, seeds: SeedSequence, device: Dev, outputStd?: number) {
    super();
    this.gate_proj = new Linear(dim, hiddenDim, seeds, device);
    this.up_proj = new Linear(dim, hiddenDim, seeds, device);
    this.down_proj = new Linear(hiddenDim, dim, seeds, device, { std: outputStd });
  }

  forward<L extends st.Shape, XDev extends st.Device>(
    this: SwiGLU<D, Hd, NoInfer<OnInputDevice<XDev, `SwiGLU.forward: the input is on ${XDev}, not on the layer's device`>>>,
    x: Expect<"SwiGLU.forward: the input's last dim must be the layer's dim", st.Tensor<[...L, D], FloatInput<'SwiGLU.forward: the input must be float32'>, XDev, LayerInput<"SwiGLU.forward: the input's last dim must be the layer's dim">>, D>,
  ): st.Tensor<[...L, D], 'float32', XDev> {
    expectInput('SwiGLU.forward', x, { device: this.gate_proj.weight.device, lastDim: { size: this.dim, name: 'dim' }, dtype: 'float32' });
    // silu(gate) * up as one fused op; act_fn reports silu(gate) to its hooks, in the order it ran before.
    const input: st.Tensor<[...L, D], 'float32', XDev> = x; // the plain dtype in the body (the mark is for the caller)
    const gate = this.gate_proj.forward(input);
    this.act_fn.report(gate);
    return this.emit(this.down_proj.forward(st.swiglu(gate, this.up_proj.forward(input))));
  }
}
