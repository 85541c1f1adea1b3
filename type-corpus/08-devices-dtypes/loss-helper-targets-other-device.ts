// cause: 1 union inference (devices). A user's loss helper generic over the device: the logits come from a model
// built on the CPU, the targets from a data loader on the default device; Dev must not be 'cpu' | 'default'.
// expect: Argument of type 'Tensor<[2, 8], "int32", "default"
// expect: is not assignable to parameter of type 'Tensor<[2, 8], "int32", "cpu"
// expect: Type '"default"' is not assignable to type '"cpu"'
import * as st from '../../src/index.js';

function tokenLoss<B extends number, T extends number, V extends number, Dev extends st.Device>(
  logits: st.Tensor<[B, T, V], 'float32', Dev>, targets: st.Tensor<[B, T], 'int32', Dev>,
) {
  return st.sparseSoftmaxCrossEntropy(logits, targets);
}

const seeds = new st.SeedSequence(11);
const embed = new st.Embedding(96, 32, seeds, 'cpu');
const head = new st.Linear(32, 96, seeds, 'cpu');
const ids = st.tensor(Array.from({ length: 16 }, (_, i) => i % 96), [2, 8], 'int32', 'cpu');
const targets = st.tensor(Array.from({ length: 16 }, (_, i) => (i + 1) % 96), [2, 8], 'int32');
const logits = head.forward(embed.forward(ids));
export const loss = tokenLoss(logits, targets); // error
