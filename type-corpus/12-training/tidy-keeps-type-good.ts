// training. tidy returns its result with its type; keep and dispose take any tensor.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const w = st.randomNormal([16, 16]);
const out = st.tidy(() => st.relu(st.matMul(st.randomNormal([4, 16]), w)));
export const ok: Eq<typeof out.shape, [4, 16]> = true;
const kept = st.tidy(() => ({ a: st.keep(st.zeros([2])), b: st.ones([3]) }));
st.dispose(kept);
