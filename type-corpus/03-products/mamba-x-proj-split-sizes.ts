// cause: 3 products (new family): Mamba's x_proj output (dt_rank 8 + 2 * d_state 16 = 40 wide) split with the
// sizes of another configuration (4, 16, 16): they do not add up to the axis.
// expect: split: sizes [4, 16, 16] add up to 36, but axis 2 of [2, 16, 40] is 40
import * as st from '../../src/index.js';

const xProj = st.randomNormal([128, 40]);
export function ssmParams(x: st.Tensor<[2, 16, 128]>) {
  return st.split(st.matMul(x, xProj), [4, 16, 16], -1); // error
}
