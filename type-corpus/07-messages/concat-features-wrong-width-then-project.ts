// cause: 7 messages: a feature concatenation of two branches whose widths do not line up on the batch axis
// ([32, 64] and [16, 64] joined on axis 1), then normalised by a generic helper: one error, on the concat, with its
// sentence; the refused concat is typed as its first tensor, so the helper's call after it is not a second error.
// expect: concat: shapes [32, 64] and [16, 64] differ at axis 0 (32 vs 16)
import * as st from '../../src/index.js';

const image = st.randomNormal([32, 64]);
const text = st.randomNormal([16, 64]);
function l2Normalise<B extends number, F extends number>(x: st.Tensor<[B, F]>) {
  return st.div(x, st.sqrt(st.sum(st.square(x), -1, true)));
}
const joined = st.concat([image, text], 1); // error
export const features = l2Normalise(joined);
