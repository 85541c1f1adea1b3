// cause: 4 kind tags. Knowledge distillation with temperature 2: the teacher's softmax(logits / T) as soft
// targets (probabilities where probabilities are meant), the student's logSoftmax(logits / T), the KL
// term scaled by T^2 plus the hard-label cross-entropy on the student's raw logits.
// expect: ok
import * as st from '../../src/index.js';

function distill<B extends number, C extends number>(student: st.Tensor<[B, C]>, teacher: st.Tensor<[B, C]>, labels: st.Tensor<[B], 'int32'>, t: number): st.Tensor<[]> {
  const soft: st.Probabilities<[B, C]> = st.softmax(st.div(teacher, t));
  const logStudent = st.logSoftmax(st.div(student, t));
  const kl = st.mean(st.sum(st.mul(soft, st.sub(st.log(st.add(soft, 1e-9)), logStudent)), -1));
  return st.add(st.mul(kl, t * t), st.sparseSoftmaxCrossEntropy(student, labels));
}
export const loss = distill(st.randomNormal([64, 100]), st.randomNormal([64, 100]), st.zeros([64], 'int32'), 2);
