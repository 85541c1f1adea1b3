// cause: 7 messages. Softmax and logSoftmax over in-range axes of generic scores (default, -1, 3) compile with no error.
// expect: ok
import * as st from '../../src/index.js';

function weights<B extends number, H extends number, T extends number, S extends number>(scores: st.Tensor<[B, H, T, S]>) {
  const a = st.softmax(scores);
  const b = st.softmax(scores, -1);
  const c = st.logSoftmax(scores, 3);
  return { a, b, c, d: scores.softmax(-1) };
}
export const f = weights;
