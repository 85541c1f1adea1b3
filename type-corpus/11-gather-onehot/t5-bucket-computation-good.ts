// cause: 11 gather/oneHot. T5's relative position bias written out, bidirectional buckets included: relative
// positions from two int32 ranges (memory minus context), half the buckets for each sign, exact buckets for small
// distances and log-spaced ones beyond (float math, cast back to int32, capped with minimum), the bias table
// gathered by the buckets [T, S] -> [T, S, H], permuted to [1, H, T, S] and added to the scores.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function relativeBuckets<T extends number, S extends number>(t: T, s: S, numBuckets: number, maxDistance: number) {
  const context = st.expandDims(st.range(0, t, 1, 'int32'), -1);
  const memory = st.expandDims(st.range(0, s, 1, 'int32'), 0);
  const rel = st.sub(memory, context);
  const half = Math.floor(numBuckets / 2);
  const signBucket = st.mul(st.cast(st.greater(rel, 0), 'int32'), half);
  const n = st.abs(rel);
  const maxExact = Math.floor(half / 2);
  const isSmall = st.less(n, maxExact);
  const logRatio = st.div(st.log(st.div(st.cast(st.maximum(n, 1), 'float32'), maxExact)), Math.log(maxDistance / maxExact));
  const large = st.add(st.cast(st.mul(logRatio, half - maxExact), 'int32'), maxExact);
  const largeCapped = st.minimum(large, half - 1);
  return st.add(signBucket, st.where(isSmall, n, largeCapped));
}
function t5Bias<H extends number, T extends number, S extends number>(table: st.Tensor<[32, H]>, t: T, s: S) {
  const buckets = relativeBuckets(t, s, 32, 128);
  const values = st.gather(table, buckets);
  return st.expandDims(st.transpose(values, [2, 0, 1]), 0);
}
const table = st.randomNormal([32, 8]);
const bias = t5Bias(table, 10, 14);
const scores = st.add(st.randomNormal([2, 8, 10, 14]), bias);
export const ok: Eq<[typeof bias.shape, typeof scores.shape], [[1, 8, 10, 14], [2, 8, 10, 14]]> = true;
