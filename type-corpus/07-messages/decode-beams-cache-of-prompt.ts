// cause: 7 messages. Beam search with a Llama: the prompt is run once (batch 1) and its caches are handed to the
// step that decodes 4 beams at once, without tiling them to the beams: the model names the cache it needs.
// expect: Llama.forwardCached: the cache must be [4, 2, number, 16] on default: this input's batch
import * as st from '../../src/index.js';

const model = st.createLlama({ vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 });
const prompt = st.tensor([[1, 2, 3, 4, 5]], [1, 5], 'int32');
const prefill = model.forwardCached(prompt, undefined);
const beams = st.topk(st.reshape(st.slice(prefill.logits, [0, 4, 0], [1, 1, 65]), [1, 65]), 4).indices;
const step = st.reshape(beams, [4, 1]);
export const next = model.forwardCached(step, prefill.caches); // error
