// cause: 12 training (grad, valueAndGrad, memory), good. An adversarial (FGSM) step: the gradient of the loss with
// respect to the input image has the image's type, the perturbed image is clipped back to [0, 1], and the tensors
// made along the way are disposed (memory() counts them).
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const w = st.variable(st.randomNormal([784, 10], 0, 0.01));
const labels = st.zeros([16], 'int32');
const lossOf = (x: st.Tensor<[16, 784]>) => st.sparseSoftmaxCrossEntropy(st.matMul(x, w), labels);
const images = st.randomUniform([16, 784]);
const before = st.memory().numTensors;
const g = st.grad(lossOf)(images);
export const sameType: Eq<typeof g, st.Tensor<[16, 784]>> = true;
const { value } = st.valueAndGrad(lossOf)(images);
export const scalarLoss: Eq<typeof value.shape, []> = true;
export const adversarial = st.clipByValue(st.add(images, st.mul(g, 0.03)), 0, 1);
st.dispose([g, value]);
export const leaked = st.memory().numTensors - before;
