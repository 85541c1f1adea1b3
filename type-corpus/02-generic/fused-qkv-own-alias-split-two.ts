// cause: 2 generic code. The same fused projection under the user's alias, split in two as a key/value pair
// would be: 3 x C cannot be shown to split into two equal parts of a known width, as with st.Mul<3, C> itself.
// expect: split: dim ${QKV<C>} at axis -1 of [${B}, ${T}, ${QKV<C>}] cannot be shown to split into 2 equal parts
// expect-not: NotThisForm
import * as st from '../../src/index.js';

type QKV<C extends number> = st.Mul<3, C>;

function keysValues<B extends number, T extends number, C extends number>(x: st.Tensor<[B, T, C]>, fused: st.Linear<C, QKV<C>>) {
  const kv = fused.forward(x);
  const [k, v] = st.split(kv, 2, -1); // error
  return st.matMul(k, v, false, true);
}
export const scores = keysValues(st.randomNormal([2, 8, 32]), new st.Linear(32, 96, new st.SeedSequence(0), 'default'));
