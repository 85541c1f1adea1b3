// cause: 10 broadcast. A data pipeline gives batches of a length known only at run time ([B, number]); the
// position table is sliced to that length, but it was built 32 wide for a 64-wide model: the literal widths
// still meet through the dynamic length.
// expect: add: shapes [8, ?, 64] and [?, 32] do not broadcast (64 vs 32)
import * as st from '../../src/index.js';

const tokens = st.variable(st.randomNormal([1000, 64], 0, 0.02));
const positions = st.variable(st.randomNormal([512, 32], 0, 0.02));

function embed(ids: st.Tensor<[8, number], 'int32'>) {
  const t = ids.shape[1];
  const pos = st.slice(positions, [0, 0], [t, -1]);
  return st.add(st.gather(tokens, ids), pos); // error
}
const lengths = [17, 23, 9];
export const batches = lengths.map((t) => embed(st.zeros([8, t], 'int32')));
