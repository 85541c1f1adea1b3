// cause: 10 broadcast/reduce (new family): RWKV's state decay written with the decay vector of the head size
// (16) where the state holds all 32 channels: num * decay must broadcast [2, 32] against [16].
// expect: mul: shapes [2, 32] and [16] do not broadcast (32 vs 16)
import * as st from '../../src/index.js';

const w = st.exp(st.randomNormal([16]));

export function decayState(num: st.Tensor<[2, 32]>, ek: st.Tensor<[2, 32]>, v: st.Tensor<[2, 32]>) {
  const decay = st.exp(st.neg(w));
  return st.add(st.mul(num, decay), st.mul(ek, v)); // error
}
