// cause: 4 kinds (new family): straight-through Gumbel-softmax: the hard one-hot of the argmax plus the soft
// sample minus itself; the result feeds a codebook lookup (a matmul), and the logits (not the sample) feed the
// prior's cross-entropy.
// expect: ok
import * as st from '../../src/index.js';

const tau = 1.0;
export function sampleCodes(logits: st.Tensor<[16, 512]>, codebook: st.Tensor<[512, 64]>, prior: st.Tensor<[16], 'int32'>) {
  const u = st.randomUniform([16, 512], 1e-6, 1 - 1e-6, 'float32', 11);
  const y = st.softmax(st.div(st.sub(logits, st.log(st.neg(st.log(u)))), tau));
  const hard = st.oneHot(st.argMax(y, -1), 512, 1, 0, 'float32');
  const st1 = st.add(st.sub(hard, y), y);                               // forward: hard; backward: soft
  const codes = st.matMul(st1, codebook);                               // [16, 64]
  const priorLoss = st.sparseSoftmaxCrossEntropy(logits, prior);
  return { codes, priorLoss };
}
