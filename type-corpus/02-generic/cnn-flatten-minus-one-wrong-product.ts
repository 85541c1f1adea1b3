// cause: 2 generic code (reshape). The CNN head of cnn-flatten-minus-one-first with the flattened width written
// wrong: the features are [B, 64, 7, 7] (3136 per sample) and `view(-1, 3000)` is refused, since 3000 divides no
// product of the literal dims (only some batch sizes would fit, and no type can name that -1).
// expect: reshape: [${B}, 64, 7, 7] to [-1, 3000] cannot be checked over generic dims
import * as st from '../../src/index.js';

function classify<B extends number>(features: st.Tensor<[B, 64, 7, 7]>, w: st.Tensor<[3000, 10]>) {
  return features.reshape([-1, 3000]); // error
}
export const logits = classify(st.zeros([32, 64, 7, 7]), st.zeros([3000, 10]));
