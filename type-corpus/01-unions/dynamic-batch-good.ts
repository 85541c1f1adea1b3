// cause: 1 union inference. A batch size known only at run time is `number`, not a union, and checks at run time.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function batchOf(rows: number) {
  return st.randomNormal([rows, 128]);
}
const x = batchOf(Number(process.env.BATCH ?? 8));
const y = st.matMul(x, st.randomNormal([128, 10]));
export const ok: Eq<typeof y.shape, [number, 10]> = true;
const probs = st.softmax(y);
export const ok2: Eq<typeof probs.shape, [number, 10]> = true;
