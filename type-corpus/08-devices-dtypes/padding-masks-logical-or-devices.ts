// cause: 8 devices (logicalOr). A collator builds the padding mask on the cpu (where the token lists are), the
// model builds the "special token" mask on the default device, and the attention mask ORs the two.
// expect: logicalOr: tensors are on different devices (cpu vs default)
import * as st from '../../src/index.js';

function paddingMask(lengths: number[], T: 32) {
  const rows = lengths.map((n) => Array.from({ length: T }, (_, i) => i >= n));
  return st.tensor(rows.flat(), [4, T], 'bool', 'cpu');
}
export function ignoreMask(ids: st.Tensor<[4, 32], 'int32'>, lengths: number[]) {
  const special = st.logicalOr(st.equal(ids, 0), st.equal(ids, 2));
  return st.logicalOr(paddingMask(lengths, 32), special); // error
}
