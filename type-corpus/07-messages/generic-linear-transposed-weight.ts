// cause: 7 messages. A weight stored [Out, In] (PyTorch's layout) used as [In, Out] in generic code: a linear sentence.
// expect: linear: input's last dim ${In} does not match the weight [${Out}, ${In}] (expects ${Out})
import * as st from '../../src/index.js';

function project<L extends st.Shape, In extends number, Out extends number>(x: st.Tensor<[...L, In]>, w: st.Tensor<[Out, In]>) {
  return st.linear(x, w); // error
}
export const f = project;
