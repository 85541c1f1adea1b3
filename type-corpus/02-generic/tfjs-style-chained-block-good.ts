// cause: 2 generic code. A GPT block written as a tfjs user chains methods, over generic dims: a learned
// position table [1, T, D] added, layer norm by hand, attention scores masked by an outer comparison of two
// position ranges, the output projection and a GELU MLP as x.matMul(w) chains, a per-sample drop-path scale.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function block<B extends number, T extends number, D extends number, F extends number>(
  x: st.Tensor<[B, T, D]>, t: T, pos: st.Tensor<[1, T, D]>, wo: st.Tensor<[D, D]>, w1: st.Tensor<[D, F]>, w2: st.Tensor<[F, D]>, keep: st.Tensor<[B, 1, 1]>,
) {
  const h = x.add(pos);
  const mu = h.mean(-1, true);
  const xc = h.sub(mu);
  const normed = xc.div(xc.square().mean(-1, true).add(1e-5).sqrt());
  const idx = st.range(0, t, 1, 'int32');
  const causal = idx.expandDims(-1).greaterEqual(idx.expandDims(0));
  const scores = normed.matMul(normed, false, true).div(Math.sqrt(64));
  const attn = st.where(causal, scores, -1e9).softmax(-1).matMul(normed).matMul(wo);
  const h2 = h.add(attn.mul(keep));
  return h2.add(h2.matMul(w1).gelu().matMul(w2));
}
const y = block(st.randomNormal([2, 16, 64]), 16, st.zeros([1, 16, 64]), st.randomNormal([64, 64]), st.randomNormal([64, 256]), st.randomNormal([256, 64]), st.ones([2, 1, 1]));
export const shape: Eq<typeof y.shape, [2, 16, 64]> = true;
