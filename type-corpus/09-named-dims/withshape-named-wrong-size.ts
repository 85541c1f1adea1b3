// named dims. Data of [2, 16] typed as [B=2, T=32]: withShape's sentence.
// expect: withShape: [2, 16] cannot be [B=2, T=32]
import * as st from '../../src/index.js';

type B = st.Named<'B', 2>;
type T = st.Named<'T', 32>;
declare const b: B;
declare const t: T;
const ids = st.zeros([2, 16], 'int32');
export const typed = st.withShape(ids, [b, t]); // error
