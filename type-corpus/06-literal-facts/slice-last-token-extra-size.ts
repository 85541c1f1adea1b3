// cause: 6 literal facts: taking the last position's hidden state in generic code, a size is written for an axis the
// tensor does not have ([-1, 1, -1, 1] on [B, T, D], a leftover of a 4-D [B, H, T, Dh] version). tfjs would return a
// tensor of rank 4; the types said rank 3. Refused: the sizes outnumber the axes.
// expect: slice: 4 sizes for the 3 axes of
import * as st from '../../src/index.js';

export function lastHidden<B extends number, T extends number, D extends number>(h: st.Tensor<[B, T, D]>, t: T) {
  return st.slice(h, [0, t - 1, 0], [-1, 1, -1, 1]); // error
}
