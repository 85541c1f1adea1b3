// cause: 2 generic code. Per-head attention over a list of heads: each head's output [B, T, Dh] computed with
// Array.map, stacked on a new axis 2 ([B, T, H, Dh] with a run-time head count), merged with reshape([b, t, -1]).
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function attendEach<B extends number, T extends number, D extends number, Dh extends number>(
  x: st.Tensor<[B, T, D]>, heads: readonly { q: st.Tensor<[D, Dh]>; k: st.Tensor<[D, Dh]>; v: st.Tensor<[D, Dh]> }[],
) {
  const [b, t] = x.shape;
  const outs = heads.map(({ q, k, v }) => {
    const scores = st.matMul(st.matMul(x, q), st.matMul(x, k), false, true);
    return st.matMul(st.softmax(scores, -1), st.matMul(x, v));
  });
  return st.reshape(st.stack(outs, 2), [b, t, -1]);
}
const heads = Array.from({ length: 4 }, () => ({ q: st.randomNormal([32, 8]), k: st.randomNormal([32, 8]), v: st.randomNormal([32, 8]) }));
const y = attendEach(st.randomNormal([2, 5, 32]), heads);
export const ok: Eq<typeof y.shape, [2, 5, number]> = true;
