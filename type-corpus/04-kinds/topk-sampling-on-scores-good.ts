// cause: 4 kind tags (topk), good. Top-k sampling done right for st.multinomial: keep the k largest logits,
// draw among their scores (multinomial softmaxes them), map the draw back to vocabulary ids; and a beam
// step that ranks log-probabilities with topk (their kind survives, and adding beam scores gives plain values).
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function topKDraw<V extends number>(logits: st.Tensor<[V]>, temperature: number, seed: number) {
  const { values, indices } = st.topk(st.div(logits, temperature), 40);
  const pick = st.multinomial(values, 1, seed);
  return st.gather(indices, pick);
}
function beamStep<K extends number, V extends number>(beamScores: st.Tensor<[K, 1]>, logits: st.Tensor<[K, V]>) {
  const logp = st.logSoftmax(logits);
  const best = logp.topk(4);
  const kept: st.LogProbabilities<[K, 4]> = best.values;
  return { scores: st.add(kept, beamScores), tokens: best.indices };
}
const ids = topKDraw(st.randomNormal([32000]), 0.8, 1);
export const drawn: Eq<typeof ids, st.Tensor<[1], 'int32'>> = true;
const step = beamStep(st.zeros([4, 1]), st.randomNormal([4, 32000]));
export const scores: Eq<typeof step.scores.shape, [4, 4]> = true;
export const fromLogProbs = st.multinomial(st.topk(st.logSoftmax(st.randomNormal([1, 100])), 10).values, 1);
