// cause: 12 training. PPO for a language model: the policy's log-probabilities of the sampled tokens [B, T] picked
// from logSoftmax(logits) [B, T, V] with a float one-hot of the tokens (gather along the last axis per position),
// the ratio to the old policy's, the clipped surrogate objective masked by the response mask, averaged.
// expect: ok
import * as st from '../../src/index.js';

function tokenLogProbs<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>, tokens: st.Tensor<[B, T], 'int32'>) {
  const [, , v] = logits.shape;
  return st.sum(st.mul(st.logSoftmax(logits, -1), st.oneHot(tokens, v, 1, 0, 'float32')), -1);
}
function ppoLoss<B extends number, T extends number, V extends number>(
  logits: st.Tensor<[B, T, V]>, tokens: st.Tensor<[B, T], 'int32'>, oldLogProbs: st.Tensor<[B, T]>, advantages: st.Tensor<[B, 1]>, mask: st.Tensor<[B, T], 'bool'>, eps: number,
) {
  const ratio = st.exp(st.sub(tokenLogProbs(logits, tokens), oldLogProbs));
  const unclipped = st.mul(ratio, advantages);
  const clipped = st.mul(st.clipByValue(ratio, 1 - eps, 1 + eps), advantages);
  const m = st.cast(mask, 'float32');
  const objective = st.sum(st.mul(st.minimum(unclipped, clipped), m));
  return st.neg(st.div(objective, st.maximum(st.sum(m), 1)));
}
const head = new st.Linear(32, 65, new st.SeedSequence(0), 'default');
const params = head.parameters();
const h = st.randomNormal([4, 10, 32]);
const tokens = st.zeros([4, 10], 'int32');
const { value, grads } = st.variableGrads(() => ppoLoss(head.forward(h), tokens, st.zeros([4, 10]), st.ones([4, 1]), st.ones([4, 10], 'bool'), 0.2), params);
new st.AdamW({ learningRate: 1e-5 }).apply(params, grads);
export const loss: number = value.item();
