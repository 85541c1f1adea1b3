// cause: 6 literal facts, good. The same tables and fills written right: integer type ids, an integer step
// counter starting at 1, the mask id 103 for masked tokens, and a top-k of an integer literal.
// expect: ok
import * as st from '../../src/index.js';

const typeIds = st.tensor([[0, 0, 0, 1, 1, 1, 1, 1]], [1, 8], 'int32');
const step = st.variable(st.scalar(1, 'int32'));
function maskTokens<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>, rate: number) {
  return st.where(st.less(st.randomUniform(ids.shape), rate), ids, 103);
}
export const masked = maskTokens(st.zeros([2, 8], 'int32'), 0.15);
export const types = st.gather(st.randomNormal([2, 64]), typeIds);
export const top = st.topk(st.randomNormal([1, 50257]), 2512);
export const lr = st.mul(st.cast(step, 'float32'), 1e-4);
