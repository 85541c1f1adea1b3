// cause: 4 kind tags. Beam search expands the first step's distribution over 4 beams with tile, then a
// "rescoring" loss reuses it as logits. tile is shape-only, so the probabilities tag survives it.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities (softmax output)
import * as st from '../../src/index.js';

const logits = st.randomNormal([1, 50]);
const probs = st.softmax(logits);
const perBeam = st.tile(probs, [4, 1]); // [4, 50]
const beamTargets = st.zeros([4], 'int32');
export const rescored = st.sparseSoftmaxCrossEntropy(perBeam, beamTargets); // error
