// cause: 4 kinds (new family): PPO's clipped surrogate objective for a discrete policy: log-probabilities of the taken actions
// read with a one-hot mask, the ratio exp(new - old), the clipped ratio, the minimum, plus an entropy bonus.
// expect: ok
import * as st from '../../src/index.js';

const batch = 256;
const nActions = 6;
const policy = st.variable(st.mul(st.randomNormal([128, nActions], 0, 1, 'float32', 1), 0.01));
const obs = st.randomNormal([batch, 128]);
const actions = st.zeros([batch], 'int32');
const oldLogProb = st.zeros([batch]);
const advantages = st.randomNormal([batch]);
const clip = 0.2;

function ppoLoss(): st.Tensor<[]> {
  const logp = st.logSoftmax(st.matMul(obs, policy));                               // [256, 6]
  const taken = st.sum(st.mul(logp, st.oneHot(actions, nActions, 1, 0, 'float32')), -1); // [256]
  const ratio = st.exp(st.sub(taken, oldLogProb));
  const clipped = st.clipByValue(ratio, 1 - clip, 1 + clip);
  const surrogate = st.minimum(st.mul(ratio, advantages), st.mul(clipped, advantages));
  const entropy = st.neg(st.sum(st.mul(st.exp(logp), logp), -1));
  return st.neg(st.mean(st.add(surrogate, st.mul(entropy, 0.01))));
}
const opt = new st.Adam({ learningRate: 3e-4 });
const { value, grads } = st.variableGrads(ppoLoss, { policy });
opt.apply({ policy }, grads);
export const objective: number = value.item();
