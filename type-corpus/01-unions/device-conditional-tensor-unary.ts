// cause: 1 union inference. A batch moved to the CPU behind a flag by a conditional between two tensors: the value
// is a union of two tensor types, and an op that infers one device from it takes the first member's and refuses
// the other (as a union of two shapes is refused), so the choice must be declared where the value is made.
// expect: is not assignable to parameter of type 'Tensor<[4, 16], "float32"
// expect-ts7: Type '"default"' is not assignable to type '"cpu"'
// expect-ts5: Type '"cpu"' is not assignable to type '"default"'
import * as st from '../../src/index.js';

const useCpu = process.argv.includes('--cpu');
const batch = st.randomNormal([4, 16]);
const input = useCpu ? batch.to('cpu') : batch;
export const activated = st.relu(input); // error
