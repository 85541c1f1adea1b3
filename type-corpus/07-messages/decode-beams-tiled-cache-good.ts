// cause: 7 messages. The same beam search done right: each cache is tiled to the 4 beams before the step, and the
// caches of the step feed the next one (a decode loop over a batch of beams).
// expect: ok
import * as st from '../../src/index.js';

const model = st.createLlama({ vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 });
const prompt = st.tensor([[1, 2, 3, 4, 5]], [1, 5], 'int32');
const prefill = model.forwardCached(prompt, undefined);
const beams = st.topk(st.reshape(st.slice(prefill.logits, [0, 4, 0], [1, 1, 65]), [1, 65]), 4).indices;
let tokens = st.reshape(beams, [4, 1]);
let caches: st.KVCache<4, 2, 16, 'default'>[] = prefill.caches.map((c) => ({ keys: st.tile(c.keys, [4, 1, 1, 1]), values: st.tile(c.values, [4, 1, 1, 1]) }));
for (let i = 0; i < 3; i++) {
  const out = model.forwardCached(tokens, caches);
  caches = out.caches;
  tokens = st.reshape(st.argMax(st.reshape(out.logits, [4, 65]), -1), [4, 1]);
}
export const last = tokens;
