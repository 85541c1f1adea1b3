// cause: 7 messages (a layer's input dtype), good. The same stack with its embedding: the ids become float32
// values of the model's width, then go through a block, a norm and the head.
// expect: ok
import * as st from '../../src/index.js';

const seeds = new st.SeedSequence(7);
const embed = new st.Embedding(1000, 128, seeds, 'default');
const block = new st.Block(2, 2, 32, 256, seeds, 'default', { normEps: 1e-5 });
const norm = new st.RMSNorm(128, 1e-5, 'default');
const head = new st.Linear(128, 1000, seeds, 'default');
const rope = new st.RotaryEmbedding(32, 10000, 'default');
export function logits<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>) {
  const h = block.forward(embed.forward(ids), rope).output;
  return head.forward(norm.forward(h));
}
