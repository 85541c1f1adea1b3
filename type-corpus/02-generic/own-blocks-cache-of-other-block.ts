// cause: 2 generic code. A decoder of the user's own blocks with different attention layouts (a 4-kv-head block
// after a 2-kv-head one, as in a hybrid stack); the decode step hands each block the cache of the wrong layer:
// the cache's type names the kv heads and head dim it was made with.
// expect: KVCache<1, 2, 16
// expect: Attention.forward: the cache must be [1, 4, number, 8] on default: this input's batch, the layer's kv heads and head dim
import * as st from '../../src/index.js';

const seeds = new st.SeedSequence(0);
const first = new st.Attention(2, 2, 16, seeds, 'default');
const second = new st.Attention(4, 2, 8, seeds, 'default');
const rope16 = new st.RotaryEmbedding(16, 10000, 'default');
const rope8 = new st.RotaryEmbedding(8, 10000, 'default');
const prompt = st.randomNormal([1, 6, 64]);
const a = first.forward(prompt, rope16);
const b = second.forward(a.output, rope8);
const token = st.randomNormal([1, 1, 64]);
const a2 = first.forward(token, rope16, { cache: a.cache });
export const b2 = second.forward(a2.output, rope8, { cache: a.cache }); // error
