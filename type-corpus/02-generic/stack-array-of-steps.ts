// cause: 2 generic code. Hidden states collected step by step in an array, then stacked: [T, B, D].
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function rnn<B extends number, D extends number>(h0: st.Tensor<[B, D]>, w: st.Tensor<[D, D]>, steps: number) {
  const states: st.Tensor<[B, D]>[] = [];
  let h = h0;
  for (let i = 0; i < steps; i++) {
    h = st.tanh(st.matMul(h, w));
    states.push(h);
  }
  return st.stack(states);
}
const all = rnn(st.zeros([4, 32]), st.randomNormal([32, 32]), 10);
export const ok: Eq<typeof all.shape, [number, 4, 32]> = true;
