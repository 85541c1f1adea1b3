// cause: 11 gather/one-hot (new family): position ids computed from a float32 attention mask (the tokenizer's
// mask cast for the attention bias): gathering the RoPE table rows with them is refused.
// expect: gather: indices must be int32, got float32
import * as st from '../../src/index.js';

const cosTable = st.randomNormal([2048, 128]);
export function positionCos(maskF: st.Tensor<[4, 32]>) {
  const positions = st.sub(st.cumsum(maskF, 1), 1);
  return st.gather(cosTable, positions, 0); // error
}
