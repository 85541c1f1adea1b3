// cause: 5 silent checks. An optimizer given the gradients of a deeper model of the same width: they hold every parameter of this one, and more.
// expect: optimizer: gradient 'model.layers.2.
// expect: has no parameter; are these another model's gradients?
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const base = { vocabSize: 65, dim: 64, nHeads: 4, nKvHeads: 4, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 } as const;
const student = createLlama({ ...base, nLayers: 2 });
const teacher = createLlama({ ...base, nLayers: 3 });
const ids = st.zeros([2, 16], 'int32');
const opt = new st.AdamW({ learningRate: 3e-4 });
const { grads } = st.variableGrads(() => teacher.loss(ids, ids), teacher.parameters());
opt.apply(student.parameters(), grads); // error
