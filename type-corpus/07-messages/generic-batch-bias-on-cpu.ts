// cause: 7 messages (devices in code generic over the batch). A classifier head whose bias was loaded on the
// cpu, added in a helper generic over the batch: the shapes broadcast, the devices do not, and the sentence
// says so (before, the generic sentence claimed `add: shapes [${B}, 10] and [10] do not broadcast`).
// expect: add: tensors are on different devices (default vs cpu)
// expect-not: do not broadcast
import * as st from '../../src/index.js';

const weight = st.variable(st.randomNormal([512, 10], 0, 0.02));
const bias = st.variable(st.zeros([10], 'float32', 'cpu'));

export function head<B extends number>(pooled: st.Tensor<[B, 512]>) {
  const logits = st.matMul(pooled, weight);
  return logits.add(bias); // error
}
