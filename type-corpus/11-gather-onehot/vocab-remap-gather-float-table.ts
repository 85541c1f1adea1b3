// cause: 11 gather (an id table's dtype). Remapping token ids from one tokenizer to another through a lookup
// table loaded from JSON as float32 (tensor() of numbers): the remapped ids are float32 and the embedding refuses them.
// expect: Embedding.forward: the ids must be int32
import * as st from '../../src/index.js';

declare const mapping: number[];
const remap = st.tensor(mapping, [32000]);
const embed = new st.Embedding(50257, 768, new st.SeedSequence(0), 'default');

export function embedRemapped<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>) {
  const newIds = st.gather(remap, ids);
  return embed.forward(newIds); // error
}
