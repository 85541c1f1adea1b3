// cause: 7 messages. A hand-written decode loop takes argMax of the last position's logits ([1, 65] -> [1]) and feeds
// it back as the next ids without the time axis (PyTorch's next_token.unsqueeze(-1) forgotten): the model says
// what ids it takes.
// expect: Llama.forwardCached: the ids must be [batch, time] token ids
import * as st from '../../src/index.js';

const model = st.createLlama({ vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 });
const prompt = st.tensor([[5, 9, 12, 3]], [1, 4], 'int32');
const first = model.forwardCached(prompt, undefined);
const lastLogits = st.reshape(st.slice(first.logits, [0, 3, 0], [1, 1, 65]), [1, 65]);
const nextToken = st.argMax(lastLogits, -1);
export const second = model.forwardCached(nextToken, first.caches); // error
