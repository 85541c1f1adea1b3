// cause: 4 kind tags. A two-task head whose concatenated output is softmaxed once, then split into the two
// tasks' outputs and each fed to a cross-entropy: split keeps the probabilities tag.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities (softmax output)
import * as st from '../../src/index.js';

const features = st.randomNormal([64, 256]);
const head = st.variable(st.randomNormal([256, 20]));
const [taskA, taskB] = st.split(st.softmax(st.matMul(features, head)), 2, -1);
const yA = st.zeros([64], 'int32');
export const lossA = st.sparseSoftmaxCrossEntropy(taskA, yA); // error
export const shapeB: st.Tensor<[64, 10], 'float32', 'default', st.Kind> = taskB;
