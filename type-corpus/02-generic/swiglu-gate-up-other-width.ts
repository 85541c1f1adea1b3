// cause: 2 generic code (swiglu, message). A hand-written Llama FFN with the fused st.swiglu(gate, up): the up
// projection's weight is the model-width square one loaded by mistake, so gate is [B, T, 11008] and up [B, T, 4096].
// expect: swiglu:
import * as st from '../../src/index.js';

export function ffn<B extends number, T extends number>(
  x: st.Tensor<[B, T, 4096]>, wGate: st.Tensor<[4096, 11008]>, wUp: st.Tensor<[4096, 4096]>, wDown: st.Tensor<[11008, 4096]>,
) {
  const h = st.swiglu(st.linear(x, wGate), st.linear(x, wUp)); // error
  return st.linear(h, wDown);
}
