// cause: 1 union inference. An MSE helper infers the feature dim from predictions [32, 3] and targets [32, 4].
// expect: a dim was inferred as 
// expect: they must be equal
// expect: 3
// expect: 4
import * as st from '../../src/index.js';

function mse<N extends number, D extends number>(pred: st.Tensor<[N, D]>, target: st.Tensor<[N, D]>) {
  return st.mean(st.square(st.sub(pred, target)));
}

const pred = st.randomNormal([32, 3]);
const target = st.zeros([32, 4]);
export const loss = mse(pred, target); // error
