// cause: 7 messages. A BOS prefix taken from a table of another width (16, not the token
// embeddings' 32): concat's sentence names both shapes.
// expect: concat: shapes
// expect: differ
import * as st from '../../src/index.js';

function withBos<B extends number, T extends number>(tokens: st.Tensor<[B, T, 32]>, bosTable: st.Tensor<[1, 16]>) {
  const [b] = tokens.shape;
  const bos = st.gather(bosTable, st.zeros([b, 1], 'int32'));
  return st.concat([bos, tokens], 1); // error
}
export const h = withBos(st.randomNormal([2, 8, 32]), st.randomNormal([1, 16]));
