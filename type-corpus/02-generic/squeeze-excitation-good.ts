// cause: 2 generic (new family): a squeeze-and-excitation gate over [B, C, H, W] feature maps in generic code:
// global average pool over the spatial axes, a bottleneck MLP, sigmoid, and the gate as [B, C, 1, 1] scaling
// every channel.
// expect: ok
import * as st from '../../src/index.js';

function squeezeExcite<B extends number, C extends number, H extends number, W extends number, R extends number>(
  x: st.Tensor<[B, C, H, W]>, down: st.Tensor<[C, R]>, up: st.Tensor<[R, C]>,
): st.Tensor<[B, C, H, W]> {
  const pooled = st.mean(x, [2, 3]);                                      // [B, C]
  const gate = st.sigmoid(st.matMul(st.relu(st.matMul(pooled, down)), up));
  return st.mul(x, st.expandDims(st.expandDims(gate, -1), -1));           // x * gate[:, :, None, None]
}
export const y: st.Tensor<[4, 64, 8, 8]> = squeezeExcite(st.randomNormal([4, 64, 8, 8]), st.randomNormal([64, 16]), st.randomNormal([16, 64]));
