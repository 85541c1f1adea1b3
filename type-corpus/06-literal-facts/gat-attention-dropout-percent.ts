// cause: 6 literal facts (new family): GAT's attention dropout written as a percentage (60, from the paper's
// "dropout 0.6" read as 60%): refused before any step runs.
// expect: dropout: rate must be in [0, 1), got 60
import * as st from '../../src/index.js';

export function attend(e: st.Tensor<[50, 50]>, adjacency: st.Tensor<[50, 50], 'bool'>, wh: st.Tensor<[50, 8]>) {
  const att = st.softmax(st.where(adjacency, e, -1e9));
  return st.matMul(st.dropout(att, 60), wh); // error
}
