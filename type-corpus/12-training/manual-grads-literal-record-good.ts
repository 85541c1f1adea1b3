// cause: 12 training. A step whose gradients come from st.grads in a tuple and are named in a record at the call;
// one parameter is updated on its own by a second optimizer (a different learning rate for the head).
// expect: ok
import * as st from '../../src/index.js';

const w1 = st.variable(st.mul(st.randomNormal([32, 64]), 0.1));
const w2 = st.variable(st.mul(st.randomNormal([64, 10]), 0.1));
const x = st.randomNormal([16, 32]);
const labels = st.zeros([16], 'int32');

const body = new st.Adam({ learningRate: 3e-4, beta2: 0.95 });
const head = new st.SGD({ learningRate: 0.1, momentum: 0.9 });
for (let i = 0; i < 2; i++) {
  st.tidy(() => {
    const [g1, g2] = st.grads((a, b) => st.sparseSoftmaxCrossEntropy(st.matMul(st.relu(st.matMul(x, a)), b), labels), [w1, w2] as const);
    const clipped = st.clipByGlobalNorm({ w1: g1, w2: g2 }, 1.0);
    body.apply({ w1 }, { w1: clipped.grads.w1 });
    head.apply({ w2 }, { w2: clipped.grads.w2 });
  });
}
export const trained = [w1.shape, w2.shape] as const;
