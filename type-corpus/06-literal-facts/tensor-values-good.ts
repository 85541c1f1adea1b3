// cause: 6 literal facts. Values that fill the shape, and nested literals, give exact shapes.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const a = st.tensor([1, 2, 3, 4, 5, 6], [2, 3]);
export const ok: Eq<typeof a.shape, [2, 3]> = true;
const b = st.tensor([[1, 2], [3, 4], [5, 6]]);
export const ok2: Eq<typeof b.shape, [3, 2]> = true;
const c = st.tensor([[[true, false]], [[false, true]]]);
export const ok3: Eq<typeof c, st.Tensor<[2, 1, 2], 'bool'>> = true;
