// cause: 1 union inference. The same moving average with the live weight moved to the shadow's device first:
// one device, inferred from both variables.
// expect: ok
import * as st from '../../src/index.js';

function emaUpdate<S extends st.Shape, Dev extends st.Device>(shadow: st.Variable<S, 'float32', Dev>, live: st.Tensor<S, 'float32', Dev>, decay: number): void {
  st.tidy(() => shadow.assign(st.add(st.mul(shadow, decay), st.mul(live, 1 - decay))));
}

const seeds = new st.SeedSequence(3);
const layer = new st.Linear(128, 64, seeds, 'default');
const shadow = st.variable(st.zeros([128, 64], 'float32', 'cpu'));
for (let step = 0; step < 10; step++) {
  st.tidy(() => emaUpdate(shadow, layer.weight.to('cpu'), 0.999));
}
export const kept: st.Variable<[128, 64], 'float32', 'cpu'> = shadow;
