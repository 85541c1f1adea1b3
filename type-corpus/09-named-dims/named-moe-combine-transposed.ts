// cause: 9 named dims. A mixture of experts over 8 tokens and 8 experts (the same size): the dispatch
// weights [Tok, Exp] are transposed by mistake before weighting the experts' outputs [Tok, Exp, D]; only the
// dims' names tell [Exp, Tok] from [Tok, Exp].
// expect: mul: shapes [Tok=8, Exp=8, D=32] and [Exp=8, Tok=8, 1] do not broadcast (Exp=8 vs Tok=8)
import * as st from '../../src/index.js';

type Tok = st.Named<'Tok', 8>;
type Exp = st.Named<'Exp', 8>;
type D = st.Named<'D', 32>;

function combine(perExpert: st.Tensor<[Tok, Exp, D]>, weights: st.Tensor<[Tok, Exp]>) {
  const w = st.transpose(weights);
  return st.sum(st.mul(perExpert, st.expandDims(w, -1)), 1); // error
}
declare const perExpert: st.Tensor<[Tok, Exp, D]>;
declare const weights: st.Tensor<[Tok, Exp]>;
export const y = combine(perExpert, weights);
