// cause: 1 union inference. An exponential moving average of the weights, its shadow copy kept on the CPU to
// save accelerator memory: the user's update is generic over the device, and the live weight (default device)
// must not make Dev the union 'cpu' | 'default' (assign would throw at run time).
// expect: Argument of type 'Variable<[128, 64], "float32", "default"
// expect: is not assignable to parameter of type 'Variable<[128, 64], "float32", "cpu"
// expect: Type '"default"' is not assignable to type '"cpu"'
import * as st from '../../src/index.js';

function emaUpdate<S extends st.Shape, Dev extends st.Device>(shadow: st.Variable<S, 'float32', Dev>, live: st.Variable<S, 'float32', Dev>, decay: number): void {
  st.tidy(() => shadow.assign(st.add(st.mul(shadow, decay), st.mul(live, 1 - decay))));
}

const seeds = new st.SeedSequence(3);
const layer = new st.Linear(128, 64, seeds, 'default');
const shadow = st.variable(st.zeros([128, 64], 'float32', 'cpu'));
for (let step = 0; step < 10; step++) {
  emaUpdate(shadow, layer.weight, 0.999); // error
}
