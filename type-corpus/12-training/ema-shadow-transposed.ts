// cause: 12 training. The EMA of a Linear's weight, but the shadow was made in PyTorch's [out, in] layout
// ([128, 32]) while the library's Linear holds [in, out] ([32, 128]): the blended value cannot be assigned.
// expect: add: shapes [128, 32] and [32, 128] do not broadcast (32 vs 128)
import * as st from '../../src/index.js';

const fc1 = new st.Linear(32, 128, new st.SeedSequence(0), 'default');
const shadow = st.variable(st.zeros([128, 32]));
export function emaUpdate(decay: number) {
  const blended = st.add(st.mul(shadow, decay), st.mul(fc1.weight, 1 - decay)); // error
  shadow.assign(blended);
}
