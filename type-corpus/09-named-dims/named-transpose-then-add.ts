// cause: 9 named dims: scores [batch, heads, query, key] transposed to [batch, heads, key, query] and added to a
// mask of the original layout: the names disagree although every size is 16.
// expect: do not broadcast
import * as st from '../../src/index.js';

type Q = st.Named<'query', 16>;
type K = st.Named<'key', 16>;
declare const scores: st.Tensor<[2, 4, Q, K]>;
declare const mask: st.Tensor<[2, 4, Q, K]>;
export const wrong = st.add(st.transpose(scores, [0, 1, 3, 2]), mask); // error
