// cause: 3 products. A Mistral-7B-shaped config (32 query heads over 8 key/value heads, hidden 14336): one
// block's attention and FFN run on [1, 16, 4096] with every dim a literal.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const block = new st.Block(8, 4, 128, 14336, new st.SeedSequence(0), 'default', { normEps: 1e-5 });
const rope = new st.RotaryEmbedding(128, 1e6, 'default');
const x = st.randomNormal([1, 16, 4096]);
const { output, cache } = block.forward(x, rope);
export const out: Eq<typeof output.shape, [1, 16, 4096]> = true;
export const keys: Eq<typeof cache.keys.shape, [1, 8, number, 128]> = true;
export const kProj: Eq<typeof block.self_attn.k_proj.weight.shape, [4096, 1024]> = true;
