// cause: 6 literal facts (new family): position interpolation (scale 4) by hand: int32 positions with step 0.25,
// which tfjs truncates to 0 (every position 0).
// expect: range: step 0.25 is not an integer, but the dtype is int32 (it would become 0); pass dtype 'float32'
import * as st from '../../src/index.js';

const table = st.randomNormal([2048, 64]);
export function interpolatedRows() {
  const positions = st.range(0, 512, 0.25, 'int32'); // error
  return st.gather(table, positions, 0);
}
