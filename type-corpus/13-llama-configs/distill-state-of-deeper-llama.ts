// cause: 13 llama configs. Initialising a 2-layer student from a 4-layer teacher's state dict (the names of layers 2
// and 3 have no parameter, as PyTorch's strict load_state_dict would say): refused at compile time.
// expect: loadStateDict: does not fit the module
import * as st from '../../src/index.js';

const base = { vocabSize: 256, dim: 64, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 128, dropout: 0 } as const;
const teacher = st.createLlama({ ...base, nLayers: 4 }, 0);
const student = st.createLlama({ ...base, nLayers: 2 }, 1);
student.loadStateDict(teacher.stateDict()); // error
