// cause: 13 Llama configs. Llama-3.2-1B (dim 2048 over 32 heads: head dim 64) run block by block with a
// RotaryEmbedding built from the 8B's recipe (head dim 128): the block's attention refuses the tables.
// expect: RotaryEmbedding<128
// expect: RotaryEmbedding<64
import * as st from '../../src/index.js';

const config = st.defineConfig({
  vocabSize: 128256, dim: 2048, nLayers: 16, nHeads: 32, nKvHeads: 8, hiddenDim: 8192, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 500000, maxSeqLen: 8192, dropout: 0,
});
declare const model: st.LlamaOf<typeof config>;
const rope = new st.RotaryEmbedding(128, 500000, 'default');

export function firstBlock<T extends number>(ids: st.Tensor<[1, T], 'int32'>) {
  const h = model.model.embed_tokens.forward(ids);
  return model.model.layers[0].forward(h, rope); // error
}
