// cause: 2 generic (new family): one step of Mamba's recurrence written tfjs-style with methods in a generic
// helper: h = exp(delta A) h + delta B x, y = (h C).sum(-1) with per-step tensors [B, D] and [B, N].
// expect: ok
import * as st from '../../src/index.js';

export function mambaStep<B extends number, D extends number, N extends number>(
  h: st.Tensor<[B, D, N]>, dA: st.Tensor<[B, D, N]>, deltaX: st.Tensor<[B, D]>, b: st.Tensor<[B, N]>, c: st.Tensor<[B, N]>,
) {
  const next = dA.mul(h).add(deltaX.expandDims(-1).matMul(b.expandDims(1)));     // [B, D, 1] @ [B, 1, N]
  const y = next.mul(c.expandDims(1)).sum(-1);                                   // [B, D]
  return { h: next, y };
}
