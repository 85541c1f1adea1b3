// cause: 5 silent checks (new family): a GAT training step whose gradient record was written by hand and left out
// the attention vectors (aSrc, aDst): the optimizer, asked to update all four parameters, is refused it.
// expect: aSrc
import * as st from '../../src/index.js';

const params = {
  w: st.variable(st.randomNormal([16, 8], 0, 0.1)),
  aSrc: st.variable(st.randomNormal([8, 1], 0, 0.1)),
  aDst: st.variable(st.randomNormal([8, 1], 0, 0.1)),
  cls: st.variable(st.randomNormal([8, 3], 0, 0.1)),
};
const opt = new st.Adam({ learningRate: 5e-3 });
export function step(loss: () => st.Tensor<[]>) {
  const { grads } = st.variableGrads(loss, { w: params.w, cls: params.cls });
  opt.apply(params, grads); // error
}
