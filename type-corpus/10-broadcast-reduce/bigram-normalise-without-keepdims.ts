// cause: 10 broadcast/reduce. The makemore bigram bug the video dwells on, at a vocabulary that is not square:
// counts [27, 28] (a start token of its own) normalised by sum(1) without keepdim: [27, 28] / [27] would
// broadcast the sums along the wrong axis (PyTorch silently when square). Here the shapes do not broadcast.
// expect: div: shapes [27, 28] and [27] do not broadcast (28 vs 27)
import * as st from '../../src/index.js';

const pairs = st.zeros([1000], 'int32');
const next = st.zeros([1000], 'int32');
const counts = st.matMul(st.oneHot(pairs, 27, 1, 0, 'float32'), st.oneHot(next, 28, 1, 0, 'float32'), true, false);
const P = st.div(counts, st.sum(counts, 1)); // error
export const firstRow = st.slice(P, [0, 0], [1, -1]);
