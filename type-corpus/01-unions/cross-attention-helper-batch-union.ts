// cause: 1 unions. A cross-attention helper whose batch B is inferred from the decoder states and from the
// encoder memory: the memory of a batch of 2 sentences meets decoder states of a batch of 4 (a dataloader
// that drops the last batch on one side only), and B must not become 4 | 2.
// expect: a dim was inferred as
// expect: they must be equal
import * as st from '../../src/index.js';

function crossAttend<B extends number, T extends number, S extends number, D extends number>(
  x: st.Tensor<[B, T, D]>, memory: st.Tensor<[B, S, D]>,
) {
  const w = st.softmax(st.matMul(x, memory, false, true));
  return st.matMul(w, memory);
}
const decoderStates = st.randomNormal([4, 7, 64]);
const encoderMemory = st.randomNormal([2, 12, 64]);
export const ctx = crossAttend(decoderStates, encoderMemory); // error
