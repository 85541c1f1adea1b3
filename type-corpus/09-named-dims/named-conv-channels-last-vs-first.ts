// cause: 9 named dims. A batch-norm style per-channel scale [C] applied to an NCHW feature map whose width W
// happens to equal C (both 32): broadcasting aligns [C] with W, and the names catch it.
// expect: mul: shapes
// expect: W=32 vs C=32
import * as st from '../../src/index.js';

type N = st.Named<'N', 8>;
type C = st.Named<'C', 32>;
type H = st.Named<'H', 32>;
type W = st.Named<'W', 32>;
export function scaleChannels(x: st.Tensor<[N, C, H, W]>, gamma: st.Tensor<[C]>) {
  return st.mul(x, gamma); // error
}
