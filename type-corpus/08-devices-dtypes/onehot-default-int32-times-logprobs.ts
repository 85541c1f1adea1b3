// cause: 8 devices/dtypes. The per-token NLL as sum(log_softmax(logits) * one_hot(targets, V)): oneHot's dtype
// is int32 by default (as tfjs), so the product mixes float32 and int32 (PyTorch would promote silently).
// expect: mul: dtypes differ (float32 vs int32)
import * as st from '../../src/index.js';

const logits = st.randomNormal([4, 64, 65]);
const targets = st.zeros([4, 64], 'int32');
const picked = st.mul(st.logSoftmax(logits), st.oneHot(targets, 65)); // error
export const nll = st.neg(st.mean(st.sum(picked, -1)));
