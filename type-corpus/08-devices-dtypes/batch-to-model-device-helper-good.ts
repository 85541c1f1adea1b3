// cause: 8 devices. A loader helper generic over the device: batches made on the cpu are moved with
// .to(device) to wherever the model was built (a run-time choice), and the model, built with the same
// variable, takes them; the loss's labels go the same way.
// expect: ok
import * as st from '../../src/index.js';

function toDevice<S extends st.Shape, D extends st.DType, Dev extends st.Device>(x: st.Tensor<S, D, 'cpu'>, device: Dev) {
  return x.to(device);
}
function build<Dev extends st.Device>(device: Dev) {
  const seeds = new st.SeedSequence(0);
  return { embed: new st.Embedding(256, 32, seeds, device), head: new st.Linear(32, 256, seeds, device) };
}
const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const model = build(device);
const ids = toDevice(st.zeros([4, 16], 'int32', 'cpu'), device);
const targets = toDevice(st.zeros([4, 16], 'int32', 'cpu'), device);
export const loss = st.sparseSoftmaxCrossEntropy(model.head.forward(model.embed.forward(ids)), targets);
