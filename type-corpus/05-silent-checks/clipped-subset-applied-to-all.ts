// cause: 5 silent checks. Fine-tuning only the head: gradients taken of { head } and clipped, then applied to
// the whole parameter record (the backbone's entries have no gradient and would never train, or worse, be
// zeroed by a user's fallback). clipByGlobalNorm keeps the record's keys, so the missing ones are named.
// expect: Property 'backbone' is missing
import * as st from '../../src/index.js';

const backbone = st.variable(st.randomNormal([32, 64]));
const head = st.variable(st.randomNormal([64, 10]));
const all = { backbone, head };
const x = st.randomNormal([16, 32]);
const y = st.zeros([16], 'int32');
const opt = new st.AdamW({ learningRate: 1e-4 });
const { grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(st.matMul(st.relu(st.matMul(x, backbone)), head), y), { head });
const clipped = st.clipByGlobalNorm(grads, 1.0);
opt.apply(all, clipped.grads); // error
