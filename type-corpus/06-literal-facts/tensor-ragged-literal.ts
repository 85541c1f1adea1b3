// cause: 6 literal facts. A ragged nested literal (rows of 3 and 2) is not a tensor.
// expect: tensor:
// expect: ragged
import * as st from '../../src/index.js';

export const table = st.tensor([[1, 2, 3], [4, 5]]); // error
