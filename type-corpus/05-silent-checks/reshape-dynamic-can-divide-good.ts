// cause: 5 silent checks. [number, 128] to [-1, 64] or [2, number, 128] can hold: checked at run time.
// expect: ok
import * as st from '../../src/index.js';

function rows(n: number) {
  return st.zeros([n, 128]);
}
const h = rows(Number(process.env.ROWS ?? 16));
export const a = st.reshape(h, [-1, 64]);
export const b = st.reshape(h, [2, -1, 128]);
