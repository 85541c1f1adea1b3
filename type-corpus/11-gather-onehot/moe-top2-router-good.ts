// cause: 11 gather/one-hot. A mixture-of-experts FFN as Mixtral writes it, in the user's own Module over any
// number of tokens: router softmax, top-2 experts per token, gates renormalised, a one-hot dispatch of the two
// picks onto the 4 experts, every expert run as one batched matMul over stacked weights, outputs combined by
// the gates; plus the Switch load-balancing loss. Flattened tokens in, the same width out.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

class MoE<D extends number, F extends number, E extends number> extends st.Module {
  readonly router: st.Linear<D, E>;
  readonly w_in: st.Variable<[E, D, F]>;
  readonly w_out: st.Variable<[E, F, D]>;
  constructor(readonly dim: D, readonly hidden: F, readonly experts: E, seeds: st.SeedSequence) {
    super();
    this.router = new st.Linear(dim, experts, seeds, 'default');
    this.w_in = st.variable(st.randomNormal([experts, dim, hidden], 0, 0.02, 'float32', seeds.take()));
    this.w_out = st.variable(st.randomNormal([experts, hidden, dim], 0, 0.02, 'float32', seeds.take()));
  }
  forward<N extends number>(x: st.Tensor<[N, D]>) {
    const probs = st.softmax(this.router.forward(x));
    const top = st.topk(probs, 2);
    const gates = st.div(top.values, st.sum(top.values, -1, true));
    const picks = st.oneHot(top.indices, this.experts, 1, 0, 'float32');
    const weights = st.sum(st.mul(picks, st.expandDims(gates, -1)), 1);
    const h = st.gelu(st.matMul(st.expandDims(x, 0), this.w_in));
    const perExpert = st.transpose(st.matMul(h, this.w_out), [1, 0, 2]);
    const out = st.sum(st.mul(perExpert, st.expandDims(weights, -1)), 1);
    const routed = st.mean(st.sum(picks, 1), 0);
    const aux = st.mul(st.sum(st.mul(routed, st.mean(probs, 0))), this.experts);
    return { out, aux };
  }
}

const moe = new MoE(32, 64, 4, new st.SeedSequence(0));
const tokens = st.reshape(st.randomNormal([2, 8, 32]), [-1, 32]);
const { out, aux } = moe.forward(tokens);
export const kept: Eq<typeof out.shape, [16, 32]> = true;
export const scalar: Eq<typeof aux.shape, []> = true;
