// cause: 12 training (grad). A saliency map computed with st.grad of a loss written over the *weights* by
// mistake: the function given to grad takes a [784, 10] weight, so the image batch is refused as its argument.
// expect: Tensor<[784, 10]
import * as st from '../../src/index.js';

const images = st.randomUniform([16, 784]);
const labels = st.zeros([16], 'int32');
const lossOfWeights = (w: st.Tensor<[784, 10]>) => st.sparseSoftmaxCrossEntropy(st.matMul(images, w), labels);
export const saliency = st.grad(lossOfWeights)(images); // error
