// cause: 13 Llama configs. Weight tying as GPT-2 and the small Llamas do it (lm_head.weight = embed_tokens.weight):
// the embedding table is [vocab, dim] but the output projection's weight is [dim, vocab] (x @ W), so assigning
// the table as it is would need the transpose. The config is TinyStories-sized (vocab 512, dim 64).
// expect: Variable.assign: the value must have the variable's shape, dtype and device
import * as st from '../../src/index.js';

const config = st.defineConfig({
  vocabSize: 512, dim: 64, nLayers: 4, nHeads: 4, nKvHeads: 4, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 256, dropout: 0,
});
const model = st.createLlama(config, 42);

function tieWeights<V extends number, D extends number>(head: st.Linear<D, V>, table: st.Embedding<V, D>) {
  head.weight.assign(table.weight); // error
}
tieWeights(model.lm_head, model.model.embed_tokens);
