// cause: 1 unions: micrograd's update loop over a typed parameter record, `for (const [name, p] of
// Object.entries(params)) p.assign(p - lr * grads[name])`: each p is the union of every parameter's type, and tsc cannot
// pair two unions member by member. One sentence saying so (it printed a false pair: "[64, 32] and [64, 32] do not
// broadcast"), pointing at forEachPair.
// expect: sub: both operands' shapes are one of
// expect: st.forEachPair
import * as st from '../../src/index.js';

const params = { w1: st.variable(st.randomNormal([64, 32])), w2: st.variable(st.randomNormal([32, 10])) };
export function sgdStep(lr: number): void {
  const x = st.randomNormal([8, 64]);
  const { grads } = st.variableGrads(() => st.mean(st.square(st.matMul(st.matMul(x, params.w1), params.w2))), params);
  for (const [name, p] of Object.entries(params)) {
    const g = grads[name as keyof typeof grads];
    p.assign(st.sub(p, st.mul(g, lr))); // error
  }
}
