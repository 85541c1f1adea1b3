// cause: 4 kind tags. A classifier head kept as a typed callback (as one passes `head` to a trainer): the
// callback's type says it returns logits, the arrow returns softmax output; the trainer's loss would then be
// computed on probabilities.
// expect: probabilities
import * as st from '../../src/index.js';

const w = st.variable(st.randomNormal([64, 10]));
type Head = (features: st.Tensor<[32, 64]>) => st.Tensor<[32, 10]>;
const head: Head = (features) => st.softmax(st.matMul(features, w)); // error
function trainStep(f: Head, x: st.Tensor<[32, 64]>, y: st.Tensor<[32], 'int32'>) {
  return st.variableGrads(() => st.sparseSoftmaxCrossEntropy(f(x), y), { w });
}
export const step = trainStep(head, st.randomNormal([32, 64]), st.zeros([32], 'int32'));
