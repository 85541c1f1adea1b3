// cause: 11 gather/one-hot (new family): T5's relative position bias: bucket ids [T, S] (computed on the host)
// looked up in a learned [buckets, H] table, giving [T, S, H], moved to [1, H, T, S] and added to the scores.
// expect: ok
import * as st from '../../src/index.js';

const heads = 8;
const T = 32;
const table = st.variable(st.mul(st.randomNormal([32, heads], 0, 1, 'float32', 9), 0.02));
const buckets = st.tensor(Array.from({ length: T * T }, (_, i) => Math.min(31, Math.abs((i % T) - Math.floor(i / T)))), [T, T], 'int32');
const bias = st.expandDims(st.transpose(st.gather(table, buckets), [2, 0, 1]), 0); // [1, 8, 32, 32]
const scores = st.add(st.randomNormal([4, heads, T, T]), bias);
export const attn: st.Probabilities<[4, 8, 32, 32]> = st.softmax(scores);
