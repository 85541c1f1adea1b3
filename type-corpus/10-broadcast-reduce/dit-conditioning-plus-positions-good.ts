// cause: 10 broadcast (an outer broadcast of two generic dims), good. A diffusion transformer adds its per-example
// conditioning [B, 1, D] (timestep and class embedding) and the learned positions [1, T, D] into one [B, T, D]
// table before adding it to the patch tokens; also in the other order, and through a method.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function condition<B extends number, T extends number, D extends number>(
  tokens: st.Tensor<[B, T, D]>, cond: st.Tensor<[B, 1, D]>, positions: st.Tensor<[1, T, D]>,
) {
  const table = st.add(cond, positions);
  const other = st.mul(positions, cond);
  return st.add(tokens, st.add(table, cond.sub(positions)).add(other));
}
const out = condition(st.zeros([2, 256, 384]), st.zeros([2, 1, 384]), st.zeros([1, 256, 384]));
export const shape: Eq<typeof out.shape, [2, 256, 384]> = true;
