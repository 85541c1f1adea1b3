// cause: 3 products. Swin's window partition in generic code, from the feature map already viewed as a grid of
// windows [B, NH, Ws, NW, Ws, C]: the window axes brought together, then every window made a batch entry
// (`view(-1, ws, ws, C)`: the -1 merges the batch and the window grid, Mul<B, Mul<NH, NW>>) and its pixels one
// token axis (`view(windows, -1, C)`: Mul<Ws, Ws>), for attention within each window.
// expect: ok
import * as st from '../../src/index.js';

function windowTokens<B extends number, NH extends number, NW extends number, Ws extends number, C extends number>(
  grid: st.Tensor<[B, NH, Ws, NW, Ws, C]>,
) {
  const [, , ws, , , c] = grid.shape;
  const windowsFirst = st.transpose(grid, [0, 1, 3, 2, 4, 5]); // [B, NH, NW, Ws, Ws, C]
  const windows = st.reshape(windowsFirst, [-1, ws, ws, c]); // [Mul<B, Mul<NH, NW>>, Ws, Ws, C]
  const tokens: st.Tensor<[st.Mul<B, st.Mul<NH, NW>>, st.Mul<Ws, Ws>, C]> = st.reshape(windows, [windows.shape[0], -1, c]);
  return tokens;
}

const tokens = windowTokens(st.randomNormal([2, 2, 4, 2, 4, 16]));
export const shape: [8, 16, 16] = tokens.shape;
