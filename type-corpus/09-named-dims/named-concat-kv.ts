// named dims. A cache of heads H=8 extended along time with a step of KV=8 heads: same size, other name.
// expect: concat:
// expect: H=8
import * as st from '../../src/index.js';

type H = st.Named<'H', 8>;
type KV = st.Named<'KV', 8>;
declare const cache: st.Tensor<[1, H, 31, 64]>;
declare const step: st.Tensor<[1, KV, 1, 64]>;
export const grown = st.concat([cache, step], 2); // error
