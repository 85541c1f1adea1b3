// cause: 10 broadcast/reduce. Row-wise L2 normalisation for a cosine-similarity matrix with the norms taken
// without keepDims: [64, 512] / [64] broadcasts along the features (PyTorch would fail too, or silently when
// the batch equals the width).
// expect: div: shapes [64, 512] and [64] do not broadcast (512 vs 64)
import * as st from '../../src/index.js';

const emb = st.randomNormal([64, 512]);
const norms = st.sqrt(st.sum(st.square(emb), -1));
const unit = st.div(emb, norms); // error
export const sims = st.matMul(unit, unit, false, true);
