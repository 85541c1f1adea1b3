// cause: 4 kind tags. Probabilities kept as probabilities through the user's own wrappers: annotated
// returns, a cpu copy and a record, then used where probabilities are meant (entropy, argMax).
// expect: ok
import * as st from '../../src/index.js';

function predictProbs<B extends number, C extends number>(logits: st.Tensor<[B, C]>): st.Probabilities<[B, C]> {
  return st.softmax(logits);
}
function entropy<B extends number, C extends number>(p: st.Probabilities<[B, C]>): st.Tensor<[B]> {
  return st.neg(st.sum(st.mul(p, st.log(st.add(p, 1e-9))), -1));
}
const logits = st.randomNormal([8, 10]);
const p = predictProbs(logits);
const report = { probs: p.to('cpu'), classes: st.argMax(p, -1) };
export const h = entropy(p);
export const onCpu: st.Probabilities<[8, 10], 'cpu'> = report.probs;
export const loss = st.sparseSoftmaxCrossEntropy(logits, report.classes);
