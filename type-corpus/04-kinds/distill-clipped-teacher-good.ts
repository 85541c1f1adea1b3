// cause: 4 kind tags. Distillation: the teacher's clipped probabilities into a KL term, the student's logits into
// the hard-label loss; padding the student's logits and casting keep each kind where it belongs.
// expect: ok
import * as st from '../../src/index.js';

function kl<B extends number, C extends number>(p: st.Probabilities<[B, C]>, logQ: st.Tensor<[B, C], 'float32', 'default', 'log-probabilities'>) {
  return st.mean(st.sum(st.mul(p, st.sub(st.log(p), logQ)), -1));
}
const student = st.randomNormal([16, 100]);
const teacher = st.clipByValue(st.softmax(st.div(st.randomNormal([16, 100]), 2)), 1e-6, 1);
const hard = st.sparseSoftmaxCrossEntropy(student.cast('float32'), st.zeros([16], 'int32'));
export const loss = st.add(hard, kl(teacher, st.logSoftmax(student)));
