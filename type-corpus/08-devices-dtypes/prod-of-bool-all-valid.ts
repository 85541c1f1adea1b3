// cause: 8 dtypes (prod). "Every token of the row is valid" written as the product of a bool mask along time
// (NumPy's prod of booleans); prod takes numbers, so the mask must be cast first (or use min of int32).
// expect: prod: tensor must be float32 or int32, got bool
import * as st from '../../src/index.js';

export function fullRows(ids: st.Tensor<[16, 64], 'int32'>, pad: number) {
  const valid = st.notEqual(ids, pad);
  return st.prod(valid, 1); // error
}
