// cause: 2 generic code. Hugging Face's attention writes key_states.view(bsz, -1, num_heads, head_dim) for the
// keys of an encoder memory whose length it does not name; then transpose(1, 2), scores, softmax and the merge.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function shapeKV<B extends number, S extends number, H extends number, Dh extends number>(
  states: st.Tensor<[B, S, st.Mul<H, Dh>]>, heads: H, headDim: Dh,
) {
  const [bsz] = states.shape;
  return st.transpose(st.reshape(states, [bsz, -1, heads, headDim]), [0, 2, 1, 3]);
}
const k = shapeKV(st.randomNormal([2, 37, 512]), 8, 64);
export const ok: Eq<typeof k.shape, [2, 8, 37, 64]> = true;
