// cause: 2 generic code. nanoGPT's c_attn output is 3 x C wide; splitting it in two (a copy of a fused
// key/value projection's code) cannot give equal parts of a known width: refused with a sentence.
// expect: split: dim ${Mul<3, C>} at axis -1 of [${B}, ${T}, ${Mul<3, C>}] cannot be shown to split into 2 equal parts
// expect-not: NotThisForm
import * as st from '../../src/index.js';

function keysValues<B extends number, T extends number, C extends number>(x: st.Tensor<[B, T, C]>, cAttn: st.Linear<C, st.Mul<3, C>>) {
  const qkv = cAttn.forward(x);
  const [k, v] = st.split(qkv, 2, -1); // error
  return st.matMul(k, v, false, true);
}
export const scores = keysValues(st.randomNormal([2, 8, 32]), new st.Linear(32, 96, new st.SeedSequence(0), 'default'));
