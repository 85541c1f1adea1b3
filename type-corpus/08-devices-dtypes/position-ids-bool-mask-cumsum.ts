// cause: 8 dtypes (new family): position ids from a bool attention mask (notEqual(ids, pad)) summed with cumsum
// without casting: cumsum is numeric only.
// expect: cumsum: tensor must be float32 or int32, got bool
import * as st from '../../src/index.js';

export function positionIds(ids: st.Tensor<[4, 32], 'int32'>, padId: number) {
  const mask = st.notEqual(ids, padId);
  return st.sub(st.cumsum(mask, 1), 1); // error
}
