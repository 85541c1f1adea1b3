// cause: 8 dtypes (logicalOr). A drop mask made PyTorch-style as a float tensor (`(torch.rand(...) < p).float()`)
// combined with a bool padding mask by logicalOr, which takes bool masks only.
// expect: logicalOr: dtypes differ (bool vs float32)
import * as st from '../../src/index.js';

export function tokensToDrop(padding: st.Tensor<[8, 128], 'bool'>, p: number) {
  const dropped = st.cast(st.less(st.randomUniform([8, 128]), p), 'float32');
  return st.logicalOr(padding, dropped); // error
}
