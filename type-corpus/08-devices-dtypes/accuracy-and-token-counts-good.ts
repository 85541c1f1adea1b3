// cause: 8 devices/dtypes. Accuracy and the count of non-padding tokens, with the casts PyTorch's .float()
// stands for: argMax is int32 like the labels, equal gives bool, cast to float32 before mean and sum.
// expect: ok
import * as st from '../../src/index.js';

const pad = 0;
const logits = st.randomNormal([8, 128, 1000]);
const targets = st.zeros([8, 128], 'int32');
const preds = st.argMax(logits, -1);                          // [8, 128] int32
const keep = st.notEqual(targets, pad);                       // [8, 128] bool
const hits = st.logicalAnd(st.equal(preds, targets), keep);
const nTokens = st.sum(st.cast(keep, 'float32'));
export const tokenAccuracy: number = st.div(st.sum(st.cast(hits, 'float32')), nTokens).item();
const perToken = st.sparseSoftmaxCrossEntropy(logits, targets, 'none');
export const maskedLoss: st.Tensor<[]> = st.div(st.sum(st.mul(perToken, st.cast(keep, 'float32'))), nTokens);
