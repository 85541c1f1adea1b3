// cause: 7 messages. A user's generic decode step takes the rope by its own type parameter (the key dim Dk) beside an
// attention of head dim Dh: in generic code the attention's sentence names the head dim it needs.
// expect: Attention.forward: the rope must be built with the layer's head dim ${Dh}
import * as st from '../../src/index.js';

export function decodeStep<KV extends number, Rep extends number, Dh extends number, Dk extends number, B extends number>(
  attn: st.Attention<KV, Rep, Dh>, rope: st.RotaryEmbedding<Dk>, x: st.Tensor<[B, 1, st.ModelDim<KV, Rep, Dh>]>, cache: st.KVCache<B, KV, Dh, 'default'>,
) {
  return attn.forward(x, rope, { cache }); // error
}
