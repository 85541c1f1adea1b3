// cause: 10 broadcast/reduce. PPO with the taken action's log-probability forgotten: the ratio is computed
// over the whole [256, 6] table and multiplied by the [256] advantages, which broadcast along the actions.
// expect: mul: shapes [256, 6] and [256] do not broadcast (6 vs 256)
import * as st from '../../src/index.js';

const logp = st.logSoftmax(st.randomNormal([256, 6]));
const oldLogp = st.logSoftmax(st.randomNormal([256, 6]));
const advantages = st.randomNormal([256]);
const ratio = st.exp(st.sub(logp, oldLogp));
export const surrogate = st.mean(st.mul(ratio, advantages)); // error
