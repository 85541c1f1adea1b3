// cause: 7 messages. Scoring one sequence: its ids are made as a flat [T] tensor and given to the model, which
// takes a batch of sequences.
// expect: Llama.forward: the ids must be [batch, time] token ids
import * as st from '../../src/index.js';

const model = st.createLlama({ vocabSize: 256, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 128, dropout: 0 });
const text = 'hello world';
const ids = st.tensor(Int32Array.from(text, (c) => c.charCodeAt(0)), [text.length], 'int32');
const logits = model.forward(ids); // error
export const logProbs = st.logSoftmax(logits);
