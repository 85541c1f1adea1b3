// cause: 8 devices/dtypes. Switch-Transformer load balancing: the fraction of tokens routed to each expert as
// mean(one_hot(top1, E), 0), with the one-hot left int32: mean is float-only.
// expect: mean: tensor must be float32, got int32
import * as st from '../../src/index.js';

const router = st.randomNormal([512, 8]);
const probs = st.softmax(router);
const top1 = st.argMax(router, -1);
const fraction = st.mean(st.oneHot(top1, 8), 0); // error
export const aux = st.mul(st.sum(st.mul(fraction, st.mean(probs, 0))), 8);
