// cause: 2 generic code. The same recurrent retention with the time axis counted from 1 (axis 4 of a rank-4
// [B, H, T, Dh]): refused with the axis sentence over the user's dims, not with an untyped loop.
// expect: unstack: axis 4 is out of range for [${B}, ${H}, ${T}, ${Dh}]
// expect-not: NotThisForm
import * as st from '../../src/index.js';

function retention<B extends number, H extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, T, Dh]>, v: st.Tensor<[B, H, T, Dh]>, state0: st.Tensor<[B, H, Dh, Dh]>, decay: number,
) {
  const qs = st.unstack(q, 4); // error
  const ks = st.unstack(k, 2);
  const vs = st.unstack(v, 2);
  let state = state0;
  qs.forEach((_, t) => {
    state = st.add(st.mul(state, decay), st.matMul(st.expandDims(ks[t], -1), st.expandDims(vs[t], 2)));
  });
  return state;
}
export const state = retention(st.randomNormal([2, 4, 6, 8]), st.randomNormal([2, 4, 6, 8]), st.randomNormal([2, 4, 6, 8]), st.zeros([2, 4, 8, 8]), 0.9);
