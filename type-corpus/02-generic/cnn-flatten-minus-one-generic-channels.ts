// cause: 2 generic code (reshape). A CNN head generic over the channels too: [B, C, 7, 7] flattened with the
// width written for 64 channels (`view(-1, 3136)`). The -1 can only stand for a run of generic dims when the
// literal dims after it make the rest, so this is refused (write `[b, -1]`, or type the width as st.Mul<C, 49>).
// expect: reshape: [${B}, ${C}, 7, 7] to [-1, 3136] cannot be checked over generic dims
import * as st from '../../src/index.js';

function classify<B extends number, C extends number>(features: st.Tensor<[B, C, 7, 7]>, w: st.Tensor<[3136, 10]>) {
  return features.reshape([-1, 3136]); // error
}
export const logits = classify(st.zeros([32, 64, 7, 7]), st.zeros([3136, 10]));
