// cause: 6 literal facts (a fraction against int32, in generic code, as a method). The masked-LM inputs of any
// batch: masked ids replaced with 0.5 through the method form of where.
// expect: where: 0.5 is not an integer, but the tensor is int32
// expect-not: do not broadcast
import * as st from '../../src/index.js';

export function maskTokens<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>, rate: number) {
  const keep = st.greaterEqual(st.randomUniform(ids.shape), rate);
  return ids.where(keep, 0.5); // error
}
