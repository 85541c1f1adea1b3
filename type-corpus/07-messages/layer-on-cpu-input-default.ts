// cause: 7 messages. A classifier head is built on the CPU (to keep the big backend for the encoder) and fed the
// encoder's output, still on the default device: the layer's sentence names the input's device.
// expect: Linear.forward: the input is on default, not on the layer's device
// expect: Linear<256, 10, "cpu"
import * as st from '../../src/index.js';

const seeds = new st.SeedSequence(0);
const encoder = new st.Linear(784, 256, seeds, 'default');
const head = new st.Linear(256, 10, seeds, 'cpu');
const images = st.randomUniform([32, 784]);
const features = st.relu(encoder.forward(images));
export const logits = head.forward(features); // error
