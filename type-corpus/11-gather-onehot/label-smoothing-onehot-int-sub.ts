// cause: 11 one-hot (dtypes). Label smoothing written as (1 - eps) * onehot + eps / C with the one-hot left at
// its int32 default: the float smoothing term cannot be added to int32 targets.
// expect: add: dtypes differ (int32 vs float32)
import * as st from '../../src/index.js';

export function smoothTargets(labels: st.Tensor<[32], 'int32'>, eps: number) {
  const oneHot = st.oneHot(labels, 10);
  const uniform = st.fill([32, 10], 0.01);
  return st.add(oneHot, uniform); // error
}
