// SwiGLU feed-forward: w2(silu(w1 x) * w3 x), with the Swish beta fixed at 1 (silu), as in Llama.
import * as st from '../index.js';
import type { SeedSequence } from './init.js';
import { Linear } from './linear.js';

/** Llama's hidden size: multipleOf * ceil((2/3 * 4 * dim) / multipleOf). */
export function swigluHiddenDim(dim: number, multipleOf: number): number {
  const hidden = Math.floor((2 * 4 * dim) / 3);
  return multipleOf * Math.ceil(hidden / multipleOf);
}

export class SwiGLU<D extends number, Hd extends number, Dev extends st.Device = st.DefaultDevice> {
  readonly w1: Linear<D, Hd, Dev>;
  readonly w3: Linear<D, Hd, Dev>;
  readonly w2: Linear<Hd, D, Dev>;

  constructor(readonly dim: D, readonly hiddenDim: Hd, seeds: SeedSequence, device: Dev, outputStd?: number) {
    this.w1 = new Linear(dim, hiddenDim, seeds, device);
    this.w3 = new Linear(dim, hiddenDim, seeds, device);
    this.w2 = new Linear(hiddenDim, dim, seeds, device, { std: outputStd });
  }

  forward<L extends st.Shape>(x: st.Tensor<[...L, D], 'float32', Dev>): st.Tensor<[...L, D], 'float32', Dev> {
    return this.w2.forward(st.mul(st.silu(this.w1.forward(x)), this.w3.forward(x)));
  }
}
