// Nonlinearities as modules without parameters, so a model's module structure shows where they
// sit (as PyTorch's nn.SiLU; Hugging Face's LlamaMLP holds one as act_fn).
import * as st from '../index.js';
import { Module } from '../module/module.js';

/** x * sigmoid(x) (Swish with beta fixed at 1). */
export class SiLU extends Module {
  forward<S extends st.Shape, Dev extends st.Device>(x: st.Tensor<S, 'float32', Dev>): st.Tensor<S, 'float32', Dev> {
    return this.emit(st.silu(x));
  }

  /**
   * Reports silu(x) to the hooks without returning it, computed only when there are any: for a
   * layer that computes silu(x) inside a fused op (SwiGLU's st.swiglu), so hooks see what they did.
   */
  report<S extends st.Shape, Dev extends st.Device>(x: st.Tensor<S, 'float32', Dev>): void {
    if (this.hasForwardHooks()) this.emit(st.silu(x));
  }
}

/** max(x, 0). */
export class ReLU extends Module {
  forward<S extends st.Shape, Dev extends st.Device>(x: st.Tensor<S, 'float32', Dev>): st.Tensor<S, 'float32', Dev> {
    return this.emit(st.relu(x));
  }
}

/** GELU (tanh approximation, as tfjs). */
export class GELU extends Module {
  forward<S extends st.Shape, Dev extends st.Device>(x: st.Tensor<S, 'float32', Dev>): st.Tensor<S, 'float32', Dev> {
    return this.emit(st.gelu(x));
  }
}
