// cause: 3 products. Swin's patch merging in generic code, from the map viewed as 2x2 neighbourhoods
// [B, NH, 2, NW, 2, C]: the neighbours brought together and concatenated per position (`[b, nh, nw, -1]`: the -1 is
// Mul<2, Mul<2, C>>), then the positions flattened into tokens (`[b, -1, 4C]`: Mul<NH, NW>).
// expect: ok
import * as st from '../../src/index.js';

function patchMerge<B extends number, NH extends number, NW extends number, C extends number>(x: st.Tensor<[B, NH, 2, NW, 2, C]>) {
  const [b, nh, , nw] = x.shape;
  const grouped = st.transpose(x, [0, 1, 3, 2, 4, 5]); // [B, NH, NW, 2, 2, C]
  const merged = st.reshape(grouped, [b, nh, nw, -1]);
  const tokens: st.Tensor<[B, st.Mul<NH, NW>, st.Mul<2, st.Mul<2, C>>]> = st.reshape(merged, [b, -1, merged.shape[3]]);
  return tokens;
}
const tokens = patchMerge(st.randomNormal([2, 4, 2, 4, 2, 8]));
export const shape: [2, 16, 32] = tokens.shape;
