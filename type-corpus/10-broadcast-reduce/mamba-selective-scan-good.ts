// cause: 10 broadcast/reduce (new family): Mamba's selective scan (S6) step by step: delta = softplus(x W_dt),
// dA = exp(delta[..., None] * A), dBx = delta[..., None] * B[:, :, None, :] * x[..., None], h = dA * h + dBx,
// y_t = (h * C_t[:, None, :]).sum(-1), with A = -exp(A_log) of shape [D, N].
// expect: ok
import * as st from '../../src/index.js';

const batch = 2, len = 16, dInner = 64, dState = 16;
const aLog = st.randomNormal([dInner, dState]);
const wDelta = st.randomNormal([dInner, dInner]);
const wB = st.randomNormal([dInner, dState]);
const wC = st.randomNormal([dInner, dState]);
const softplus = <S extends st.Shape>(x: st.Tensor<S>): st.Tensor<S> => st.log(st.add(st.exp(x), 1));

function selectiveScan(x: st.Tensor<[2, 16, 64]>): st.Tensor<[2, 16, 64]> {
  const A = st.neg(st.exp(aLog));                                   // [D, N]
  const delta = softplus(st.matMul(x, wDelta));                      // [B, L, D]
  const Bm = st.matMul(x, wB);                                       // [B, L, N]
  const Cm = st.matMul(x, wC);                                       // [B, L, N]
  const dA = st.exp(st.mul(st.expandDims(delta, -1), A));            // [B, L, D, N]
  const dBx = st.mul(st.mul(st.expandDims(delta, -1), st.expandDims(Bm, 2)), st.expandDims(x, -1));
  const dAs = st.unstack(dA, 1);
  const dBxs = st.unstack(dBx, 1);
  const Cs = st.unstack(Cm, 1);
  let h = st.zeros([batch, dInner, dState]);
  const ys: st.Tensor<[2, 64]>[] = [];
  for (let t = 0; t < len; t++) {
    h = st.add(st.mul(dAs[t], h), dBxs[t]);
    ys.push(st.sum(st.mul(h, st.expandDims(Cs[t], 1)), -1));
  }
  return st.withShape(st.stack(ys, 1), [batch, len, dInner]);
}
export const y = selectiveScan(st.randomNormal([batch, len, dInner]));
