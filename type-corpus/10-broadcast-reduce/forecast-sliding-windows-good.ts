// cause: 10 broadcast/reduce. Time-series forecasting: a series [T, F] cut into sliding windows of W steps with
// slice in a loop, stacked into a batch [N, W, F] (N known at run time), normalised per window by its mean and
// standard deviation over time (keepDims), and the last step projected to the next one.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function windows<T extends number, F extends number, W extends number>(series: st.Tensor<[T, F]>, w: W) {
  const [t] = series.shape;
  const list: st.Tensor<[W, F]>[] = [];
  for (let start = 0; start + w <= t; start++) list.push(st.slice(series, [start, 0], [w, -1]));
  return st.stack(list);
}
function normalise<N extends number, W extends number, F extends number>(x: st.Tensor<[N, W, F]>) {
  const mu = st.mean(x, 1, true);
  const sd = st.sqrt(st.add(st.mean(st.square(st.sub(x, mu)), 1, true), 1e-5));
  return st.div(st.sub(x, mu), sd);
}
const series = st.randomNormal([100, 4]);
const batch = normalise(windows(series, 12));
const [, w] = batch.shape;
const last = st.squeeze(st.slice(batch, [0, w - 1, 0], [-1, 1, -1]), [1]);
const head = new st.Linear(4, 4, new st.SeedSequence(0), 'default');
const next = head.forward(last);
export const ok: Eq<typeof next.shape, [number, 4]> = true;
