// cause: 3 products. GPT-2's MLP: c_fc to 4 x D and c_proj back, the width declared as a product in the
// fields and built with dimMul in the other order.
// expect: ok
import * as st from '../../src/index.js';

class MLP<D extends number> extends st.Module {
  readonly c_fc: st.Linear<D, st.Mul<D, 4>>;
  readonly c_proj: st.Linear<st.Mul<4, D>, D>;
  constructor(d: D, seeds: st.SeedSequence) {
    super();
    const hidden = st.dimMul(4, d);
    this.c_fc = new st.Linear(d, hidden, seeds, 'default');
    this.c_proj = new st.Linear(hidden, d, seeds, 'default');
  }
  forward<L extends st.Shape>(x: st.Tensor<[...L, D]>): st.Tensor<[...L, D]> {
    return this.c_proj.forward(st.gelu(this.c_fc.forward(x)));
  }
}
const mlp = new MLP(768, new st.SeedSequence(0));
export const y = mlp.forward(st.randomNormal([2, 8, 768]));
export const params = mlp.parameterCount();
