// cause: 13 Llama configs, good. Weight tying done right: the output projection's [dim, vocab] weight takes the
// transposed [vocab, dim] embedding table, in a helper generic over both dims, for a literal config and for
// one read from JSON (number dims, checked at run time).
// expect: ok
import * as st from '../../src/index.js';

function tieWeights<V extends number, D extends number>(head: st.Linear<D, V>, table: st.Embedding<V, D>) {
  head.weight.assign(st.transpose(table.weight));
}
const small = st.createLlama({
  vocabSize: 512, dim: 64, nLayers: 4, nHeads: 4, nKvHeads: 4, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 256, dropout: 0,
}, 42);
tieWeights(small.lm_head, small.model.embed_tokens);
declare const json: st.LlamaConfig;
const loaded = st.createLlama(json);
tieWeights(loaded.lm_head, loaded.model.embed_tokens);
export const logits = small.forward(st.zeros([1, 8], 'int32'));
