// broadcasting. The same layer norm with keepDims: [4, 16, 64] minus [4, 16, 1].
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const x = st.randomNormal([4, 16, 64]);
const mu = st.mean(x, -1, true);
const centered = st.sub(x, mu);
const variance = st.mean(st.square(centered), -1, true);
const y = st.add(st.mul(st.mul(centered, st.rsqrt(st.add(variance, 1e-5))), st.ones([64])), st.zeros([64]));
export const ok: Eq<typeof y.shape, [4, 16, 64]> = true;
