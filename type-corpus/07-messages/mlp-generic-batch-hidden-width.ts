// cause: 7 messages (matMul in code generic over the batch only). An MNIST MLP written for any batch size:
// the second layer's weight is sized for a 128-wide hidden layer, the first gives 256. Every other dim is a
// literal, so the sentence has the sizes (before, tsc printed matMul's rule itself: ErrorIn<[B, 256, 128, 10] extends ...>).
// expect: matMul: inner dimensions differ (256 vs 128)
// expect-not: ErrorIn
// expect-not: DimsAgree
import * as st from '../../src/index.js';

class Mlp {
  readonly w1 = st.variable(st.randomNormal([784, 256], 0, 0.05));
  readonly w2 = st.variable(st.randomNormal([128, 10], 0, 0.05));

  logits<B extends number>(pixels: st.Tensor<[B, 784]>) {
    const h = st.relu(st.matMul(pixels, this.w1));
    return st.matMul(h, this.w2); // error
  }
}
export const mlp = new Mlp();
