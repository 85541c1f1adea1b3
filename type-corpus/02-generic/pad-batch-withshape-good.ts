// cause: 2 generic code. Right-padding a batch of token ids of run-time length to a fixed block size, with a
// padding mask from the same lengths.
// expect: ok
import * as st from '../../src/index.js';

function padTo<B extends number, N extends number>(ids: st.Tensor<[B, number], 'int32'>, block: N): st.Tensor<[B, N], 'int32'> {
  const [, t] = ids.shape;
  const padded = st.pad(ids, [[0, 0], [0, block - t]]);
  return st.withShape(padded, [ids.shape[0], block]);
}
const raw = st.tensor(Int32Array.from([3, 4, 5, 6, 7, 8]), [2, 3], 'int32');
const ids: st.Tensor<[2, number], 'int32'> = raw;
export const batch = padTo(ids, 16);
