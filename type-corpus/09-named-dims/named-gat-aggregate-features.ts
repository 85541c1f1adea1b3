// cause: 9 named dims (new family): graph attention aggregating with the attention on the wrong side
// (features @ attention): [N, O] @ [N, N] with every size 32, refused by the names.
// expect: matMul: inner dimensions differ (O=32 vs N=32)
import * as st from '../../src/index.js';

type N = st.Named<'N', 32>; type O = st.Named<'O', 32>;
declare const wh: st.Tensor<[N, O]>;
declare const att: st.Tensor<[N, N]>;
export const out = st.matMul(wh, att); // error
