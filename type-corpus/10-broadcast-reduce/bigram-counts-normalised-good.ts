// cause: 10 broadcast reduce (new family): makemore part 1, the counting bigram model: counts N [27, 27] from one-hot pairs, smoothed,
// normalised row-wise with sum(1, keepdim=True) (the broadcast the video warns about), and the mean negative
// log-likelihood of the training pairs read off with a one-hot mask.
// expect: ok
import * as st from '../../src/index.js';

const xs = st.zeros([228146], 'int32');
const ys = st.zeros([228146], 'int32');
const xenc = st.oneHot(xs, 27, 1, 0, 'float32');             // [228146, 27]
const yenc = st.oneHot(ys, 27, 1, 0, 'float32');
const N = st.add(st.matMul(xenc, yenc, true, false), 1);     // [27, 27] counts + 1 (smoothing)
const P = st.div(N, st.sum(N, 1, true));                     // rows sum to 1: [27, 27] / [27, 1]
const rowOfEach = st.matMul(xenc, P);                         // P[xs]: [228146, 27]
const logLik = st.sum(st.mul(st.log(rowOfEach), yenc), -1);   // log P[xs, ys]: [228146]
export const nll: st.Tensor<[]> = st.neg(st.mean(logLik));
