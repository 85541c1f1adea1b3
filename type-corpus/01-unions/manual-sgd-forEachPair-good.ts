// cause: 1 unions: the same update loop written with forEachPair: each parameter and its gradient typed by its own
// shape, so the update compiles with no widening and no cast.
// expect: ok
import * as st from '../../src/index.js';

const params = { w1: st.variable(st.randomNormal([64, 32])), w2: st.variable(st.randomNormal([32, 10])) };
export function sgdStep(lr: number): void {
  const x = st.randomNormal([8, 64]);
  const { grads } = st.variableGrads(() => st.mean(st.square(st.matMul(st.matMul(x, params.w1), params.w2))), params);
  st.forEachPair(params, grads, (p, g) => p.assign(st.sub(p, st.mul(g, lr))));
}
