// cause: 2 generic code. A SwiGLU MLP with the gate and up projections fused into one Linear to 2 x hidden
// (as vLLM's gate_up_proj): the output split in two gives the gate and the up halves, each [B, T, Hid].
// expect: ok
import * as st from '../../src/index.js';

class FusedSwiGLU<D extends number, Hid extends number> extends st.Module {
  readonly gateUp: st.Linear<D, st.Mul<2, Hid>>;
  readonly down: st.Linear<Hid, D>;
  constructor(dim: D, hidden: Hid, seeds: st.SeedSequence) {
    super();
    this.gateUp = new st.Linear(dim, st.dimMul(2, hidden), seeds, 'default');
    this.down = new st.Linear(hidden, dim, seeds, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, D]>): st.Tensor<[B, T, D]> {
    const [gate, up] = st.split(this.gateUp.forward(x), 2, -1);
    return this.down.forward(st.mul(st.silu(gate), up));
  }
}
const mlp = new FusedSwiGLU(64, 172, new st.SeedSequence(0));
export const y: st.Tensor<[2, 8, 64]> = mlp.forward(st.randomNormal([2, 8, 64]));
