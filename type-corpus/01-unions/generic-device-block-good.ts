// cause: 1 union inference. A transformer block generic over its device and dims: every op that compares the
// operands' devices (add, linear, rmsNorm, attention, where, concat) accepts one type parameter on both sides.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function block<B extends number, T extends number, D extends number, Dev extends st.Device>(
  x: st.Tensor<[B, T, D], 'float32', Dev>, w: st.Tensor<[D, D], 'float32', Dev>, g: st.Tensor<[D], 'float32', Dev>,
  mask: st.Tensor<[T, T], 'bool', Dev>, rate: number,
) {
  const h = st.rmsNorm(x, g, 1e-5);
  const q = st.expandDims(st.linear(h, w), 1);
  const att = st.scaledDotProductAttention(q, q, q, { repeats: 1, causal: true, dropout: rate });
  const scores = st.where(mask, st.matMul(h, h, false, true), -1e9);
  const mixed = st.matMul(st.softmax(scores), h);
  const cat = st.concat([mixed, mixed], -1);
  return { out: st.add(x, st.dropout(st.squeeze(att, [1]), rate)), cat };
}
const r = block(st.zeros([2, 8, 16], 'float32', 'cpu'), st.zeros([16, 16], 'float32', 'cpu'), st.ones([16], 'float32', 'cpu'),
  st.causalMask(8, 'cpu'), 0.1);
export const ok: Eq<typeof r.out, st.Tensor<[2, 8, 16], 'float32', 'cpu'>> = true;
