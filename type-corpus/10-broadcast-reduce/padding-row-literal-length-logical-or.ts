// cause: 10 broadcast (logical ops, literal). A [16, 16] causal mask or-ed with a prefix row built for 8 positions.
// expect: logicalOr: shapes [16, 16] and [1, 8] do not broadcast (16 vs 8)
import * as st from '../../src/index.js';

const causal = st.causalMask(16);
const prefix = st.less(st.expandDims(st.range(0, 8, 1, 'int32'), 0), 4);
export const visible = causal.logicalOr(prefix); // error
