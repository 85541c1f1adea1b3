// cause: 10 broadcast/reduce. ALiBi's per-head slopes [8] multiplied into the distances [64, 64] without the
// [1, H, 1, 1] view: the [8] would broadcast along the key axis.
// expect: mul: shapes [64, 64] and [8] do not broadcast (64 vs 8)
import * as st from '../../src/index.js';

const slopes = st.tensor([0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125, 0.00390625], [8]);
const pos = st.range(0, 64);
const distance = st.sub(st.expandDims(pos, 0), st.expandDims(pos, 1));
export const bias = st.mul(distance, slopes); // error
