// cause: 10 broadcast/reduce (new family): Mamba's discretisation with the state matrix loaded as [N, D] (the
// checkpoint's A_log transposed): delta[..., None] * A must broadcast [B, L, D, 1] against [D, N].
// expect: mul: shapes [2, 16, 64, 1] and [16, 64] do not broadcast (64 vs 16)
import * as st from '../../src/index.js';

const aLog = st.randomNormal([16, 64]);                              // [N, D]: should be [D, N]
const wDelta = st.randomNormal([64, 64]);

export function discretise(x: st.Tensor<[2, 16, 64]>) {
  const A = st.neg(st.exp(aLog));
  const delta = st.log(st.add(st.exp(st.matMul(x, wDelta)), 1));
  return st.exp(st.mul(st.expandDims(delta, -1), A)); // error
}
