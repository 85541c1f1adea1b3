// cause: 8 devices (new family): Gumbel noise drawn on the cpu device (seeded there for reproducibility) and
// added to logits on the default device.
// expect: add: tensors are on different devices (default vs cpu)
import * as st from '../../src/index.js';

export function perturb(logits: st.Tensor<[16, 1000]>) {
  const u = st.randomUniform([16, 1000], 1e-6, 1 - 1e-6, 'float32', 1234, 'cpu');
  const g = st.neg(st.log(st.neg(st.log(u))));
  return st.add(logits, g); // error
}
