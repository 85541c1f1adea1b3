// cause: 6 literal facts (new family): expert-choice routing taking each expert's top 16 tokens from the
// router scores without transposing them: topk runs over the last axis, the 8 experts, and 16 > 8.
// expect: topk: k 16 is larger than the last dim 8 of [64, 8]
import * as st from '../../src/index.js';

export function expertChoice(x: st.Tensor<[64, 32]>, router: st.Tensor<[32, 8]>) {
  const scores = st.softmax(st.matMul(x, router), -1);
  return st.topk(scores, 16); // error
}
