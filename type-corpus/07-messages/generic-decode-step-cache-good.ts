// cause: 7 messages. A user's generic decode step over the library's Block: the cache typed with the step's batch and
// the block's kv heads and head dim, the rope of the block's head dim; instantiated with sizes below.
// expect: ok
import * as st from '../../src/index.js';

function decodeStep<KV extends number, Rep extends number, Dh extends number, Hd extends number, B extends number>(
  block: st.Block<KV, Rep, Dh, Hd>, rope: st.RotaryEmbedding<Dh>, x: st.Tensor<[B, 1, st.ModelDim<KV, Rep, Dh>]>, cache: st.KVCache<B, KV, Dh, 'default'>,
): { output: st.Tensor<[B, 1, st.ModelDim<KV, Rep, Dh>]>; cache: st.KVCache<B, KV, Dh, 'default'> } {
  return block.forward(x, rope, { cache });
}
const block = new st.Block(2, 2, 16, 128, new st.SeedSequence(0), 'default', { normEps: 1e-5 });
const rope = new st.RotaryEmbedding(16, 10000, 'default');
const prefill = block.forward(st.randomNormal([3, 7, 64]), rope);
export const stepped = decodeStep(block, rope, st.randomNormal([3, 1, 64]), prefill.cache);
