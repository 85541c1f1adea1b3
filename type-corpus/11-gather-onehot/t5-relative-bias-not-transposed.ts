// cause: 11 gather/one-hot. T5's relative bias looked up ([T, S, H] = [32, 32, 8]) and added to the [B, H, T, S]
// scores without moving the heads axis first.
// expect: add: shapes [4, 8, 32, 32] and [1, 32, 32, 8] do not broadcast (32 vs 8)
import * as st from '../../src/index.js';

const table = st.variable(st.randomNormal([32, 8]));
const buckets = st.zeros([32, 32], 'int32');
const bias = st.expandDims(st.gather(table, buckets), 0);
export const scores = st.add(st.randomNormal([4, 8, 32, 32]), bias); // error
