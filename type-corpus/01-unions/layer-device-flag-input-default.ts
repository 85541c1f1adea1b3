// cause: 1 union inference. A classifier built on the device a CLI flag picks, fed a batch made on the default device.
// expect: Linear.forward: the input is on default, not on the layer's device
// expect: Type '"cpu"' is not assignable to type '"default"'
import * as st from '../../src/index.js';

const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const seeds = new st.SeedSequence(0);
const fc1 = new st.Linear(784, 128, seeds, device);
const fc2 = new st.Linear(128, 10, seeds, device);
const act = new st.ReLU();
const images = st.randomUniform([32, 784]);
export const logits = fc2.forward(act.forward(fc1.forward(images))); // error
