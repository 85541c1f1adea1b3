// cause: 2 generic code. Bart's _shape(tensor, -1, bsz) for the encoder memory of a literal width 768 and a length
// the code does not name: view(bsz, -1, 12, 64), then the merge of a [B, T, 12, 64] result back to 768 with
// reshape(bsz, -1, 768). Generic over batch and lengths, literal heads.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function shape<B extends number, S extends number>(t: st.Tensor<[B, S, 768]>) {
  const [bsz] = t.shape;
  return st.transpose(st.reshape(t, [bsz, -1, 12, 64]), [0, 2, 1, 3]);
}
function crossAttend<B extends number, T extends number, S extends number>(hidden: st.Tensor<[B, T, 768]>, memory: st.Tensor<[B, S, 768]>) {
  const [bsz] = hidden.shape;
  const q = shape(hidden);
  const kv = shape(memory);
  const probs = st.softmax(st.mul(st.matMul(q, kv, false, true), 0.125), -1);
  const out = st.transpose(st.matMul(probs, kv), [0, 2, 1, 3]);
  return st.reshape(out, [bsz, -1, 768]);
}
const y = crossAttend(st.randomNormal([2, 7, 768]), st.randomNormal([2, 30, 768]));
export const ok: Eq<typeof y.shape, [2, 7, 768]> = true;
