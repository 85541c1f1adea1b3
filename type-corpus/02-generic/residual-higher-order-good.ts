// cause: 2 generic code. A generic residual(f, x) helper taking a function (x + f(x)), used with layers'
// forward methods wrapped in arrows, and a pre-norm variant that composes two functions.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function residual<S extends st.Shape>(f: (x: st.Tensor<S>) => st.Tensor<S>, x: st.Tensor<S>): st.Tensor<S> {
  return st.add(x, f(x));
}
function preNorm<S extends st.Shape>(norm: (x: st.Tensor<S>) => st.Tensor<S>, f: (x: st.Tensor<S>) => st.Tensor<S>) {
  return (x: st.Tensor<S>) => f(norm(x));
}
const seeds = new st.SeedSequence(0);
const norm = new st.RMSNorm(64, 1e-5, 'default');
const up = new st.Linear(64, 256, seeds, 'default');
const down = new st.Linear(256, 64, seeds, 'default');
const mlp = <B extends number, T extends number>(h: st.Tensor<[B, T, 64]>) => down.forward(st.gelu(up.forward(h)));
let x = st.randomNormal([2, 16, 64]);
for (let i = 0; i < 3; i++) {
  x = residual(preNorm((h) => norm.forward(h), mlp), x);
}
const y = residual((h) => st.mul(h, 0.5), x);
export const ok: Eq<typeof y.shape, [2, 16, 64]> = true;
