// cause: 1 union inference. A conditional picks one of two widths; the classifier head only fits one.
// expect: matMul: inner dimensions differ (256 vs 128) in [8, 256] @ [128, 10]
import * as st from '../../src/index.js';

declare const wide: boolean;
const features = wide ? st.zeros([8, 256]) : st.zeros([8, 128]);
const head = st.randomNormal([128, 10], 0, 0.02);
export const logits = st.matMul(features, head); // error
