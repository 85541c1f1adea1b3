// cause: 5 silent checks. The same accumulation over every parameter, averaged, then applied: compiles.
// expect: ok
import * as st from '../../src/index.js';

const seeds = new st.SeedSequence(0);
const encoder = new st.Linear(16, 32, seeds, 'default');
const head = new st.Linear(32, 4, seeds, 'default');
const params = { enc: encoder.weight, head: head.weight };
const opt = new st.AdamW({ learningRate: 1e-3, weightDecay: 0.1 });
const loss = (x: st.Tensor<[8, 16]>, y: st.Tensor<[8], 'int32'>) => () =>
  st.sparseSoftmaxCrossEntropy(head.forward(st.gelu(encoder.forward(x))), y);
const g1 = st.variableGrads(loss(st.randomNormal([8, 16]), st.zeros([8], 'int32')), params).grads;
const g2 = st.variableGrads(loss(st.randomNormal([8, 16]), st.zeros([8], 'int32')), params).grads;
const avg = { enc: st.mul(st.add(g1.enc, g2.enc), 0.5), head: st.mul(st.add(g1.head, g2.head), 0.5) };
const { grads } = st.clipByGlobalNorm(avg, 1.0);
opt.apply(params, grads);
