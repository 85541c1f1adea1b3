// cause: 8 devices/dtypes. Switch-Transformer's load-balancing loss with the one-hot made float32: the fraction of
// tokens per expert times the mean router probability per expert, summed, times the number of experts.
// expect: ok
import * as st from '../../src/index.js';

const experts = 8;
const router = st.randomNormal([512, experts]);
const probs = st.softmax(router);
const top1 = st.argMax(router, -1);
const fraction = st.mean(st.oneHot(top1, experts, 1, 0, 'float32'), 0);   // [8]
const meanProb = st.mean(probs, 0);                                      // [8] (values: arithmetic drops the tag)
export const aux: st.Tensor<[]> = st.mul(st.sum(st.mul(fraction, meanProb)), experts);
