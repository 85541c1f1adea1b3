// cause: 12 training (new family): DQN's temporal-difference loss: Q(s, a) read off with a one-hot of the actions, the target
// r + gamma * (1 - done) * max_a' Q_target(s', a'), and a Huber-free squared error.
// expect: ok
import * as st from '../../src/index.js';

const qNet = st.variable(st.mul(st.randomNormal([8, 4], 0, 1, 'float32', 3), 0.1));
const targetNet = st.mul(st.randomNormal([8, 4], 0, 1, 'float32', 4), 0.1);
const s = st.randomNormal([32, 8]);
const sNext = st.randomNormal([32, 8]);
const a = st.zeros([32], 'int32');
const r = st.randomNormal([32]);
const done = st.zeros([32]);
const gamma = 0.99;

function tdLoss(): st.Tensor<[]> {
  const q = st.sum(st.mul(st.matMul(s, qNet), st.oneHot(a, 4, 1, 0, 'float32')), -1); // [32]
  const nextMax = st.max(st.matMul(sNext, targetNet), -1);                             // [32]
  const target = st.add(r, st.mul(st.mul(st.sub(1, done), nextMax), gamma));
  return st.mean(st.square(st.sub(q, target)));
}
const opt = new st.Adam({ learningRate: 1e-3 });
const { grads } = st.variableGrads(tdLoss, { qNet });
opt.apply({ qNet }, grads);
