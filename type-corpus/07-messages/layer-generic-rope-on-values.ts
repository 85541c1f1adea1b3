// cause: 7 messages. A user's generic attention rotates the values with a RoPE built for the query/key head dim
// (values there have their own head dim Dv): RotaryEmbedding.forward names the layer's headDim.
// expect: RotaryEmbedding.forward: the input's last dim must be the layer's headDim
import * as st from '../../src/index.js';

function attendRotated<B extends number, H extends number, T extends number, Dk extends number, Dv extends number>(
  rope: st.RotaryEmbedding<Dk>, q: st.Tensor<[B, H, T, Dk]>, k: st.Tensor<[B, H, T, Dk]>, v: st.Tensor<[B, H, T, Dv]>,
) {
  const scores = st.softmax(st.matMul(rope.forward(q), rope.forward(k), false, true));
  return st.matMul(scores, rope.forward(v)); // error
}
export const attend = attendRotated;
