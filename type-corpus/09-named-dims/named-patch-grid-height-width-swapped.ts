// cause: 9 named dims. A ViT's patch grid for a non-square image (14 rows by 14 columns here, but named): the
// 2D position table is [Rows, Cols, D] and the patch grid [B, Cols, Rows, D] after a transpose written the
// wrong way; same sizes, other names.
// expect: add: shapes
// expect: Cols=14
import * as st from '../../src/index.js';

type B = st.Named<'B', 8>;
type Rows = st.Named<'Rows', 14>;
type Cols = st.Named<'Cols', 14>;
type D = st.Named<'D', 384>;

export function addPositions(grid: st.Tensor<[B, Rows, Cols, D]>, table: st.Tensor<[Rows, Cols, D]>) {
  const colsFirst = st.transpose(grid, [0, 2, 1, 3]);
  return st.add(colsFirst, table); // error
}
