// cause: 8 dtypes (new family): ignore_index handling that replaces the padded int32 targets by a float fill
// value (0.5, meant as "no class"): tfjs would store 0 and the padding would train class 0.
// expect: where: 0.5 is not an integer, but the tensor is int32 (the number would become 0); cast the tensor to float32 first
import * as st from '../../src/index.js';

export function safeTargets(targets: st.Tensor<[8, 64], 'int32'>) {
  const valid = st.notEqual(targets, -100);
  return st.where(valid, targets, 0.5); // error
}
