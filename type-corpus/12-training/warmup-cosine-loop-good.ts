// cause: 12 training. A nanoGPT-style loop on the user's own two-layer model: the learning rate set each step
// from a warmup-then-cosine schedule, gradients clipped to norm 1, AdamW decaying only the matrices, the loss
// read back for logging, the step inside tidy so no tensor leaks.
// expect: ok
import * as st from '../../src/index.js';

const wte = st.variable(st.mul(st.randomNormal([65, 32], 0, 1, 'float32', 1), 0.02));
const w1 = st.variable(st.mul(st.randomNormal([32, 128], 0, 1, 'float32', 2), 0.02));
const b1 = st.variable(st.zeros([128]));
const w2 = st.variable(st.mul(st.randomNormal([128, 65], 0, 1, 'float32', 3), 0.02));
const params = { wte, w1, b1, w2 };
const opt = new st.AdamW({ learningRate: 1e-3, weightDecay: 0.1, decays: (_n, shape) => shape.length >= 2 });
const schedule: st.Schedule = { learningRate: 1e-3, minLearningRate: 1e-4, warmupSteps: 10, decaySteps: 100 };

for (let step = 0; step < 3; step++) {
  opt.learningRate = st.learningRateAt(step, schedule);
  const loss = st.tidy(() => {
    const x = st.zeros([16, 32], 'int32');
    const y = st.zeros([16, 32], 'int32');
    const { value, grads } = st.variableGrads(() => {
      const h = st.gelu(st.add(st.matMul(st.gather(wte, x), w1), b1));
      return st.sparseSoftmaxCrossEntropy(st.matMul(h, w2), y);
    }, params);
    opt.apply(params, st.clipByGlobalNorm(grads, 1.0).grads);
    return value.item();
  });
  console.log(step, loss);
}
