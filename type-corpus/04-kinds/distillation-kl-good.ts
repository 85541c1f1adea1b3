// cause: 4 kinds. Knowledge distillation done right: KL(teacher || student) at temperature 2 from the teacher's
// probabilities and the student's log-probabilities (exp of log-probabilities is probabilities again), mixed
// with the hard-label loss on the student's logits.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function kl<B extends number, C extends number>(teacher: st.Probabilities<[B, C]>, student: st.LogProbabilities<[B, C]>) {
  return st.mean(st.sum(st.mul(teacher, st.sub(st.log(teacher), student)), -1));
}

const teacherHead = st.randomNormal([64, 10]);
const studentHead = st.variable(st.randomNormal([64, 10], 0, 0.02));
function loss(x: st.Tensor<[32, 64]>, labels: st.Tensor<[32], 'int32'>) {
  const t = 2;
  const teacher = st.softmax(st.div(st.matMul(x, teacherHead), t));
  const logits = st.matMul(x, studentHead);
  const soft = st.mul(kl(teacher, st.logSoftmax(st.div(logits, t))), t * t);
  return st.add(st.mul(soft, 0.5), st.mul(st.sparseSoftmaxCrossEntropy(logits, labels), 0.5));
}
const l = loss(st.randomNormal([32, 64]), st.zeros([32], 'int32'));
export const scalar: Eq<typeof l.shape, []> = true;
