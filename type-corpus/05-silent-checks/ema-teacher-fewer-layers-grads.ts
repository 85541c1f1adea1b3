// cause: 5 silent checks. A BYOL/DINO-style step where the online network has one more layer than the
// momentum teacher: the student's gradients handed to an optimizer over the teacher's parameters carry a name the
// teacher does not have.
// expect: optimizer: gradient 'model.layers.1.
// expect: has no parameter; are these another model's gradients?
import * as st from '../../src/index.js';

const base = { vocabSize: 65, dim: 32, nHeads: 2, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 32, dropout: 0 } as const;
const student = st.createLlama({ ...base, nLayers: 2 });
const teacher = st.createLlama({ ...base, nLayers: 1 });
const ids = st.zeros([2, 16], 'int32');
const { grads } = st.variableGrads(() => student.loss(ids, ids), student.parameters());
new st.SGD({ learningRate: 0.01 }).apply(teacher.parameters(), grads); // error
