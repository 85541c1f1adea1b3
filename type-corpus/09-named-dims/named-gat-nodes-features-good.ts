// cause: 9 named dims (new family): graph attention with named node (N) and feature (F, O) dims, all of size 32:
// the names survive the projection, the pairwise scores [N, N] and the aggregation.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
type N = st.Named<'N', 32>; type F = st.Named<'F', 32>; type O = st.Named<'O', 32>;
declare const h: st.Tensor<[N, F]>;
declare const w: st.Tensor<[F, O]>;
declare const adjacency: st.Tensor<[N, N], 'bool'>;
const wh = st.matMul(h, w);
const scores = st.where(adjacency, st.matMul(wh, wh, false, true), -1e9);
export const ok1: Eq<typeof scores.shape, [N, N]> = true;
const out = st.matMul(st.softmax(scores), wh);
export const ok2: Eq<typeof out.shape, [N, O]> = true;
