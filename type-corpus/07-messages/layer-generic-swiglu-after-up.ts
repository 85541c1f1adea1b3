// cause: 7 messages. A generic decoder layer feeds the library's SwiGLU the output of its own up projection
// (width F) instead of the normed model-width input: SwiGLU.forward names the layer's dim.
// expect: SwiGLU.forward: the input's last dim must be the layer's dim
import * as st from '../../src/index.js';

function decoderMlp<D extends number, F extends number, B extends number, T extends number>(
  mlp: st.SwiGLU<D, F>, up: st.Linear<D, F>, norm: st.RMSNorm<D>, x: st.Tensor<[B, T, D]>,
) {
  const widened = up.forward(norm.forward(x));
  return st.add(x, mlp.forward(widened)); // error
}
export const run = decoderMlp;
