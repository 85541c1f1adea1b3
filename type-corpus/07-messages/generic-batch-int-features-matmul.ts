// cause: 7 messages (dtypes in code generic over the batch). Bag-of-words counts built as int32 (oneHot's default)
// and summed over the sequence, multiplied by a float embedding matrix in a helper generic over the batch: the
// sentence names the dtype.
// expect: matMul: tensor must be float32, got int32
// expect-not: inner dimensions differ
import * as st from '../../src/index.js';

const embedding = st.variable(st.randomNormal([1000, 64], 0, 0.02));

export function bagOfWords<B extends number>(ids: st.Tensor<[B, 32], 'int32'>) {
  const counts = st.sum(st.oneHot(ids, 1000), 1);
  return st.matMul(counts, embedding); // error
}
