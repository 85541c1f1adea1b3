// cause: 11 gather/oneHot. The log-probability of each target token picked by gather on the flattened rows
// (logp.view(-1, V) gathered at row * V + token over the flat table), the same values as the one-hot product, in a
// generic helper; summed per sequence for a DPO-style score.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function sequenceLogProb<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>, targets: st.Tensor<[B, T], 'int32'>) {
  const [b, t, v] = logits.shape;
  const flat = st.reshape(st.logSoftmax(logits, -1), [-1]);
  const rows = st.reshape(st.range(0, b * t, 1, 'int32'), [b, t]);
  const picked = st.gather(flat, st.add(st.mul(rows, v), targets));
  return st.sum(picked, -1);
}
const score = sequenceLogProb(st.randomNormal([2, 6, 65]), st.zeros([2, 6], 'int32'));
export const ok: Eq<typeof score.shape, [2]> = true;
