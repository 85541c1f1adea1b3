// cause: 12 training. The same step done right: inputs and targets are both [8, 32], the targets the inputs shifted by
// one; a cosine schedule sets the learning rate each step, gradients are clipped.
// expect: ok
import * as st from '../../src/index.js';

const model = st.createLlama({ vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 });
const params = model.parameters();
const opt = new st.AdamW({ learningRate: 1e-3, weightDecay: 0.1, beta2: 0.95 });
const schedule = { learningRate: 1e-3, minLearningRate: 1e-4, warmupSteps: 10, decaySteps: 100 };
const batch = st.zeros([8, 33], 'int32');
const inputs = st.slice(batch, [0, 0], [8, 32]);
const targets = st.slice(batch, [0, 1], [8, 32]);
for (let step = 0; step < 3; step++) {
  opt.learningRate = st.learningRateAt(step, schedule);
  st.tidy(() => {
    const { value, grads } = st.variableGrads(() => model.loss(inputs, targets, { training: true, seed: step }), params);
    const { grads: clipped } = st.clipByGlobalNorm(grads, 1.0);
    opt.apply(params, clipped);
    return value.item();
  });
}
