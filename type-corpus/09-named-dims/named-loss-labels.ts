// named dims. Labels of [B, S] for logits [B, T, V] with S and T both 64 but different names.
// expect: sparseSoftmaxCrossEntropy: labels [B=4, S=64] must have the logits' shape without the class dim, [B=4, T=64]
import * as st from '../../src/index.js';

type B = st.Named<'B', 4>;
type T = st.Named<'T', 64>;
type S = st.Named<'S', 64>;
declare const logits: st.Tensor<[B, T, 65]>;
declare const labels: st.Tensor<[B, S], 'int32'>;
export const loss = st.sparseSoftmaxCrossEntropy(logits, labels); // error
