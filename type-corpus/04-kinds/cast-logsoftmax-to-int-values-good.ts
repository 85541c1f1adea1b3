// cause: 4 kind tags. Greedy decode: argMax of a cast probability (float32 kept) and integer buckets of the log
// probabilities (cast to int32 gives plain values, usable as ids).
// expect: ok
import * as st from '../../src/index.js';

const logits = st.randomNormal([4, 10]);
const p = st.cast(st.softmax(logits), 'float32');
const keptProbs: st.Probabilities<[4, 10]> = p;
const buckets = st.cast(st.neg(st.logSoftmax(logits)), 'int32');
export const plain: st.Tensor<[4, 10], 'int32'> = buckets;
export const pick = st.argMax(keptProbs, -1);
