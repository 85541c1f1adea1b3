// cause: 2 generic code. Multi-query attention's fused key/value projection, declared with the factor last
// (`Mul<Dh, 2>`, as a user writes "head dim times two"): split along the last axis by its index gives k and v.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function keysAndValues<B extends number, T extends number, D extends number, Dh extends number>(
  x: st.Tensor<[B, T, D]>, wkv: st.Tensor<[D, st.Mul<Dh, 2>]>,
) {
  const kv = st.matMul(x, wkv);
  const [k, v] = st.split(kv, 2, 2);
  const same: Eq<typeof k, st.Tensor<[B, T, Dh]>> = true;
  return { k, v, same };
}
const { k, v } = keysAndValues(st.randomNormal([2, 8, 64]), st.randomNormal([64, 32]));
export const scores: st.Tensor<[2, 8, 8]> = st.matMul(k, v, false, true);
