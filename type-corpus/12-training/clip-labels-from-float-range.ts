// cause: 12 training. CLIP's labels torch.arange(B) written range(0, B) without the dtype: range is float32
// by default (as tfjs), and class labels must be int32.
// expect: sparseSoftmaxCrossEntropy: labels must be int32, got float32
import * as st from '../../src/index.js';

const img = st.randomNormal([64, 512]);
const txt = st.randomNormal([64, 512]);
const logits = st.mul(st.matMul(img, txt, false, true), 1 / 0.07);
const labels = st.range(0, 64);
export const loss = st.sparseSoftmaxCrossEntropy(logits, labels); // error
