// cause: 1 unions. A width chosen by a flag (128 or 64) into attention built for 128: the union is refused
// (the layer takes any grouping of its width, never a union of two widths).
// expect: a dim was inferred as 64 | 128
import * as st from '../../src/index.js';

const attention = new st.Attention(2, 2, 32, new st.SeedSequence(0), 'default');
const rope = new st.RotaryEmbedding(32, 10000, 'default');
declare const large: boolean;
const x = large ? st.zeros([1, 4, 128]) : st.zeros([1, 4, 64]);
export const y = attention.forward(x, rope); // error
