// cause: 8 devices. A data pipeline builds its batches on the cpu backend (pinned, as a PyTorch DataLoader
// with pin_memory), and the training step feeds them to an embedding made on the default device without
// moving them.
// expect: Embedding.forward: the ids are on cpu, not on the layer's device
// expect: Embedding<256, 64, "default">
import * as st from '../../src/index.js';

function loader(step: number) {
  const ids = st.zeros([8, 32], 'int32', 'cpu');
  return { ids, step };
}
const embed = new st.Embedding(256, 64, new st.SeedSequence(0), 'default');
const batch = loader(0);
export const h = embed.forward(batch.ids); // error
