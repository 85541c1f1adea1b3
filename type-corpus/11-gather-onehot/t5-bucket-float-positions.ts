// cause: 11 gather/oneHot. T5's relative buckets computed from float ranges (range's default dtype) and used
// straight as indices into the bias table: gather needs int32 indices.
// expect: gather: indices must be int32, got float32
import * as st from '../../src/index.js';

const t = 10;
const s = 14;
const rel = st.sub(st.expandDims(st.range(0, s), 0), st.expandDims(st.range(0, t), -1));
const buckets = st.minimum(st.abs(rel), 31);
const table = st.randomNormal([32, 8]);
export const values = st.gather(table, buckets); // error
