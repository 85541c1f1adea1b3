// cause: 5 silent checks. An optimizer given another model's gradients: the parameter records do not match.
// expect: Type '128' is not assignable to type '64'
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const base = { vocabSize: 65, nLayers: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 } as const;
const student = createLlama({ ...base, dim: 64, nHeads: 4, nKvHeads: 4 });
const teacher = createLlama({ ...base, dim: 128, nHeads: 4, nKvHeads: 4 });
const ids = st.zeros([2, 16], 'int32');
const opt = new st.AdamW({ learningRate: 3e-4 });
const { grads } = st.variableGrads(() => teacher.loss(ids, ids), teacher.parameters());
opt.apply(student.parameters(), grads); // error
