// cause: 4 kind tags. An async inference helper declared to resolve to logits returns softmax output; the
// training loop then uses it as logits.
// expect: probabilities
import * as st from '../../src/index.js';

const w = st.variable(st.randomNormal([784, 10], 0, 0.01));
async function predict<B extends number>(images: st.Tensor<[B, 784]>): Promise<st.Tensor<[B, 10]>> {
  await Promise.resolve();
  return st.softmax(st.matMul(images, w)); // error
}
export async function step(images: st.Tensor<[32, 784]>, labels: st.Tensor<[32], 'int32'>): Promise<number> {
  const logits = await predict(images);
  return st.sparseSoftmaxCrossEntropy(logits, labels).item();
}
