// cause: 11 gather/one-hot (new family): one step of beam search (2 prompts, 4 beams, vocab 100): the beams'
// running scores [B, K, 1] added to the next-token log-probabilities, flattened to [B, K * V], the top K
// candidates, their beam (index div V, int32 floor division) and token (index - beam * V), and the beams'
// histories reordered with a gather on the flat beam index.
// expect: ok
import * as st from '../../src/index.js';

const B = 2, K = 4, V = 100;
const logits = st.randomNormal([B, K, V]);
const beamScores = st.zeros([B, K, 1]);
const history = st.zeros([B * K, 10], 'int32');
const cand = st.reshape(st.add(st.logSoftmax(logits), beamScores), [B, K * V]);
const best = st.topk(cand, K);                                   // values [2, 4], indices [2, 4] int32
const beam = st.div(best.indices, V);                            // which beam each candidate extends
const token = st.sub(best.indices, st.mul(beam, V));             // which token
const offsets = st.mul(st.expandDims(st.range(0, B, 1, 'int32'), 1), K); // [2, 1]
const flatBeam = st.reshape(st.add(beam, offsets), [-1]);         // [8]
const reordered = st.gather(history, flatBeam);                   // [8, 10]
export const next: st.Tensor<[number, 11], 'int32'> = st.concat([reordered, st.reshape(token, [-1, 1])], 1);
export const scores: st.Tensor<[2, 4, 1]> = st.expandDims(best.values, -1);
