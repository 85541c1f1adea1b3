// training. Linear regression trained with valueAndGrads and SGD, updates written by hand and by the optimizer.
// expect: ok
import * as st from '../../src/index.js';

const x = st.randomNormal([64, 3]);
const y = st.matMul(x, st.tensor([[1], [-2], [0.5]]));
const w = st.variable(st.zeros([3, 1]));
const b = st.variable(st.zeros([1]));
const opt = new st.SGD({ learningRate: 0.1, momentum: 0.9 });
for (let step = 0; step < 10; step++) {
  const { value, grads } = st.valueAndGrads((wt, bt) => st.mean(st.square(st.sub(st.add(st.matMul(x, wt), bt), y))), [w, b]);
  const [gw, gb] = grads;
  w.assign(st.sub(w, st.mul(gw, 0.1)));
  opt.apply({ b }, { b: gb });
  value.dispose();
}
