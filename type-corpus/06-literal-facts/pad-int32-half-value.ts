// cause: 6 literal facts (new family): token ids (int32) right-padded with the constant 0.5 (meant as a "blank"
// marker between an int and the next): tfjs pads with 0, the id of a real token.
// expect: pad: 0.5 is not an integer, but the tensor is int32 (the number would become 0); cast the tensor to float32 first
import * as st from '../../src/index.js';

export function padIds(ids: st.Tensor<[4, 30], 'int32'>) {
  return st.pad(ids, [[0, 0], [0, 2]], 0.5); // error
}
