// cause: 5 silent checks. The MLP's sizes from a readonly tuple, with the second layer built from sizes[1] to
// sizes[3] (an index skipped while editing): the third layer's 128 inputs get the second's 10 outputs.
// expect: Linear.forward: the input's last dim must be the layer's in-features
import * as st from '../../src/index.js';

const sizes = [784, 256, 128, 10] as const;
const seeds = new st.SeedSequence(0);
const fc1 = new st.Linear(sizes[0], sizes[1], seeds, 'default');
const fc2 = new st.Linear(sizes[1], sizes[3], seeds, 'default');
const fc3 = new st.Linear(sizes[2], sizes[3], seeds, 'default');
export function mlp<B extends number>(x: st.Tensor<[B, 784]>) {
  return fc3.forward(st.relu(fc2.forward(st.relu(fc1.forward(x))))); // error
}
