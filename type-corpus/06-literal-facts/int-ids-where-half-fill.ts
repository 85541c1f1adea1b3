// cause: 6 literal facts (where's number into int32). Masked-language-model inputs: masked positions of the
// int32 ids are replaced with a number meant as "no token", written 0.5 so that it matches no real id.
// expect: where: 0.5 is not an integer, but the tensor is int32
import * as st from '../../src/index.js';

export function maskTokens<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>, rate: number) {
  const masked = st.less(st.randomUniform(ids.shape), rate);
  return st.where(masked, ids, 0.5); // error
}
