// cause: 2 generic code (reshape to a leading 1). Positions turned into a row and a column for a hand-built
// causal mask, as tfjs code writes it (`pos.reshape([1, t])`, PyTorch's `pos[None, :]` / `pos.view(1, T)`):
// a size-1 dim put before the tensor's own dim. The trailing form ([t, 1]) compiles; the leading one is
// refused in generic code (`reshape: [${T}] to [1, ${T}] cannot be checked over generic dims`).
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function causal<T extends number>(t: T) {
  const pos = st.range(0, t, 1, 'int32');
  return st.lessEqual(st.reshape(pos, [1, t]), st.reshape(pos, [t, 1]));
}
function perHead<B extends number, H extends number>(scale: st.Tensor<[H]>, b: B) {
  const [h] = scale.shape;
  return st.tile(st.reshape(scale, [1, h, 1, 1]), [b, 1, 1, 1]);
}
const mask = causal(16);
export const shape: Eq<typeof mask, st.Tensor<[16, 16], 'bool'>> = true;
export const scales = perHead(st.ones([8]), 2);
