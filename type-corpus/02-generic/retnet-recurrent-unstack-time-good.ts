// cause: 2 generic code. RetNet's recurrent form (linear attention with decay) over generic batch, heads,
// time and head dims: the per-step keys, values and queries come from unstacking [B, H, T, Dh] along time
// (axis 2, a middle axis of rank 4); each step updates the [B, H, Dh, Dh] state and reads it out.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function retention<B extends number, H extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, T, Dh]>, v: st.Tensor<[B, H, T, Dh]>, state0: st.Tensor<[B, H, Dh, Dh]>, decay: number,
) {
  const qs = st.unstack(q, 2);
  const ks = st.unstack(k, 2);
  const vs = st.unstack(v, -2);
  let state = state0;
  const outs: st.Tensor<[B, H, Dh]>[] = [];
  qs.forEach((qt, t) => {
    const kv = st.matMul(st.expandDims(ks[t], -1), st.expandDims(vs[t], 2));
    state = st.add(st.mul(state, decay), kv);
    outs.push(st.squeeze(st.matMul(st.expandDims(qt, 2), state), [2]));
  });
  return { out: st.stack(outs, 2), state };
}
const r = retention(st.randomNormal([2, 4, 6, 8]), st.randomNormal([2, 4, 6, 8]), st.randomNormal([2, 4, 6, 8]), st.zeros([2, 4, 8, 8]), 0.9);
export const state: Eq<typeof r.state.shape, [2, 4, 8, 8]> = true;
export const out: Eq<typeof r.out.shape, [2, 4, number, 8]> = true;
