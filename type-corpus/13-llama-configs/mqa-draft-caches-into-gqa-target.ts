// cause: 13 llama configs. Speculative decoding with a small multi-query draft (1 kv head) and a GQA target (2 kv
// heads) of the same width: the verification step hands the target the draft's caches.
// expect: Llama.forwardCached: the cache must be [1, 2, number, 16] on default
import * as st from '../../src/index.js';

const base = { vocabSize: 65, dim: 64, nHeads: 4, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 } as const;
const draft = st.createLlama({ ...base, nLayers: 1, nKvHeads: 1 });
const target = st.createLlama({ ...base, nLayers: 1, nKvHeads: 2 });
const prompt = st.zeros([1, 6], 'int32');
const drafted = draft.forwardCached(prompt, undefined);
const targetPrefill = target.forwardCached(prompt, undefined);
const proposal = st.reshape(st.argMax(st.slice(drafted.logits, [0, 5, 0], [1, 1, 65]), -1), [1, 1]);
export const checked = target.forwardCached(proposal, drafted.caches); // error
export const right = target.forwardCached(proposal, targetPrefill.caches);
