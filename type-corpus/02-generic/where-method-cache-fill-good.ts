// cause: 2 generic code. The method form of where with a tensor fill on known shapes: the causal mask [T, T]
// under [B, H, T, T] scores, the fill a tensor of the scores' shape (the `[...NoInfer<L>, X, Y]` form that
// broke concat gave "no match for the variadic element" on such concrete shapes).
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const q = st.randomNormal([2, 4, 8, 16]);
const k = st.randomNormal([2, 4, 8, 16]);
const scores = st.mul(st.matMul(q, k, false, true), 0.25);
const floor = st.fill([2, 4, 8, 8], -1e9);
const masked = scores.where(st.causalMask(8), floor);
const probs = st.softmax(masked);
export const ok: Eq<typeof probs.shape, [2, 4, 8, 8]> = true;
const perRow = st.sum(probs, -1);
export const rows: Eq<typeof perRow.shape, [2, 4, 8]> = true;
