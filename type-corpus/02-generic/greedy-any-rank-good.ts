// cause: 2 generic. A greedy decoding helper over logits of any leading shape ([...L, V]: one prompt, a batch,
// a batch of beams) and the log-probability of the chosen token read with a one-hot mask.
// expect: ok
import * as st from '../../src/index.js';

function greedyPick<L extends st.Shape, V extends number>(logits: st.Tensor<[...L, V]>, vocab: V) {
  const token = st.argMax(logits, -1);                                           // [...L] int32
  const logp = st.sum(st.mul(st.logSoftmax(logits), st.oneHot(token, vocab, 1, 0, 'float32')), -1);
  return { token, logp };
}
const one = greedyPick(st.randomNormal([65]), 65);
const beams = greedyPick(st.randomNormal([2, 4, 65]), 65);
export const t: st.Tensor<[], 'int32'> = one.token;
export const lp: st.Tensor<[2, 4]> = beams.logp;
