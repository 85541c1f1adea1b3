// cause: 7 messages. Knowledge distillation: the user passes the teacher's soft targets [B, C] (probabilities)
// as the labels of the sparse cross-entropy, which takes one int32 class index per row.
// expect: sparseSoftmaxCrossEntropy: labels must be int32, got float32
import * as st from '../../src/index.js';

const teacherHead = st.randomNormal([64, 10]);
const studentHead = st.variable(st.randomNormal([64, 10], 0, 0.02));

function distillLoss(x: st.Tensor<[32, 64]>, temperature: number) {
  const soft = st.softmax(st.div(st.matMul(x, teacherHead), temperature));
  const student = st.div(st.matMul(x, studentHead), temperature);
  return st.sparseSoftmaxCrossEntropy(student, soft); // error
}
export const loss = distillLoss(st.randomNormal([32, 64]), 2);
