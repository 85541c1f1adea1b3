// cause: 10 broadcast/reduce. A padding mask built from sequence lengths by comparison (positions < lengths[:, None]),
// turned into an additive bias (1 - mask) * -1e9 of shape [B, 1, 1, T], added to the scores with the mask first
// (as Hugging Face writes attention_mask + attn_weights) and second; generic over B, H, T.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function paddingBias<B extends number, T extends number>(lengths: st.Tensor<[B], 'int32'>, t: T) {
  const [b] = lengths.shape;
  const valid = st.less(st.expandDims(st.range(0, t, 1, 'int32'), 0), st.expandDims(lengths, 1));
  const bias = st.mul(st.sub(1, st.cast(valid, 'float32')), -1e9);
  return st.reshape(bias, [b, 1, 1, t]);
}
function attend<B extends number, H extends number, T extends number, Dh extends number>(q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, T, Dh]>, lengths: st.Tensor<[B], 'int32'>) {
  const [, , t] = q.shape;
  const bias = paddingBias(lengths, t);
  const scores = st.mul(st.matMul(q, k, false, true), 0.125);
  const first = st.softmax(st.add(bias, scores), -1);
  const second = st.softmax(st.add(scores, bias), -1);
  return st.add(first, second);
}
const p = attend(st.randomNormal([2, 4, 7, 16]), st.randomNormal([2, 4, 7, 16]), st.tensor(Int32Array.from([7, 3]), [2], 'int32'));
export const ok: Eq<typeof p.shape, [2, 4, 7, 7]> = true;
