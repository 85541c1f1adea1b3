// cause: 3 products (new family): Mamba's input projections with literal widths: in_proj [64, 256] split in
// two (x and the gate z, 128 each), x_proj to dt_rank + 2 * d_state = 4 + 16 + 16 split by sizes, and dt_proj
// from the rank back to the inner width.
// expect: ok
import * as st from '../../src/index.js';

const inProj = st.randomNormal([64, 256]);
const xProj = st.randomNormal([128, 36]);
const dtProj = st.randomNormal([4, 128]);
export function projections(u: st.Tensor<[2, 16, 64]>) {
  const [x, z] = st.split(st.matMul(u, inProj), 2, -1);                          // [2, 16, 128] each
  const [dtLow, Bm, Cm] = st.split(st.matMul(x, xProj), [4, 16, 16], -1);
  const delta = st.log(st.add(st.exp(st.matMul(dtLow, dtProj)), 1));            // softplus, [2, 16, 128]
  return { x: st.mul(x, st.silu(z)), delta, Bm, Cm };
}
