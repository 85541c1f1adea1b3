// reductions. Per-sequence sums, a masked mean and a max over heads, all in range.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const perToken = st.sparseSoftmaxCrossEntropy(st.randomNormal([4, 16, 65]), st.zeros([4, 16], 'int32'), 'none');
const mask = st.ones([4, 16]);
const perSeq = st.div(st.sum(st.mul(perToken, mask), 1), st.sum(mask, 1));
export const ok: Eq<typeof perSeq.shape, [4]> = true;
const headMax = st.max(st.randomNormal([2, 8, 16, 16]), [1, -1], true);
export const ok2: Eq<typeof headMax.shape, [2, 1, 16, 1]> = true;
