// cause: 1 union inference. A data loader whose dtype depends on an option (float for regression targets,
// int for tokens); its tokens go to an embedding lookup.
// expect: gather: indices must be int32, got float32 | int32
import * as st from '../../src/index.js';

function loadColumn(values: number[], asTokens: boolean) {
  return st.tensor(values, [values.length], asTokens ? 'int32' : 'float32');
}
const table = st.variable(st.randomNormal([100, 16]));
const ids = loadColumn([1, 5, 7, 9], process.argv.includes('--tokens'));
export const emb = st.gather(table, ids); // error
