// cause: 5 silent checks. [number, 128] holds a multiple of 128 elements; [2, 16, 65] (2080) never is one.
// expect: reshape:
// expect: [2, 16, 65]
import * as st from '../../src/index.js';

function rows(n: number) {
  return st.zeros([n, 128]);
}
const h = rows(Number(process.env.ROWS ?? 16));
export const r = st.reshape(h, [2, 16, 65]); // error
